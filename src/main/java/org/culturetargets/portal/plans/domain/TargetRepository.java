package org.culturetargets.portal.plans.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

	List<Target> findByPlanCodeOrderBySortOrderAscIdAsc(String planCode);

	/** Every target, each plan's in its order: what the catalogue filters. */
	List<Target> findAllByOrderByPlanCodeAscSortOrderAscIdAsc();

}
