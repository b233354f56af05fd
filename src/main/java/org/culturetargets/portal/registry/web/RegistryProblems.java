package org.culturetargets.portal.registry.web;

import org.culturetargets.portal.registry.WriteRefused;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A registry write the user may not make gets a page saying why: not their district, or not their role. */
@ControllerAdvice(assignableTypes = { RegistryFormController.class, RegistryController.class })
class RegistryProblems {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(WriteRefused refused, Model model) {
		model.addAttribute("titleKey", "registry.refused.title");
		model.addAttribute("problemKey", refused.reasonKey());
		return "registry/refused";
	}

}
