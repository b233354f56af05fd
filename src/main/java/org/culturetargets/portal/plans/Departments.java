package org.culturetargets.portal.plans;

import java.util.List;
import java.util.Optional;

/** The departments and other bodies that may lead or share a task, beside the areas of {@link PlanCatalog}. */
public interface Departments {

	/** Every department, in their order. */
	List<DepartmentView> departments();

	Optional<DepartmentView> department(String code);

}
