package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.culturetargets.portal.shared.Period;

/** Writes a series the way a table reads: {@code "2020=2285 2021Q2=460p"}, a trailing {@code p} marking provisional. */
final class SeriesText {

	private SeriesText() {
	}

	static List<Observation> parse(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.trim().split("\\s+")).map(SeriesText::observation).toList();
	}

	private static Observation observation(String entry) {
		String[] parts = entry.split("=");
		boolean provisional = parts[1].endsWith("p");
		String value = provisional ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
		return new Observation(Period.parse(parts[0]), new BigDecimal(value), provisional);
	}

}
