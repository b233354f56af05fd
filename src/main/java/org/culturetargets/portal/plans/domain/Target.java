package org.culturetargets.portal.plans.domain;

import java.math.BigDecimal;
import java.util.Objects;

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
import org.culturetargets.portal.plans.TargetWord;

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

	@Enumerated(EnumType.STRING)
	private TargetWord word;

	private boolean strive;

	private String assumptionZh;

	private String assumptionEn;

	private String wordingZh;

	private String wordingEn;

	private String sectionZh;

	private String sectionEn;

	private String setBy;

	private int sortOrder;

	protected Target() {
	}

	Target(String planCode, int sortOrder) {
		this.planCode = planCode;
		this.sortOrder = sortOrder;
	}

	void change(String indicatorCode, String scopeCode, TargetKind kind, Comparator comparator,
			BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear, String wording,
			String source, String setBy) {
		this.indicatorCode = indicatorCode;
		this.scopeCode = scopeCode;
		this.kind = kind;
		this.comparator = comparator == null ? null : comparator.symbol();
		this.baselineValue = baselineValue;
		this.baselineYear = baselineYear;
		this.targetValue = targetValue;
		this.targetYear = targetYear;
		if (!Objects.equals(this.wording, wording)) {
			// new words replace both languages: a translation of the old words would no longer match
			boolean chinese = wording != null
					&& wording.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			this.wordingZh = chinese ? wording : null;
			this.wordingEn = chinese ? null : wording;
		}
		this.wording = wording;
		this.source = source;
		this.setBy = setBy;
	}

	TargetCmd toCmd() {
		return new TargetCmd(indicatorCode, scopeCode, kind.name(), comparator == null ? "" : Comparator.ofSymbol(comparator).name(),
				plain(baselineValue), String.valueOf(baselineYear), plain(targetValue), String.valueOf(targetYear),
				wording, source);
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	Long id() {
		return id;
	}

	String planCode() {
		return planCode;
	}

	String setBy() {
		return setBy;
	}

	public TargetView toView() {
		return new TargetView(id, planCode, indicatorCode, scopeCode, kind,
				comparator == null ? null : Comparator.ofSymbol(comparator), baselineValue, baselineYear, targetValue,
				targetYear, wording, source, word, strive, assumptionZh, assumptionEn, wordingZh, wordingEn, sectionZh,
				sectionEn);
	}

}
