package org.culturetargets.portal.reporting.web;

import java.util.List;
import java.util.Locale;

import org.culturetargets.portal.reporting.domain.Finding;
import org.culturetargets.portal.reporting.domain.InvalidReportException;
import org.culturetargets.portal.reporting.domain.ReportRefusedException;
import org.culturetargets.portal.reporting.domain.StaleReportException;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems of the report API, in English like the rest of the API; texts from the reporting bundle. */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportProblems {

	private final MessageSource messages;

	private final FindingTexts findingTexts;

	private final PortalTime time;

	ReportProblems(MessageSource messages, FindingTexts findingTexts, PortalTime time) {
		this.messages = messages;
		this.findingTexts = findingTexts;
		this.time = time;
	}

	@ExceptionHandler
	ProblemDetail refused(ReportRefusedException e) {
		HttpStatus status = e.refusal().forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal(e, e.reportName(), messages, Locale.ENGLISH));
		problem.setTitle(e.refusal().forbidden() ? "Forbidden" : "Not allowed in this state");
		problem.setProperty("reason", e.refusal().name());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail stale(StaleReportException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, stale(e, e.reportName(), messages, time, Locale.ENGLISH));
		problem.setTitle("Changed meanwhile");
		problem.setProperty("changedBy", e.changedBy());
		problem.setProperty("changedAt", e.changedAt());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidReportException e) {
		List<FieldMessage> errors = e.findings().stream().map(f -> entry(f, findingTexts)).toList();
		HttpStatus status = status(e);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.get(0).message());
		problem.setTitle(status == HttpStatus.UNPROCESSABLE_CONTENT ? "Refused by a validation rule" : "Invalid report");
		problem.setProperty("field", errors.get(0).field());
		problem.setProperty("errors", errors);
		return problem;
	}

	/** {@code rule}: the validation rule that refused the value, null for a check of the input itself. */
	record FieldMessage(String field, String message, String rule) {
	}

	/** The finding in English, like the rest of the API. */
	static FieldMessage entry(Finding f, FindingTexts texts) {
		return new FieldMessage(f.field(), texts.text(f, Locale.ENGLISH), f.rule());
	}

	/** Input that cannot be read is a 400; readable values a hard validation rule refuses are a 422. */
	static HttpStatus status(InvalidReportException e) {
		return e.findings().stream().anyMatch(Finding::hard) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
	}

	/** The refusal naming the report as {@code shownName} (the key in the API, words on a page). */
	static String refusal(ReportRefusedException e, String shownName, MessageSource messages, Locale locale) {
		return messages.getMessage(e.refusal().messageKey(), new Object[] { shownName }, locale);
	}

	static String stale(StaleReportException e, String shownName, MessageSource messages, PortalTime time, Locale locale) {
		return messages.getMessage("report.stale", new Object[] { shownName, e.changedBy(),
				time.second(e.changedAt()) }, locale);
	}

}
