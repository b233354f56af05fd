package org.culturetargets.portal.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.culturetargets.portal.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The problems of an {@link InvalidInput} in the user's language, by field, for a form to show beside each
 * input (templates use them as {@code errors[field]}).
 */
@Component
public class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	public Map<String, List<String>> of(InvalidInput invalid, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (InvalidInput.Problem problem : invalid.problems()) {
			String text = messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
			byField.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(text);
		}
		return byField;
	}

	/** All the problems in one sentence, for a page that has no field to show them beside. */
	public String summary(InvalidInput invalid, Locale locale) {
		return String.join(" ", of(invalid, locale).values().stream().flatMap(List::stream).toList());
	}

}
