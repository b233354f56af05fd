package org.culturetargets.portal.plans;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A policy document with targets, and where it comes from: {@code document} is the source document it is cited by
 * (null for a plan entered by hand, which is then cited by its own title, issuer and date); {@code source} is the
 * technical reference (the seed file and its section), never shown on a page.
 */
public record PlanView(String code, String titleZh, String titleEn, String issuerZh, String issuerEn, String level,
		String homeScope, int periodStart, int periodEnd, int baselineYear, LocalDate issuedOn, String source,
		SourceDocumentView document) {

	/** A plan without a source document of its own. */
	public PlanView(String code, String titleZh, String titleEn, String issuerZh, String issuerEn, String level,
			String homeScope, int periodStart, int periodEnd, int baselineYear, LocalDate issuedOn, String source) {
		this(code, titleZh, titleEn, issuerZh, issuerEn, level, homeScope, periodStart, periodEnd, baselineYear,
				issuedOn, source, null);
	}

	public String title(Locale locale) {
		return Languages.pick(locale, titleZh, titleEn);
	}

	public String issuer(Locale locale) {
		return Languages.pick(locale, issuerZh, issuerEn);
	}

	/** The document as a reference names it: issuing body, 《title》, number and date as far as they are known. */
	public String reference(Locale locale) {
		return cited().reference(locale);
	}

	/** Where the target is written: 《杭州市文化产业发展“十四五”规划》三（三）主要指标表第1行. */
	public String citation(TargetView target, Locale locale) {
		String section = target.section(locale);
		return cited().cite(section != null ? section : target.source(), locale);
	}

	/**
	 * The targets' words in this language are the document's own: false where they are the portal's translation
	 * (a Chinese page of a plan held in an English translation, or an English page of a Chinese plan).
	 */
	public boolean wordingOriginalIn(Locale locale) {
		return cited().heldIn(locale);
	}

	private SourceDocumentView cited() {
		return document != null ? document
				: new SourceDocumentView(code, titleZh, titleEn, issuerZh, issuerEn, issuedOn, null, null, "zh", null);
	}

}
