package org.culturetargets.portal.figures.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

	List<IndicatorValue> findByIndicatorCodeInAndScopeCode(Collection<String> indicatorCodes, String scopeCode);

}
