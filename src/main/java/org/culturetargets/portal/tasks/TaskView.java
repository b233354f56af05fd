package org.culturetargets.portal.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A key task as pages and the API show it, assessed as of a date. {@code sourceLanguage} is the language of the
 * document's own words ({@code sourceText}); the other language's title and description are a translation.
 */
public record TaskView(long id, String planCode, String code, String sourceSection, String sourceSectionTranslation,
		String sourceLanguage,
		String sourceText, String titleZh, String titleEn, String descriptionZh, String descriptionEn, TaskKind kind,
		boolean annualCycle, LocalDate deadline, LocalDate startedOn, LocalDate completedOn, String closedBy,
		String closeNote, int version, List<UnitRef> units, List<String> scopes, List<MilestoneView> milestones,
		List<Long> targetIds, List<TaskLink> links, TaskAssessment assessment) {

	/** A registry row the task concerns. */
	public record TaskLink(LinkKind kind, long id) {
	}

	public String title(Locale locale) {
		return Bilingual.pick(locale, titleZh, titleEn);
	}

	public String description(Locale locale) {
		return Bilingual.pick(locale, descriptionZh, descriptionEn);
	}

	/** Whether the title and description shown in this language are a translation of the document's words. */
	public boolean translated(Locale locale) {
		return !sourceLanguage.equals(Bilingual.english(locale) ? "en" : "zh");
	}

	/** The source section in the page's language: the document's own heading, or its translation where there is one. */
	public String section(Locale locale) {
		return translated(locale) && sourceSectionTranslation != null ? sourceSectionTranslation : sourceSection;
	}

	/** The document's own words, shown only in their own language (a Chinese page shows no English, and back). */
	public String sourceText(Locale locale) {
		return translated(locale) ? null : sourceText;
	}

	public TaskStatus status() {
		return assessment.status();
	}

	public UnitRef lead() {
		return units.stream().filter(u -> u.role() == UnitRole.LEAD).findFirst().orElse(null);
	}

	public List<UnitRef> responsible() {
		return units.stream().filter(u -> u.role() == UnitRole.RESPONSIBLE).toList();
	}

	/** No unit at all: shown as "责任单位待明确" until an administrator assigns it. */
	public boolean unassigned() {
		return units.isEmpty();
	}

	public boolean closed() {
		return completedOn != null;
	}

	public boolean involves(String unitKey) {
		return units.stream().anyMatch(u -> u.key().equals(unitKey));
	}

}
