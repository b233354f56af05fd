package org.culturetargets.portal.registry;

/** What kind of project (SPEC §2): key, export or demonstration; stored under its name. */
public enum ProjectCategory {

	KEY, EXPORT, DEMONSTRATION;

	public String messageKey() {
		return "registry.category." + name();
	}

}
