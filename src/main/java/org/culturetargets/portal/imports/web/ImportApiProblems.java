package org.culturetargets.portal.imports.web;

import java.util.Locale;

import org.culturetargets.portal.imports.domain.ImportRefused;
import org.culturetargets.portal.imports.read.UnreadableFile;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A file the API cannot take gets a 422 problem detail saying why in the reader's language. */
@RestControllerAdvice(assignableTypes = ImportApiController.class)
class ImportApiProblems {

	private final MessageSource messages;

	ImportApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail unreadable(UnreadableFile e, Locale locale) {
		return problem(messages.getMessage(e.messageKey(), e.arguments(), locale), e.messageKey());
	}

	@ExceptionHandler
	ProblemDetail refused(ImportRefused e, Locale locale) {
		return problem(messages.getMessage(e.messageKey(), e.arguments(), locale), e.messageKey());
	}

	private static ProblemDetail problem(String detail, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
		problem.setTitle("File not imported");
		problem.setProperty("reason", key);
		return problem;
	}

}
