package org.culturetargets.portal.plans.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.culturetargets.portal.plans.PlanView;

@Entity
@Table(schema = "plans", name = "plan")
public class Plan {

	@Id
	private String code;

	private String titleZh;

	private String titleEn;

	private String issuerZh;

	private String issuerEn;

	private String level;

	private String homeScope;

	private int periodStart;

	private int periodEnd;

	private int baselineYear;

	private LocalDate issuedOn;

	private String source;

	private int sortOrder;

	protected Plan() {
	}

	public PlanView toView() {
		return new PlanView(code, titleZh, titleEn, issuerZh, issuerEn, level, homeScope, periodStart, periodEnd,
				baselineYear, issuedOn, source);
	}

}
