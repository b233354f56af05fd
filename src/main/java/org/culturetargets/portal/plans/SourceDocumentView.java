package org.culturetargets.portal.plans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A document that targets or figures are taken from, cited as officials cite it: the issuing body, the title in
 * book-title marks, the document number and the date, as far as the document states them. {@code textLanguage} is the
 * language of the text the portal holds ({@code en}: a translation of the Chinese document). {@code seedFile} is a
 * technical reference to the file the data was read from; no page shows it.
 */
public record SourceDocumentView(String code, String titleZh, String titleEn, String issuerZh, String issuerEn,
		LocalDate issuedOn, String numberZh, String numberEn, String textLanguage, String seedFile) {

	public String title(Locale locale) {
		return Languages.pick(locale, titleZh, titleEn);
	}

	/**
	 * The document as a reference list names it: 中共杭州市委办公厅、杭州市人民政府办公厅《杭州市加快国际文化创意中心建设行动计划
	 * （2023—2025年）》，2023年5月23日; in English "General Office …, Hangzhou Action Plan … (2023-2025), May 23, 2023".
	 */
	public String reference(Locale locale) {
		boolean english = english(locale);
		String issuer = Languages.pick(locale, issuerZh, issuerEn);
		String number = Languages.pick(locale, numberZh, numberEn);
		StringBuilder text = new StringBuilder();
		if (issuer != null) {
			text.append(issuer).append(english ? ", " : "");
		}
		text.append(titled(locale));
		if (number != null) {
			text.append(english ? " (" + number + ")" : "（" + number + "）");
		}
		if (issuedOn != null) {
			text.append(english ? ", " : "，").append(date(issuedOn, locale));
		}
		return text.toString();
	}

	/** A place in the document: 《杭州市文化产业发展“十四五”规划》三（三）主要指标表第1行. Without a section, the title alone. */
	public String cite(String section, Locale locale) {
		if (section == null || section.isBlank()) {
			return titled(locale);
		}
		return titled(locale) + (english(locale) ? ", " : "") + section;
	}

	/** The portal holds the document in this language (its words in the other one are the portal's translation). */
	public boolean heldIn(Locale locale) {
		return textLanguage.equals(english(locale) ? "en" : "zh");
	}

	private String titled(Locale locale) {
		return english(locale) ? title(locale) : "《" + titleZh + "》";
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(english(locale) ? Locale.ENGLISH : Locale.CHINESE)
			.format(date);
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
