package org.culturetargets.portal.registry.web;

import java.math.BigDecimal;

import org.culturetargets.portal.registry.EnterpriseFigureCmd;
import org.culturetargets.portal.registry.EnterpriseView;

/** One quarter's figures of an enterprise as typed: revenue (万元) and employees bound as numbers. */
public class EnterpriseFigureForm {

	private String period;

	private BigDecimal revenue;

	private Integer employees;

	private String reason;

	/** A blank form for {@code period}, or the quarter's figures as recorded, to correct them. */
	static EnterpriseFigureForm of(String period, EnterpriseView recorded) {
		EnterpriseFigureForm form = new EnterpriseFigureForm();
		form.period = period;
		if (recorded != null) {
			form.revenue = recorded.revenue();
			form.employees = recorded.employees();
		}
		return form;
	}

	EnterpriseFigureCmd toCmd() {
		return new EnterpriseFigureCmd(period, revenue, employees, reason);
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public BigDecimal getRevenue() {
		return revenue;
	}

	public void setRevenue(BigDecimal revenue) {
		this.revenue = revenue;
	}

	public Integer getEmployees() {
		return employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
