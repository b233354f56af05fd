package org.culturetargets.portal.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.registry.domain.Derivation;
import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The derived indicators cost one statement per family of derivations ({@link Derivation.Family}: enterprise
 * figures, parks, enterprise flags, projects), whatever the number of scopes and indicators: whether the registry
 * holds any row of a derivation, and the first year or quarter a family has values in, are asked in that same
 * statement, not apart.
 */
@PortalTest
@Import(StatementCounting.class)
class DerivedStatementsTest {

	private static final List<String> SCOPES = List.of("330100", "330102", "330106", "western-districts",
			"cluster-baimahu-xianghu-digital-content");

	@Autowired
	Figures figures;

	@Autowired
	CacheManager caches;

	/** Counted cold: a cached series costs nothing. */
	private long statements(StatementCounting.Request request) throws Exception {
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
		return StatementCounting.during(request);
	}

	@Test
	void everyDerivedIndicatorInEveryScopeCostsOneStatementPerFamilyBeyondTheStoredValues() throws Exception {
		List<String> derived = Arrays.stream(Derivation.values()).map(Derivation::indicatorCode).toList();
		Set<Derivation.Family> families = Set.of(Derivation.Family.values());

		long stored = statements(() -> figures.series(List.of("added_value"), SCOPES));
		long all = statements(() -> figures.series(derived, SCOPES));

		assertThat(figures.series(derived, SCOPES).get("330100").get("national_parks")).isNotEmpty();
		// one per family; the catalogue (which indicators are derived ratios) is read once in both
		assertThat(all - stored).isEqualTo(families.size());
	}

}
