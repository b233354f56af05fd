package org.culturetargets.portal.plans;

import java.util.List;
import java.util.Optional;

/** The reference data other modules read: plans, their targets, indicators and scopes. */
public interface PlanCatalog {

	List<PlanView> plans();

	Optional<PlanView> plan(String code);

	/** The plan's targets, in the plan's order; all scopes when {@code scopeCode} is null. */
	List<TargetView> targets(String planCode, String scopeCode);

	/** Every plan's targets on one indicator for one scope. */
	List<TargetView> targetsOn(String indicatorCode, String scopeCode);

	List<IndicatorView> indicators();

	Optional<IndicatorView> indicator(String code);

	List<ScopeView> scopes();

	Optional<ScopeView> scope(String code);

}
