package org.culturetargets.portal.plans;

/** Administrative areas first, then the groups that are not administrative units. */
public enum ScopeKind {

	COUNTRY, PROVINCE, CITY, DISTRICT, BELT, CORRIDOR, CLUSTER, REGION;

	public boolean isArea() {
		return ordinal() <= DISTRICT.ordinal();
	}

}
