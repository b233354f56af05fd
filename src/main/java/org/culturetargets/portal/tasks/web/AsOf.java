package org.culturetargets.portal.tasks.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.PortalTime;

/** The {@code asOf} of a board, a task page or the API: a date (2025-06-30), today in the portal's zone if none. */
final class AsOf {

	private AsOf() {
	}

	static LocalDate parse(String asOf, PortalTime time) {
		if (asOf == null || asOf.isBlank()) {
			return time.today();
		}
		try {
			return LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidInput(List.of(new InvalidInput.Problem("asOf", "task.invalid.date", List.of(asOf.strip()))));
		}
	}

}
