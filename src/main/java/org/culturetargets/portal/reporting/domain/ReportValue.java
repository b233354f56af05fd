package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;

/** One value of a report; a draft may leave it empty ({@code value} null). */
public record ReportValue(String indicatorCode, BigDecimal value, String note) {
}
