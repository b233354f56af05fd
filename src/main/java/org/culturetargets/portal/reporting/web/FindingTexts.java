package org.culturetargets.portal.reporting.web;

import java.util.Locale;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.reporting.domain.Finding;
import org.culturetargets.portal.reporting.domain.Quantity;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A finding in the reader's words ({@code @findingTexts} in the templates): indicators by name, not by code, values
 * with their unit in the reader's language, quarters in words.
 */
@Component("findingTexts")
public class FindingTexts {

	private final PlanCatalog catalog;

	private final MessageSource messages;

	private final DisplayFormat format;

	FindingTexts(PlanCatalog catalog, MessageSource messages, DisplayFormat format) {
		this.catalog = catalog;
		this.messages = messages;
		this.format = format;
	}

	public String text(Finding f, Locale locale) {
		Object[] args = f.args().toArray();
		for (int i = 0; i < args.length; i++) {
			args[i] = arg(f, args[i], locale);
		}
		return messages.getMessage(f.messageKey(), args, locale);
	}

	/** The rule that found it, by its name in the reader's language; empty for a check of the input. */
	public String rule(Finding f, Locale locale) {
		return f.rule() == null ? "" : messages.getMessage("rule." + f.rule(), null, locale);
	}

	private Object arg(Finding f, Object arg, Locale locale) {
		if (arg instanceof Quantity q) {
			return format.number(q.value(), q.scale()) + " " + format.unit(q.unit(), locale);
		}
		if (arg instanceof Period p) {
			return messages.getMessage("rule.period", new Object[] { String.valueOf(p.year()),
					messages.getMessage("rule.quarter." + p.endQuarter(), null, locale) }, locale);
		}
		// a rule names indicators by code among its arguments (a ratio and its parts); an input check only its own
		boolean indicator = arg instanceof String code && (code.equals(f.indicatorCode()) || f.rule() != null);
		return indicator ? catalog.indicator((String) arg).<Object>map(i -> i.name(locale)).orElse(arg) : arg;
	}

}
