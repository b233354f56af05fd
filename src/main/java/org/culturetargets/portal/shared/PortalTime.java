package org.culturetargets.portal.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's one time zone ({@code portal.time-zone}, Beijing time unless set): every time a page, an export or a
 * message shows, and every "today" that decides a reporting period, is read in it, whatever the server's own
 * zone. Templates use it as {@code @portalTime}.
 */
@Component("portalTime")
public class PortalTime {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Clock clock;

	@Autowired
	public PortalTime(@Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
		this(Clock.system(zone));
	}

	public PortalTime(Clock clock) {
		this.clock = clock;
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	public Clock clock() {
		return this.clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Null for null, so that a time not yet set stays empty. */
	public LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
	}

	public String minute(Instant instant) {
		return instant == null ? "" : MINUTE.format(local(instant));
	}

	public String second(Instant instant) {
		return instant == null ? "" : SECOND.format(local(instant));
	}

}
