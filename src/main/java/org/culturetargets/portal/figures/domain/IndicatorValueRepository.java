package org.culturetargets.portal.figures.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

	List<IndicatorValue> findByIndicatorCodeInAndScopeCodeIn(Collection<String> indicatorCodes,
			Collection<String> scopeCodes);

}
