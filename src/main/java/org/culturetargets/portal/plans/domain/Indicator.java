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

	protected Indicator() {
	}

	public IndicatorView toView() {
		return new IndicatorView(code, nameZh, nameEn, unit, direction, nature, path, origin, numeratorCode,
				denominatorCode, displayScale, definitionZh, definitionEn, districtReported);
	}

}
