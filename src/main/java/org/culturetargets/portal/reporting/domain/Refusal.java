package org.culturetargets.portal.reporting.domain;

/**
 * Why a write on a report is refused; every refusal is told to the user in these words (SPEC §2: "the page says
 * why"). {@link #forbidden()} refusals are about who asks (403), the others about the report's state (409).
 */
public enum Refusal {

	NOT_YOUR_DISTRICT(true), READ_ONLY_ROLE(true), NOT_A_REVIEWER(true), OWN_SUBMISSION(true), OWN_VALUES(true),
	SUBMITTED(false), APPROVED(false), NOT_SUBMITTED(false), NOT_APPROVED(false), NOT_SAVED(false),
	PERIOD_CLOSED(false), PERIOD_NOT_OPEN(false), UNEXPLAINED_FINDING(false);

	private final boolean forbidden;

	Refusal(boolean forbidden) {
		this.forbidden = forbidden;
	}

	public boolean forbidden() {
		return forbidden;
	}

	/** The message key in the {@code reporting} bundle; its one argument is the report's name. */
	public String messageKey() {
		return "report.refused." + name();
	}

}
