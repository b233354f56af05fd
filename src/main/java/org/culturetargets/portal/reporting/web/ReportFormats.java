package org.culturetargets.portal.reporting.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the districts read them: Beijing time, to the second. */
final class ReportFormats {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

	private ReportFormats() {
	}

	static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

}
