package org.culturetargets.portal.reporting.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report named as a page names it (西湖区2026年三季度报表（第1版）), not by the key the API and the logs use
 * ({@code report 330106/2026Q3 r1}).
 */
@Component
class ReportWords {

	private static final Pattern NAME = Pattern.compile("report (\\S+)/(\\S+?)(?: r(\\d+))?\\s*");

	private final PlanCatalog catalog;

	private final DisplayFormat format;

	private final MessageSource messages;

	ReportWords(PlanCatalog catalog, DisplayFormat format, MessageSource messages) {
		this.catalog = catalog;
		this.format = format;
		this.messages = messages;
	}

	/** A report's key in words; anything else as it is. */
	String of(String reportName, Locale locale) {
		Matcher name = NAME.matcher(reportName == null ? "" : reportName);
		if (!name.matches()) {
			return reportName;
		}
		String area = catalog.scope(name.group(1)).map(scope -> scope.name(locale)).orElse(name.group(1));
		String period = format.period(name.group(2), locale);
		return name.group(3) == null
				? messages.getMessage("report.named", new Object[] { area, period }, locale)
				: messages.getMessage("report.heading", new Object[] { area, period, name.group(3) }, locale);
	}

}
