package org.culturetargets.portal.imports.web;

import java.util.Locale;

import org.culturetargets.portal.imports.domain.ImportRefused;
import org.culturetargets.portal.imports.domain.ImportsBusy;
import org.culturetargets.portal.imports.read.Refusal;
import org.culturetargets.portal.imports.read.UnreadableFile;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A file the API cannot take gets a 422 problem detail saying why in the reader's language; one that finds every
 * permit to read taken, a 503 saying when to try again.
 */
@RestControllerAdvice(assignableTypes = ImportApiController.class)
class ImportApiProblems {

	private final MessageSource messages;

	ImportApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ UnreadableFile.class, ImportRefused.class })
	ProblemDetail refused(Refusal e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(e.messageKey(), e.arguments(), locale));
		problem.setTitle("File not imported");
		problem.setProperty("reason", e.messageKey());
		return problem;
	}

	@ExceptionHandler(ImportsBusy.class)
	ResponseEntity<ProblemDetail> busy(ImportsBusy e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				messages.getMessage("imports.busy", new Object[] { e.retryAfterSeconds() }, locale));
		problem.setTitle("Too many imports at once");
		problem.setProperty("reason", "imports.busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
			.body(problem);
	}

}
