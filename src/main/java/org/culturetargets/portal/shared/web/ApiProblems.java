package org.culturetargets.portal.shared.web;

import java.sql.SQLException;
import java.util.Locale;

import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the JSON API: a client's mistake gets a 4xx naming what was wrong, never a
 * stack trace. Framework errors (a missing parameter, a wrong method) come from the base class in the same form.
 * The database out of reach is a 503 with {@code Retry-After}; any other database error stays a 500.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	private final FormErrors formErrors;

	ApiProblems(MessageSource messages, FormErrors formErrors) {
		this.messages = messages;
		this.formErrors = formErrors;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage(e.messageKey(), e.arguments(), locale));
		problem.setTitle("Not found");
		return problem;
	}

	/** Our own checks in the reader's language, with each field's messages under {@code errors}. */
	@ExceptionHandler
	ProblemDetail badRequest(IllegalArgumentException e, Locale locale) {
		if (e instanceof InvalidInput invalid) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					formErrors.summary(invalid, locale));
			problem.setTitle("Bad request");
			problem.setProperty("errors", formErrors.of(invalid, locale));
			return problem;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

	/** Seen anywhere in the chain of causes; anything but the database out of reach is rethrown untouched. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, SQLException.class })
	ResponseEntity<ProblemDetail> unreachable(Exception e) throws Exception {
		if (!DatabaseUnreachable.isCauseOf(e)) {
			throw e;
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnreachable.RETRY_AFTER_SECONDS)
			.body(DatabaseUnreachable.problem());
	}

}
