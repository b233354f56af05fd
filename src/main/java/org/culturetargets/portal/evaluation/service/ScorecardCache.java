package org.culturetargets.portal.evaluation.service;

import java.util.Optional;
import java.util.function.Supplier;

import org.culturetargets.portal.evaluation.Scorecard;
import org.culturetargets.portal.shared.DataVersion;
import org.culturetargets.portal.shared.Period;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * Evaluated scorecards, per plan, scope and "as of", for as long as the data they were evaluated from stands: an
 * event that changes figures (a report submitted, approved, returned or revised; an import committed), the
 * registries the derived figures count, or the plans and targets advances the {@link DataVersion}.
 */
@Component
class ScorecardCache {

	static final String NAME = "scorecards";

	private final Cache cache;

	private final DataVersion version;

	ScorecardCache(CacheManager caches, DataVersion version) {
		this.cache = caches.getCache(NAME);
		this.version = version;
	}

	Optional<Scorecard> get(String planCode, String scopeCode, Period asOf, Supplier<Optional<Scorecard>> evaluation) {
		return version.cached(cache, new Key(planCode, scopeCode, asOf), evaluation);
	}

	/**
	 * No language: a scorecard carries the names of its plan, scopes and indicators in both languages, so one entry
	 * serves the Chinese and the English page.
	 */
	private record Key(String planCode, String scopeCode, Period asOf) {
	}

}
