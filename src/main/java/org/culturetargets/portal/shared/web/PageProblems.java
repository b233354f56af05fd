package org.culturetargets.portal.shared.web;

import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page asked for something that does not exist, or with a malformed parameter, gets a page that says so.
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

	static String titleKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound.title";
			case BAD_REQUEST -> "error.badRequest.title";
			default -> "error.generic.title";
		};
	}

}
