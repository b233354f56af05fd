package org.culturetargets.portal.reporting;

/**
 * Where a report stands (SPEC §2): DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with the reviewer's
 * comment) → DRAFT when the district edits it again. An approved report is never changed: a correction is a new
 * revision, which starts as a DRAFT.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	public boolean canTransitionTo(ReportStatus next) {
		return switch (this) {
			case DRAFT -> next == SUBMITTED;
			case SUBMITTED -> next == APPROVED || next == RETURNED;
			case RETURNED -> next == DRAFT;
			case APPROVED -> false;
		};
	}

	/** The district may change the values: a draft, or a report returned to it. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Handed in: nothing is owed for the quarter any more (the board counts it as on time or late by its date). */
	public boolean handedIn() {
		return this == SUBMITTED || this == APPROVED;
	}

}
