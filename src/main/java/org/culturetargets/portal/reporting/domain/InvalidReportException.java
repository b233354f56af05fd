package org.culturetargets.portal.reporting.domain;

import java.util.List;

/** The entered report has errors; nothing of it was saved. */
public class InvalidReportException extends RuntimeException {

	private final List<Finding> findings;

	public InvalidReportException(List<Finding> findings) {
		super(findings.size() + " problem(s), first on " + findings.get(0).field());
		this.findings = List.copyOf(findings);
	}

	public List<Finding> findings() {
		return findings;
	}

}
