package org.culturetargets.portal.registry;

/** Who recognised a park: the state, the province or the city; stored under its name. */
public enum ParkLevel {

	NATIONAL, PROVINCIAL, MUNICIPAL;

	public String messageKey() {
		return "registry.level." + name();
	}

}
