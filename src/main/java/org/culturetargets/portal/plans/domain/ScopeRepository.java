package org.culturetargets.portal.plans.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScopeRepository extends JpaRepository<Scope, String> {

	List<Scope> findAllByOrderBySortOrderAscCodeAsc();

}
