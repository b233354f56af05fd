package org.culturetargets.portal.shared.web;

import java.sql.SQLException;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page asked for something that does not exist, or with a malformed parameter, gets a page that says so; so does
 * a page that cannot be served because the database is out of reach (503, "try again shortly").
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException e, Model model) {
		model.addAttribute("titleKey", titleKey(HttpStatus.NOT_FOUND));
		model.addAttribute("problem", e.getMessage());
		return "error/problem";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(IllegalArgumentException e, Model model) {
		model.addAttribute("titleKey", titleKey(HttpStatus.BAD_REQUEST));
		model.addAttribute("problem", e.getMessage());
		return "error/problem";
	}

	/** Seen anywhere in the chain of causes; anything but the database out of reach is rethrown untouched. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, SQLException.class })
	String unreachable(Exception e, Model model, HttpServletResponse response) throws Exception {
		if (!DatabaseUnreachable.isCauseOf(e)) {
			throw e;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnreachable.RETRY_AFTER_SECONDS);
		model.addAttribute("titleKey", titleKey(HttpStatus.SERVICE_UNAVAILABLE));
		model.addAttribute("textKey", textKey(HttpStatus.SERVICE_UNAVAILABLE));
		return "error/problem";
	}

	static String titleKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound.title";
			case BAD_REQUEST -> "error.badRequest.title";
			case SERVICE_UNAVAILABLE -> "error.unavailable.title";
			default -> "error.generic.title";
		};
	}

	/** What the page says when it has no particular problem to name. */
	static String textKey(HttpStatus status) {
		return status == HttpStatus.SERVICE_UNAVAILABLE ? "error.unavailable.text" : "error.generic.text";
	}

}
