package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How numbers appear on pages ({@code @displayFormat} in templates): grouped, at the indicator's display
 * precision, with a dash for a missing value. The same rounding as the evaluation, so a shown value and its
 * status colour never disagree.
 */
@Component
public class DisplayFormat {

	private static final String MISSING = "—";

	public String number(BigDecimal value, int scale) {
		if (value == null) {
			return MISSING;
		}
		DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value.setScale(scale, RoundingMode.HALF_UP));
	}

	/** A fraction (0.9123) as a percentage with one decimal (91.2%). */
	public String percent(BigDecimal fraction) {
		return fraction == null ? MISSING : number(fraction.movePointRight(2), 1) + "%";
	}

	/** A plain ratio such as r, with the two decimals the evaluation compares it at. */
	public String ratio(BigDecimal value) {
		return number(value, 2);
	}

}
