package org.culturetargets.portal.shared.web;

import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page asked for something that does not exist, or with a malformed parameter: a page that says so. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException e, Model model) {
		model.addAttribute("problem", e.getMessage());
		return "error/404";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(IllegalArgumentException e, Model model) {
		model.addAttribute("problem", e.getMessage());
		return "error/400";
	}

}
