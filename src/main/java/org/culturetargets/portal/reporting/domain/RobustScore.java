package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * How far a value lies from a sample, robustly: z = 0.6745 × (x − median) ÷ MAD (Iglewicz and Hoaglin), so that
 * one wild value in the sample does not hide another. Where more than half the sample is equal, MAD is 0 and the
 * mean absolute deviation stands in (z = (x − median) ÷ (1.2533 × meanAD)); where every value is equal there is
 * no spread at all and {@code z} is null: then any other value is an outlier.
 */
record RobustScore(BigDecimal median, BigDecimal z) {

	private static final MathContext MC = MathContext.DECIMAL64;

	private static final BigDecimal MAD_FACTOR = new BigDecimal("0.6745");

	private static final BigDecimal MEAN_AD_FACTOR = new BigDecimal("1.253314");

	static RobustScore of(BigDecimal x, List<BigDecimal> sample) {
		BigDecimal median = median(sample);
		BigDecimal mad = median(sample.stream().map(v -> v.subtract(median).abs()).toList());
		BigDecimal deviation = x.subtract(median);
		if (mad.signum() != 0) {
			return new RobustScore(median, MAD_FACTOR.multiply(deviation).divide(mad, MC).setScale(2, RoundingMode.HALF_UP));
		}
		BigDecimal meanAd = sample.stream().map(v -> v.subtract(median).abs()).reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(sample.size()), MC);
		if (meanAd.signum() != 0) {
			return new RobustScore(median, deviation.divide(MEAN_AD_FACTOR.multiply(meanAd), MC).setScale(2, RoundingMode.HALF_UP));
		}
		return new RobustScore(median, deviation.signum() == 0 ? BigDecimal.ZERO : null);
	}

	/** Beyond the threshold, or away from a sample without spread. */
	boolean beyond(BigDecimal threshold) {
		return z == null || z.abs().compareTo(threshold) > 0;
	}

	static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
	}

}
