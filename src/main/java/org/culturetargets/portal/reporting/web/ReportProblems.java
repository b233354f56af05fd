package org.culturetargets.portal.reporting.web;

import java.util.List;
import java.util.Locale;

import org.culturetargets.portal.reporting.domain.Finding;
import org.culturetargets.portal.reporting.domain.InvalidReportException;
import org.culturetargets.portal.reporting.domain.ReportRefusedException;
import org.culturetargets.portal.reporting.domain.StaleReportException;

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

	ReportProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(ReportRefusedException e) {
		HttpStatus status = e.refusal().forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal(e, messages, Locale.ENGLISH));
		problem.setTitle(e.refusal().forbidden() ? "Forbidden" : "Not allowed in this state");
		problem.setProperty("reason", e.refusal().name());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail stale(StaleReportException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, stale(e, messages, Locale.ENGLISH));
		problem.setTitle("Changed meanwhile");
		problem.setProperty("changedBy", e.changedBy());
		problem.setProperty("changedAt", e.changedAt());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidReportException e) {
		List<FieldMessage> errors = e.findings().stream().map(f -> entry(f, messages, Locale.ENGLISH)).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get(0).message());
		problem.setTitle("Invalid report");
		problem.setProperty("field", errors.get(0).field());
		problem.setProperty("errors", errors);
		return problem;
	}

	record FieldMessage(String field, String message) {
	}

	static FieldMessage entry(Finding f, MessageSource messages, Locale locale) {
		return new FieldMessage(f.field(), messages.getMessage(f.messageKey(), f.args().toArray(), locale));
	}

	static String refusal(ReportRefusedException e, MessageSource messages, Locale locale) {
		return messages.getMessage(e.refusal().messageKey(), new Object[] { e.reportName() }, locale);
	}

	static String stale(StaleReportException e, MessageSource messages, Locale locale) {
		return messages.getMessage("report.stale", new Object[] { e.reportName(), e.changedBy(),
				ReportFormats.dateTime(e.changedAt()) }, locale);
	}

}
