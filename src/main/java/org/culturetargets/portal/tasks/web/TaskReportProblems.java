package org.culturetargets.portal.tasks.web;

import java.util.Locale;

import org.culturetargets.portal.evidence.EvidenceRefused;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.tasks.domain.StaleTaskReport;
import org.culturetargets.portal.tasks.domain.TaskReportRefused;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of the task report API, in the caller's language: 403 for who asks, 409 for the report's state
 * or a stale version, 400 for a refused evidence file (nothing of it was stored).
 */
@RestControllerAdvice(assignableTypes = TaskReportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskReportProblems {

	private final MessageSource messages;

	private final PortalTime time;

	TaskReportProblems(MessageSource messages, PortalTime time) {
		this.messages = messages;
		this.time = time;
	}

	@ExceptionHandler
	ProblemDetail refused(TaskReportRefused e, Locale locale) {
		HttpStatus status = e.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(e.messageKey(), e.arguments(), locale));
		problem.setTitle(e.forbidden() ? "Forbidden" : "Not allowed in this state");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail stale(StaleTaskReport e, Locale locale) {
		String detail = e.changedBy() == null ? messages.getMessage("task.report.staleNew", null, locale)
				: messages.getMessage("task.report.stale",
						new Object[] { e.changedBy(), time.second(e.changedAt()) }, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Changed meanwhile");
		problem.setProperty("changedBy", e.changedBy());
		problem.setProperty("changedAt", e.changedAt());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail evidence(EvidenceRefused e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e.messageKey(), e.arguments(), locale));
		problem.setTitle("File refused");
		problem.setProperty("field", "file");
		return problem;
	}

}
