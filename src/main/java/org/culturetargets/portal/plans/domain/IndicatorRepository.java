package org.culturetargets.portal.plans.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, String> {

	List<Indicator> findAllByOrderByCodeAsc();

}
