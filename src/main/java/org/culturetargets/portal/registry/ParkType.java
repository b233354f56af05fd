package org.culturetargets.portal.registry;

/** What a park or platform is; {@code PLATFORM} for the plan's key platforms that name no other type. */
public enum ParkType {

	PARK, BLOCK, BASE, HEADQUARTERS, EXPORT_BASE, PLATFORM;

	public String messageKey() {
		return "registry.type." + name();
	}

}
