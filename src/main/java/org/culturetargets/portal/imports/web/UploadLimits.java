package org.culturetargets.portal.imports.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the server's multipart limit is refused before any handler is chosen, so only an advice without
 * selectors sees it: the API gets a 413 problem detail, a page a 413 page saying what to do.
 */
@ControllerAdvice
class UploadLimits {

	private final MessageSource messages;

	UploadLimits(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, Locale locale) {
		String message = messages.getMessage("imports.refused.tooLarge", null, locale);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
			problem.setTitle("File not imported");
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
		}
		ModelAndView page = new ModelAndView("error/problem");
		page.addObject("titleKey", "imports.title");
		page.addObject("problem", message);
		page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		return page;
	}

}
