package org.culturetargets.portal.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;

@Entity
@Table(schema = "plans", name = "indicator")
public class Indicator {

	@Id
	private String code;

	private String nameZh;

	private String nameEn;

	private String unit;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	private Nature nature;

	@Enumerated(EnumType.STRING)
	private PathShape path;

	@Enumerated(EnumType.STRING)
	private IndicatorView.Origin origin;

	@Column(name = "numerator_code")
	private String numeratorCode;

	@Column(name = "denominator_code")
	private String denominatorCode;

	private short displayScale;

	private String definitionZh;

	private String definitionEn;

	private boolean districtReported;

	private boolean cumulativeWithinPlanPeriod;

	protected Indicator() {
	}

	Indicator(String code) {
		this.code = code;
	}

	void change(String nameZh, String nameEn, String unit, Direction direction, Nature nature, PathShape path,
			IndicatorView.Origin origin, String numeratorCode, String denominatorCode, int displayScale,
			String definitionZh, String definitionEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.unit = unit;
		this.direction = direction;
		this.nature = nature;
		this.path = path;
		this.origin = origin;
		this.numeratorCode = numeratorCode;
		this.denominatorCode = denominatorCode;
		this.displayScale = (short) displayScale;
		this.definitionZh = definitionZh;
		this.definitionEn = definitionEn;
	}

	IndicatorCmd toCmd() {
		return new IndicatorCmd(code, nameZh, nameEn, unit, direction.name(), nature.name(), path.name(), origin.name(),
				numeratorCode, denominatorCode, String.valueOf(displayScale), definitionZh, definitionEn);
	}

	public IndicatorView toView() {
		return new IndicatorView(code, nameZh, nameEn, unit, direction, nature, path, origin, numeratorCode,
				denominatorCode, displayScale, definitionZh, definitionEn, districtReported, cumulativeWithinPlanPeriod);
	}

}
