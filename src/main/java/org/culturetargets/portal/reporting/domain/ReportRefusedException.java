package org.culturetargets.portal.reporting.domain;

/** A write on a report that the asker may not make, or that the report's state does not allow. */
public class ReportRefusedException extends RuntimeException {

	private final Refusal refusal;

	private final String reportName;

	public ReportRefusedException(Refusal refusal, String reportName) {
		super(refusal + ": " + reportName);
		this.refusal = refusal;
		this.reportName = reportName;
	}

	public Refusal refusal() {
		return refusal;
	}

	public String reportName() {
		return reportName;
	}

}
