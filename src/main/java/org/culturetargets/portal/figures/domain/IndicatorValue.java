package org.culturetargets.portal.figures.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.ValueStatus;
import org.culturetargets.portal.shared.Period;

@Entity
@Table(schema = "figures", name = "indicator_value")
public class IndicatorValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String indicatorCode;

	private String scopeCode;

	@Convert(converter = PeriodConverter.class)
	private Period period;

	private BigDecimal value;

	@Enumerated(EnumType.STRING)
	private ValueStatus status;

	private String note;

	private String source;

	private String citationZh;

	private String citationEn;

	private String recordedBy;

	private Instant recordedAt;

	private boolean demo;

	protected IndicatorValue() {
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	public String getScopeCode() {
		return scopeCode;
	}

	public Period getPeriod() {
		return period;
	}

	public ValueStatus getStatus() {
		return status;
	}

	FigureView toView(boolean superseded) {
		return new FigureView(indicatorCode, scopeCode, period, value, status, note, source, recordedBy, recordedAt,
				superseded, citationZh, citationEn, demo);
	}

}
