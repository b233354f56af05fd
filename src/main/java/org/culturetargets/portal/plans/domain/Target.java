package org.culturetargets.portal.plans.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.plans.TargetView;

@Entity
@Table(schema = "plans", name = "target")
public class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String planCode;

	private String indicatorCode;

	private String scopeCode;

	@Enumerated(EnumType.STRING)
	private TargetKind kind;

	private String comparator;

	private BigDecimal baselineValue;

	private int baselineYear;

	private BigDecimal targetValue;

	private int targetYear;

	private String wording;

	private String source;

	private String setBy;

	private int sortOrder;

	protected Target() {
	}

	public TargetView toView() {
		return new TargetView(id, planCode, indicatorCode, scopeCode, kind,
				comparator == null ? null : Comparator.ofSymbol(comparator), baselineValue, baselineYear, targetValue,
				targetYear, wording, source);
	}

}
