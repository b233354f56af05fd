package org.culturetargets.portal.reporting;

import java.util.List;

/**
 * A validation rule's finding on a value to be stored. {@code hard}: the rule refuses the value; otherwise it is a
 * warning to weigh, or with {@code notice} a note that the rule could not judge the value (no comparison possible).
 * {@code messageKey} and {@code arguments} (as text, to be kept) are written in a reader's language by
 * {@link FindingMessages#message}.
 */
public record ValueFinding(int row, String indicatorCode, String rule, boolean hard, boolean notice, String messageKey,
		List<String> arguments) {
}
