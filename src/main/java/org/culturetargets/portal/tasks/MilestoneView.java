package org.culturetargets.portal.tasks;

import java.time.LocalDate;
import java.util.Locale;

/** A milestone of a task, or a checkpoint of its annual cycle ({@code checkpoint} null for an ordinary one). */
public record MilestoneView(long id, String titleZh, String titleEn, LocalDate dueOn, LocalDate reachedOn,
		Checkpoint checkpoint) {

	public String title(Locale locale) {
		return Bilingual.pick(locale, titleZh, titleEn);
	}

	public boolean missedBy(LocalDate asOf) {
		return dueOn.isBefore(asOf) && (reachedOn == null || reachedOn.isAfter(asOf));
	}

}
