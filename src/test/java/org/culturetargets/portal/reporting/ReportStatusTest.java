package org.culturetargets.portal.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.reporting.ReportStatus.APPROVED;
import static org.culturetargets.portal.reporting.ReportStatus.DRAFT;
import static org.culturetargets.portal.reporting.ReportStatus.RETURNED;
import static org.culturetargets.portal.reporting.ReportStatus.SUBMITTED;

/** The workflow of SPEC §2: exactly these transitions, nothing out of an approved report. */
class ReportStatusTest {

	@Test
	void theAllowedTransitions() {
		assertThat(DRAFT.canTransitionTo(SUBMITTED)).isTrue();
		assertThat(SUBMITTED.canTransitionTo(APPROVED)).isTrue();
		assertThat(SUBMITTED.canTransitionTo(RETURNED)).isTrue();
		assertThat(RETURNED.canTransitionTo(DRAFT)).isTrue();
	}

	@Test
	void everythingElseIsRefused() {
		assertThat(DRAFT.canTransitionTo(APPROVED)).isFalse();
		assertThat(DRAFT.canTransitionTo(RETURNED)).isFalse();
		assertThat(SUBMITTED.canTransitionTo(DRAFT)).isFalse();
		assertThat(RETURNED.canTransitionTo(SUBMITTED)).isFalse();
		assertThat(RETURNED.canTransitionTo(APPROVED)).isFalse();
		for (ReportStatus next : ReportStatus.values()) {
			assertThat(APPROVED.canTransitionTo(next)).as("APPROVED -> " + next).isFalse();
		}
	}

	@Test
	void onlyDraftsAndReturnedReportsAreEditable() {
		assertThat(DRAFT.editable()).isTrue();
		assertThat(RETURNED.editable()).isTrue();
		assertThat(SUBMITTED.editable()).isFalse();
		assertThat(APPROVED.editable()).isFalse();
	}

}
