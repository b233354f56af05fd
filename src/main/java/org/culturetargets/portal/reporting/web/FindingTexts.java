package org.culturetargets.portal.reporting.web;

import java.util.List;
import java.util.Locale;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.reporting.FindingMessages;
import org.culturetargets.portal.reporting.domain.Finding;
import org.culturetargets.portal.reporting.domain.FindingArguments;
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
public class FindingTexts implements FindingMessages {

	private final PlanCatalog catalog;

	private final MessageSource messages;

	private final DisplayFormat format;

	FindingTexts(PlanCatalog catalog, MessageSource messages, DisplayFormat format) {
		this.catalog = catalog;
		this.messages = messages;
		this.format = format;
	}

	public String text(Finding f, Locale locale) {
		return text(f.messageKey(), f.args(), f.indicatorCode(), f.rule() != null, locale);
	}

	/** The rule that found it, by its name in the reader's language; empty for a check of the input. */
	public String rule(Finding f, Locale locale) {
		return f.rule() == null ? "" : ruleName(f.rule(), locale);
	}

	@Override
	public String message(String messageKey, List<String> arguments, Locale locale) {
		return text(messageKey, FindingArguments.decode(arguments), null, true, locale);
	}

	@Override
	public String ruleName(String rule, Locale locale) {
		return messages.getMessage("rule." + rule, null, locale);
	}

	/**
	 * {@code byRule}: a rule names indicators by code among its arguments (a ratio and its parts); an input check
	 * only its own, {@code indicatorCode}.
	 */
	private String text(String messageKey, List<Object> arguments, String indicatorCode, boolean byRule, Locale locale) {
		Object[] args = arguments.toArray();
		for (int i = 0; i < args.length; i++) {
			args[i] = arg(args[i], indicatorCode, byRule, locale);
		}
		return messages.getMessage(messageKey, args, locale);
	}

	private Object arg(Object arg, String indicatorCode, boolean byRule, Locale locale) {
		if (arg instanceof Quantity q) {
			return format.number(q.value(), q.scale()) + " " + format.unit(q.unit(), locale);
		}
		if (arg instanceof Period p) {
			return p.isAnnual() ? messages.getMessage("rule.year", new Object[] { String.valueOf(p.year()) }, locale)
					: messages.getMessage("rule.period", new Object[] { String.valueOf(p.year()),
							messages.getMessage("rule.quarter." + p.endQuarter(), null, locale) }, locale);
		}
		boolean indicator = arg instanceof String code && (code.equals(indicatorCode) || byRule);
		return indicator ? catalog.indicator((String) arg).<Object>map(i -> i.name(locale)).orElse(arg) : arg;
	}

}
