package org.culturetargets.portal.plans;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Plan × indicator × scope × kind: reach {@code targetValue} ({@code comparator}) by {@code targetYear} from
 * {@code baselineValue} in {@code baselineYear}. For {@code GROWTH} the target value is the yearly growth in
 * percent; for {@code MONITOR} there is none. {@code wording} keeps the document's own words where the number
 * is approximate ("左右", "力争"); {@code word} is the word of it that decides the comparator ({@link TargetWord}),
 * {@code strive} whether it says "力争"; {@code assumption} what the portal had to assume to read it as a number (the
 * base of "翻一番"), in both languages. {@code wordingZh} and {@code wordingEn} are those words in each language, one of
 * them the portal's translation ({@link PlanView#wordingOriginalIn}); {@code sectionZh} and {@code sectionEn} the
 * section of the plan's document that states the target. {@code source} is the technical reference (seed file and
 * section), never shown on a page.
 */
public record TargetView(long id, String planCode, String indicatorCode, String scopeCode, TargetKind kind,
		Comparator comparator, BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear,
		String wording, String source, TargetWord word, boolean strive, String assumptionZh, String assumptionEn,
		String wordingZh, String wordingEn, String sectionZh, String sectionEn) {

	/** A target whose translation and section are not recorded. */
	public TargetView(long id, String planCode, String indicatorCode, String scopeCode, TargetKind kind,
			Comparator comparator, BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear,
			String wording, String source, TargetWord word, boolean strive, String assumptionZh, String assumptionEn) {
		this(id, planCode, indicatorCode, scopeCode, kind, comparator, baselineValue, baselineYear, targetValue,
				targetYear, wording, source, word, strive, assumptionZh, assumptionEn, null, null, null, null);
	}

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

	/** The section of the plan's document that states the target, in the page's language; null if not recorded. */
	public String section(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return english ? sectionEn : sectionZh;
	}

	/**
	 * The target's words in the page's language (a Chinese page shows no English, and back): the recorded words of that
	 * language, else the document's words if they are in it.
	 */
	public String wording(Locale locale) {
		String inLanguage = "en".equals(locale.getLanguage()) ? wordingEn : wordingZh;
		if (inLanguage != null || wording == null) {
			return inLanguage;
		}
		boolean chinese = wording.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return chinese == "zh".equals(locale.getLanguage()) ? wording : null;
	}

}
