package org.culturetargets.portal.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.registry.InvalidEntry.Problem;

/**
 * What a park or platform must satisfy on its own: a Chinese name, a type, a source, names and source that fit
 * their columns, and a year of recognition between the founding of the People's Republic and this year. District,
 * groups and whether the name is free are for the registry to say.
 */
public final class ParkRules {

	/** {@code registry.park.name_zh varchar(100)} */
	public static final int MAX_NAME_ZH = 100;

	/** {@code registry.park.name_en varchar(200)} */
	public static final int MAX_NAME_EN = 200;

	/** {@code registry.park.source varchar(300)} */
	public static final int MAX_SOURCE = 300;

	public static final int FIRST_RECOGNISED_YEAR = 1949;

	private ParkRules() {
	}

	/** Every problem of the park as entered, by the {@link ParkCmd}'s field names; empty when there are none. */
	public static List<Problem> problems(ParkCmd cmd, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		EntryChecks.requireText(problems, "nameZh", cmd.nameZh(), MAX_NAME_ZH);
		EntryChecks.maxLength(problems, "nameEn", cmd.nameEn(), MAX_NAME_EN);
		EntryChecks.require(problems, "type", cmd.type());
		Integer year = cmd.recognisedYear();
		if (year != null && (year < FIRST_RECOGNISED_YEAR || year > today.getYear())) {
			problems.add(Problem.of("recognisedYear", "registry.invalid.recognisedYear", String.valueOf(year),
					String.valueOf(today.getYear())));
		}
		EntryChecks.requireText(problems, "source", cmd.source(), MAX_SOURCE);
		return problems;
	}

}
