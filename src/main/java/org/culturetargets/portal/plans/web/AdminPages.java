package org.culturetargets.portal.plans.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.web.FormErrors;
import org.culturetargets.portal.shared.Unit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every reference-data form does: save, or show the form again with each problem beside its field. */
@Component
class AdminPages {

	private final FormErrors formErrors;

	private final MessageSource messages;

	AdminPages(FormErrors formErrors, MessageSource messages) {
		this.formErrors = formErrors;
		this.messages = messages;
	}

	/** Runs the write and redirects with a "saved" notice; on invalid input renders the form again. */
	String save(Runnable write, String subject, String redirectTo, Supplier<String> formAgain, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			write.run();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", formErrors.of(invalid, locale));
			return formAgain.get();
		}
		redirect.addFlashAttribute("saved", messages.getMessage("admin.saved", new Object[] { subject }, locale));
		return "redirect:" + redirectTo;
	}

	/** The units by their stored symbol, named in the page's language (亿元 is "100 million yuan" in English). */
	Map<String, String> units(Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		for (Unit unit : Unit.values()) {
			options.put(unit.symbol(), messages.getMessage(unit.messageKey(), null, unit.symbol(), locale));
		}
		return options;
	}

	/** A unit's stored symbol in the page's language; an unknown one as it is. */
	String unit(String symbol, Locale locale) {
		return Unit.of(symbol).map(unit -> messages.getMessage(unit.messageKey(), null, symbol, locale)).orElse(symbol);
	}

	/** Choices of a select, each value with its text from {@code <prefix><value>} in the bundle. */
	Map<String, String> named(Collection<?> values, String prefix, Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		for (Object value : values) {
			String key = value instanceof Enum<?> e ? e.name() : value.toString();
			options.put(key, messages.getMessage(prefix + key, null, key, locale));
		}
		return options;
	}

	/** Scopes as choices, "code name"; with an empty first choice when the field is optional. */
	Map<String, String> scopes(Collection<ScopeView> scopes, boolean optional, Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		if (optional) {
			options.put("", messages.getMessage("admin.none", null, locale));
		}
		scopes.forEach(s -> options.put(s.code(), s.code() + " " + s.name(locale)));
		return options;
	}

}
