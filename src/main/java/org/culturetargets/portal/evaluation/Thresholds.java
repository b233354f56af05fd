package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The progress ratios at which a target turns from off track to at risk ({@code atRisk}) and from at risk
 * to on track ({@code onTrack}). They are settings, so a city can be stricter or more lenient.
 */
public record Thresholds(BigDecimal onTrack, BigDecimal atRisk) {

	public Thresholds {
		Objects.requireNonNull(onTrack, "onTrack");
		Objects.requireNonNull(atRisk, "atRisk");
		if (atRisk.compareTo(onTrack) > 0) {
			throw new IllegalArgumentException("at-risk threshold " + atRisk + " is above on-track threshold " + onTrack);
		}
	}

	/** On track from r = 1.0, at risk from r = 0.8 (SPEC §3). */
	public static Thresholds defaults() {
		return new Thresholds(new BigDecimal("1.0"), new BigDecimal("0.8"));
	}

}
