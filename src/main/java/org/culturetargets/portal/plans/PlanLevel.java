package org.culturetargets.portal.plans;

/** The level of government that issued a plan; stored by name, named in both languages by {@link #messageKey()}. */
public enum PlanLevel {

	NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT;

	public String messageKey() {
		return "admin.level." + name();
	}

}
