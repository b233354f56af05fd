package org.culturetargets.portal.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.Unit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How numbers, dates and units appear on pages ({@code @displayFormat} in templates): grouped, at the indicator's
 * display precision, with a dash for a missing value. The same rounding as the evaluation, so a shown value and
 * its status colour never disagree.
 */
@Component
public class DisplayFormat {

	private static final String MISSING = "—";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final MessageSource messages;

	public DisplayFormat(MessageSource messages) {
		this.messages = messages;
	}

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

	/** A fraction as the filled part (0 to 100) of a completion bar: beyond 100 % the bar is simply full. */
	public String bar(BigDecimal fraction) {
		BigDecimal percent = fraction == null ? BigDecimal.ZERO : fraction.movePointRight(2);
		return percent.max(BigDecimal.ZERO).min(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** A date as the language writes it: 2021年6月30日, or June 30, 2021. */
	public String date(LocalDate date, Locale locale) {
		return date == null ? MISSING : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/**
	 * A period as an official writes it: 2026年三季度 or 2026年, Q3 2026 or 2026. Codes (2026Q3) stay in addresses,
	 * files and the API; a person reads this. Takes a {@link Period} or its code (a record's text field), so that
	 * templates need not know which they hold; text that is no period is shown as it is.
	 */
	public String period(Object period, Locale locale) {
		Period known = known(period);
		if (known == null) {
			return period == null || period.toString().isBlank() ? MISSING : period.toString();
		}
		String key = known.isAnnual() ? "period.year" : "period.quarter." + known.quarter();
		return messages.getMessage(key, new Object[] { String.valueOf(known.year()) }, locale);
	}

	/**
	 * A year-to-date flow's quarter as the months it covers: 2026年1—9月（累计）, Jan–Sep 2026 (year to date); a year
	 * is the year. What a quarterly figure of added value or revenue is.
	 */
	public String periodToDate(Object period, Locale locale) {
		Period known = known(period);
		if (known == null || known.isAnnual()) {
			return period(period, locale);
		}
		return messages.getMessage("period.toDate." + known.quarter(), new Object[] { String.valueOf(known.year()) },
				locale);
	}

	/** A figure's period: the months to date for a flow ({@code flow} true), the quarter for a level at its end. */
	public String period(Object period, boolean flow, Locale locale) {
		return flow ? periodToDate(period, locale) : period(period, locale);
	}

	private static Period known(Object period) {
		if (period instanceof Period known) {
			return known;
		}
		if (period instanceof String code && !code.isBlank()) {
			try {
				return Period.parse(code);
			}
			catch (IllegalArgumentException notAPeriod) {
				return null;
			}
		}
		return null;
	}

	/** The unit in the page's language (亿元 is "100 million yuan" in English); an unknown unit as it is. */
	public String unit(String unit, Locale locale) {
		return Unit.of(unit).map(known -> messages.getMessage(known.messageKey(), null, unit, locale)).orElse(unit);
	}

}
