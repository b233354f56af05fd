package org.culturetargets.portal.plans;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Plan × indicator × scope × kind: reach {@code targetValue} ({@code comparator}) by {@code targetYear} from
 * {@code baselineValue} in {@code baselineYear}. For {@code GROWTH} the target value is the yearly growth in
 * percent; for {@code MONITOR} there is none. {@code wording} keeps the document's own words where the number
 * is approximate ("左右", "力争"); {@code word} is the word of it that decides the comparator ({@link TargetWord}),
 * {@code strive} whether it says "力争"; {@code assumption} what the portal had to assume to read it as a number (the
 * base of "翻一番"), in both languages.
 */
public record TargetView(long id, String planCode, String indicatorCode, String scopeCode, TargetKind kind,
		Comparator comparator, BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear,
		String wording, String source, TargetWord word, boolean strive, String assumptionZh, String assumptionEn) {

	/** A target whose word, striving and assumption are not recorded. */
	public TargetView(long id, String planCode, String indicatorCode, String scopeCode, TargetKind kind,
			Comparator comparator, BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear,
			String wording, String source) {
		this(id, planCode, indicatorCode, scopeCode, kind, comparator, baselineValue, baselineYear, targetValue,
				targetYear, wording, source, null, false, null, null);
	}

	public String assumption(Locale locale) {
		return Languages.pick(locale, assumptionZh, assumptionEn);
	}

	/** The document's own words where they are in the page's language (a Chinese page shows no English, and back). */
	public String wording(Locale locale) {
		if (wording == null) {
			return null;
		}
		boolean chinese = wording.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return chinese == "zh".equals(locale.getLanguage()) ? wording : null;
	}

}
