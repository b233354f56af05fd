package org.culturetargets.portal.plans;

/** What sort of body a responsible unit is, besides an area. */
public enum DepartmentKind {

	/** A committee or leading group that coordinates across departments (指导委员会, 领导小组). */
	COORDINATING_BODY,
	/** A department of the city's Party committee or government (市委宣传部, 市文化广电旅游局, …). */
	DEPARTMENT,
	/** An association or research centre the plan works with (行业组织). */
	INDUSTRY_ORGANISATION;

	public String messageKey() {
		return "department.kind." + name();
	}

}
