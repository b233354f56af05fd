package org.culturetargets.portal.notifications.domain;

import java.util.List;

/**
 * What a notification says: its message key ({@code notification.<KIND>} in the notifications bundle) and what its
 * arguments are, so that each is shown in the reader's language (a district by its name, a quarter as 2026年三季度,
 * an import's kind by its label); {@code TEXT} arguments are shown as they are, and only ever as text.
 */
public enum NotificationKind {

	/** A quarter opened for reporting: district, quarter, due date. */
	QUARTER_OPENED(Argument.AREA, Argument.PERIOD, Argument.TEXT),
	/** The due date is a week away or less: district, quarter, due date. */
	DUE_SOON(Argument.AREA, Argument.PERIOD, Argument.TEXT),
	/** The due date passed: district, quarter, due date. */
	OVERDUE(Argument.AREA, Argument.PERIOD, Argument.TEXT),
	/** A reviewer urged the district (催报): district, quarter, due date, who. */
	CHASED(Argument.AREA, Argument.PERIOD, Argument.TEXT, Argument.TEXT),
	/** The district's report was returned: district, quarter, reviewer, comment. */
	REPORT_RETURNED(Argument.AREA, Argument.PERIOD, Argument.TEXT, Argument.TEXT),
	/** A report awaits review: district, quarter, who submitted it. */
	REPORT_SUBMITTED(Argument.AREA, Argument.PERIOD, Argument.TEXT),
	/** An import committed: its number, kind, file, rows new, changed, unchanged. */
	IMPORT_COMMITTED(Argument.TEXT, Argument.IMPORT_KIND, Argument.TEXT, Argument.TEXT, Argument.TEXT, Argument.TEXT);

	enum Argument {
		TEXT, AREA, PERIOD, IMPORT_KIND
	}

	private final List<Argument> arguments;

	NotificationKind(Argument... arguments) {
		this.arguments = List.of(arguments);
	}

	List<Argument> arguments() {
		return arguments;
	}

	public String messageKey() {
		return "notification." + name();
	}

}
