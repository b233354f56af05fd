package org.culturetargets.portal.plans.domain;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.culturetargets.portal.plans.PlanLevel;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.SourceDocumentView;

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

	private String documentCode;

	private int sortOrder;

	protected Plan() {
	}

	Plan(String code, int sortOrder) {
		this.code = code;
		this.sortOrder = sortOrder;
	}

	void change(String titleZh, String titleEn, String issuerZh, String issuerEn, PlanLevel level, String homeScope,
			int periodStart, int periodEnd, int baselineYear, LocalDate issuedOn, String source) {
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		this.issuerZh = issuerZh;
		this.issuerEn = issuerEn;
		this.level = level.name();
		this.homeScope = homeScope;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.baselineYear = baselineYear;
		this.issuedOn = issuedOn;
		this.source = source;
	}

	PlanCmd toCmd() {
		return new PlanCmd(code, titleZh, titleEn, issuerZh, issuerEn, level, homeScope, String.valueOf(periodStart),
				String.valueOf(periodEnd), String.valueOf(baselineYear), issuedOn == null ? "" : issuedOn.toString(),
				source);
	}

	/** The plan with its source document, looked up by code among {@code documents}. */
	PlanView toView(Map<String, SourceDocumentView> documents) {
		return new PlanView(code, titleZh, titleEn, issuerZh, issuerEn, level, homeScope, periodStart, periodEnd,
				baselineYear, issuedOn, source, documentCode == null ? null : documents.get(documentCode));
	}

}
