package org.culturetargets.portal.reporting.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.culturetargets.portal.reporting.ReportStatus;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.Period;

/**
 * One district's report for one quarter, in one revision. {@code version} is what a write must name to be accepted;
 * a report not saved yet has no id and version 0. The rules of who may do what to it live here.
 */
public record Report(Long id, String areaCode, Period period, int revision, ReportStatus status, String narrative,
		String reviewComment, int version, String changedBy, Instant changedAt, String submittedBy,
		Instant submittedAt, String reviewedBy, Instant reviewedAt, boolean demo, Set<String> valueEditors,
		Map<String, ReportValue> values) {

	static Report blank(String areaCode, Period period) {
		return new Report(null, areaCode, period, 1, ReportStatus.DRAFT, null, null, 0, null, null, null, null, null,
				null, false, Set.of(), Map.of());
	}

	public boolean saved() {
		return id != null;
	}

	/** How messages and the audit log name it: {@code report 330106/2024Q3 r1}. */
	public String name() {
		return "report " + areaCode + "/" + period + " r" + revision;
	}

	/** The source of the figures this report puts into the dashboards; a prefix common to all its revisions. */
	String figureSourcePrefix() {
		return "report " + areaCode + "/" + period + " ";
	}

	String figureSource() {
		return figureSourcePrefix() + "revision " + revision;
	}

	/** Why the user may not write this district's report at all: another district's staff, or a read-only role. */
	public Optional<Refusal> writerRefusal(PortalUser user) {
		if (user.mayMaintain(areaCode)) {
			return Optional.empty();
		}
		return Optional.of(user.role() == Role.DISTRICT_STAFF ? Refusal.NOT_YOUR_DISTRICT : Refusal.READ_ONLY_ROLE);
	}

	/** Why the user may not change the values or submit, if they may not. */
	public Optional<Refusal> editRefusal(PortalUser user, ReportingCalendar calendar) {
		Optional<Refusal> writer = writerRefusal(user);
		if (writer.isPresent()) {
			return writer;
		}
		if (status == ReportStatus.SUBMITTED) {
			return Optional.of(Refusal.SUBMITTED);
		}
		if (status == ReportStatus.APPROVED) {
			return Optional.of(Refusal.APPROVED);
		}
		return periodRefusal(calendar);
	}

	/**
	 * Why the user may not approve or return it, if they may not. Four eyes: nobody reviews what they submitted, nor
	 * a revision whose values they saved.
	 */
	public Optional<Refusal> reviewRefusal(PortalUser user) {
		if (user.role() != Role.REVIEWER && user.role() != Role.ADMIN) {
			return Optional.of(Refusal.NOT_A_REVIEWER);
		}
		if (status != ReportStatus.SUBMITTED) {
			return Optional.of(Refusal.NOT_SUBMITTED);
		}
		if (user.getUsername().equals(submittedBy)) {
			return Optional.of(Refusal.OWN_SUBMISSION);
		}
		if (valueEditors.contains(user.getUsername())) {
			return Optional.of(Refusal.OWN_VALUES);
		}
		return Optional.empty();
	}

	/** Why the user may not open a correction (a new revision), if they may not. */
	public Optional<Refusal> reviseRefusal(PortalUser user, ReportingCalendar calendar) {
		Optional<Refusal> writer = writerRefusal(user);
		if (writer.isPresent()) {
			return writer;
		}
		if (status != ReportStatus.APPROVED) {
			return Optional.of(Refusal.NOT_APPROVED);
		}
		return periodRefusal(calendar);
	}

	private Optional<Refusal> periodRefusal(ReportingCalendar calendar) {
		if (!calendar.isOpen(period)) {
			return Optional.of(Refusal.PERIOD_NOT_OPEN);
		}
		if (calendar.isClosed(period)) {
			return Optional.of(Refusal.PERIOD_CLOSED);
		}
		return Optional.empty();
	}

	/** The report as text for the audit log: status, every value with its note, the narrative. */
	String describe() {
		String lines = values.values().stream()
			.map(v -> v.indicatorCode() + "=" + (v.value() == null ? "" : v.value().toPlainString())
					+ (v.note() == null ? "" : " (" + v.note() + ")"))
			.collect(Collectors.joining("; "));
		return status + " r" + revision + " v" + version + " | " + lines
				+ (narrative == null ? "" : " | " + narrative);
	}

}
