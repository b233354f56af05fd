package org.culturetargets.portal.shared.web;

import java.sql.SQLException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A page asked for something that does not exist, or with a malformed parameter, gets a page that says so in the
 * reader's language, naming what was wrong but never in a framework's or the JDK's words ("For input string");
 * so does a page that cannot be served because the database is out of reach (503, "try again shortly").
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

	/** How much of a refused value a page repeats: enough to recognise it, never a 100,000-character echo. */
	private static final int SHOWN_VALUE = 40;

	private final MessageSource messages;

	private final FormErrors formErrors;

	PageProblems(MessageSource messages, FormErrors formErrors) {
		this.messages = messages;
		this.formErrors = formErrors;
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException e, Model model, Locale locale) {
		return problem(model, HttpStatus.NOT_FOUND, messages.getMessage(e.messageKey(), e.arguments(), locale));
	}

	/** Our own checks name the field in the bundle's words; any other argument error only says the request was bad. */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(IllegalArgumentException e, Model model, Locale locale) {
		if (e instanceof InvalidInput invalid) {
			return problem(model, HttpStatus.BAD_REQUEST, formErrors.summary(invalid, locale));
		}
		log.debug("bad request: {}", e.getMessage());
		return problem(model, HttpStatus.BAD_REQUEST, messages.getMessage("error.badRequest.text", null, locale));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String typeMismatch(TypeMismatchException e, Model model, Locale locale) {
		String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
		return problem(model, HttpStatus.BAD_REQUEST, messages.getMessage("error.parameter",
				new Object[] { parameter(name, locale), shown(String.valueOf(e.getValue())) }, locale));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String missingParameter(MissingServletRequestParameterException e, Model model, Locale locale) {
		return problem(model, HttpStatus.BAD_REQUEST,
				messages.getMessage("error.parameterMissing", new Object[] { parameter(e.getParameterName(), locale) }, locale));
	}

	/** A parameter named in the reader's words where the bundle names it ("期别" for {@code period}), else as it is. */
	private String parameter(String name, Locale locale) {
		return name == null ? "" : messages.getMessage("parameter." + name, null, shown(name), locale);
	}

	/** Seen anywhere in the chain of causes; anything but the database out of reach is rethrown untouched. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, SQLException.class })
	String unreachable(Exception e, Model model, HttpServletResponse response) throws Exception {
		if (!DatabaseUnreachable.isCauseOf(e)) {
			throw e;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnreachable.RETRY_AFTER_SECONDS);
		model.addAttribute("titleKey", ErrorTexts.titleKey(503));
		model.addAttribute("textKey", ErrorTexts.textKey(503));
		return "error/problem";
	}

	private static String problem(Model model, HttpStatus status, String text) {
		model.addAttribute("titleKey", ErrorTexts.titleKey(status.value()));
		model.addAttribute("problem", text);
		return "error/problem";
	}

	static String shown(String value) {
		if (value == null) {
			return "";
		}
		return value.length() <= SHOWN_VALUE ? value : value.substring(0, SHOWN_VALUE) + "…";
	}

}
