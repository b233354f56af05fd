package org.culturetargets.portal.plans;

import java.time.LocalDate;
import java.util.Locale;

/** A policy document with targets, and where it comes from. */
public record PlanView(String code, String titleZh, String titleEn, String issuerZh, String issuerEn, String level,
		String homeScope, int periodStart, int periodEnd, int baselineYear, LocalDate issuedOn, String source) {

	public String title(Locale locale) {
		return Languages.pick(locale, titleZh, titleEn);
	}

	public String issuer(Locale locale) {
		return Languages.pick(locale, issuerZh, issuerEn);
	}

}
