package org.culturetargets.portal.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.culturetargets.portal.registry.InvalidEntry;
import org.culturetargets.portal.registry.StaleEntry;
import org.culturetargets.portal.registry.WriteRefused;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of the registry's writes, in English like the report API; texts from the registry bundle, the
 * same the forms show. A refused write is a 403, a stale version a 409 naming who changed the row and when, an
 * entry that breaks the rules a 422 with each field's messages under {@code errors}.
 */
@RestControllerAdvice(assignableTypes = RegistryApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryApiProblems {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messages;

	RegistryApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(WriteRefused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage(e.reasonKey(), null, LOCALE));
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail stale(StaleEntry e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Changed meanwhile by " + e.changedBy() + " at " + e.changedAt() + ": nothing was saved. Read the "
						+ "record again and apply the change to its new version.");
		problem.setTitle("Changed meanwhile");
		problem.setProperty("changedBy", e.changedBy());
		problem.setProperty("changedAt", e.changedAt());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidEntry e) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		e.problems()
			.forEach(p -> errors.computeIfAbsent(p.field(), field -> new ArrayList<>())
				.add(messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), LOCALE)));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				String.join(" ", errors.values().stream().flatMap(List::stream).toList()));
		problem.setTitle("Invalid entry");
		problem.setProperty("errors", errors);
		return problem;
	}

}
