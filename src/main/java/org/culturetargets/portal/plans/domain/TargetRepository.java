package org.culturetargets.portal.plans.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

	List<Target> findByPlanCodeOrderBySortOrderAscIdAsc(String planCode);

	List<Target> findByPlanCodeAndScopeCodeOrderBySortOrderAscIdAsc(String planCode, String scopeCode);

	List<Target> findByIndicatorCodeAndScopeCodeOrderByPlanCodeAscSortOrderAsc(String indicatorCode, String scopeCode);

}
