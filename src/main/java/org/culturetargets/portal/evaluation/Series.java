package org.culturetargets.portal.evaluation;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.culturetargets.portal.shared.Period;

/** One indicator's values for one scope, looked up by period. */
final class Series {

	private final NavigableMap<Period, Observation> byPeriod = new TreeMap<>();

	Series(List<Observation> observations) {
		for (Observation o : observations) {
			if (byPeriod.putIfAbsent(o.period(), o) != null) {
				throw new IllegalArgumentException(
						"two values for " + o.period() + ": resolve provisional and final before evaluating");
			}
		}
	}

	Optional<Observation> at(Period period) {
		return Optional.ofNullable(byPeriod.get(period));
	}

	/** The figure standing at the end of a year: its annual value, or else its Q4 (for a flow, Q4 year-to-date is the annual). */
	Optional<Observation> yearEnd(int year) {
		return at(Period.ofYear(year)).or(() -> at(Period.ofQuarter(year, 4)));
	}

	/** The values that measure progress: after the baseline year and not after {@code asOf}, oldest first. */
	List<Observation> progress(int baselineYear, Period asOf) {
		return byPeriod.headMap(asOf, true).values().stream().filter(o -> o.period().year() > baselineYear).toList();
	}

	/** The latest value not after {@code asOf}, whichever year it is in. */
	Optional<Observation> latest(Period asOf) {
		return Optional.ofNullable(byPeriod.floorEntry(asOf)).map(Map.Entry::getValue);
	}

}
