package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.culturetargets.portal.shared.Period;

/**
 * The values of demo mode's quarterly reports, in plain Java: every district's five reported indicators for the eight
 * quarters before the current one and for the current one, deterministic (a fixed seed). Shaped like Hangzhou: 余杭
 * holds some 57 % of the city's cultural added value (published for 2025: 2075 亿元), the western counties a few per
 * cent; flows are year-to-date (累计) and grow by a few per cent a year, stocks rise slowly. A handful of values are
 * the mistakes and events a reviewer meets, each in one district and quarter, so that every validation rule can be
 * seen firing ({@link Anomaly}); everywhere else the values pass.
 */
final class DemoFigures {

	/** How many quarters before the current one every district has reports of: two years. */
	static final int HISTORY_QUARTERS = 8;

	/**
	 * A district's 2025 values: added value, output ÷ added value, GDP (亿元), employment (万人), talents (人); and the
	 * yearly growth of its added value and output.
	 */
	private record District(String code, double addedValue, double outputRatio, double gdp, double employment,
			int talents, double growth) {
	}

	private static final List<District> DISTRICTS = List.of(
			new District("330102", 250, 3.2, 2900, 3.2, 16, 1.06),
			new District("330105", 180, 3.1, 1700, 2.6, 12, 1.05),
			new District("330106", 280, 3.4, 1800, 4.0, 18, 1.07),
			new District("330108", 300, 3.2, 2600, 4.4, 14, 1.08),
			new District("330109", 150, 3.0, 2500, 2.2, 10, 1.05),
			new District("330110", 2075, 3.3, 3300, 9.0, 20, 1.09),
			new District("330111", 50, 2.9, 1050, 0.9, 6, 1.04),
			new District("330112", 30, 2.8, 720, 0.6, 5, 1.04),
			new District("330113", 60, 3.0, 1150, 1.0, 7, 1.06),
			new District("330114", 70, 3.1, 1200, 1.1, 8, 1.07),
			new District("330122", 20, 2.8, 500, 0.4, 4, 1.03),
			new District("330127", 12, 2.7, 300, 0.3, 3, 1.03),
			new District("330182", 15, 2.7, 460, 0.35, 3, 1.03));

	/** A value that a rule is meant to catch, with the district's note on it (or the reason of its correction). */
	enum Anomaly {
		/**
		 * 淳安 typed added value and GDP into each other's fields (a part above its whole) in the latest fourth quarter,
		 * approved before the validation rules existed: no note, as nobody saw it.
		 */
		SWAPPED_FIELDS("330127", null),
		/** 西湖 corrected its second quarter upwards after its third was approved: Q3 累计 below Q2 累计. */
		CORRECTED_SECOND_QUARTER("330106", "二季度更正：补录一家重点企业的全年合同收入。"),
		/** 桐庐: a film base's one-off contract in a first quarter, far above last year's. */
		ONE_OFF_CONTRACT("330122", "新建影视基地一季度一次性确认大额合同收入。"),
		/** 钱塘: employment counted with an event's temporary staff for one quarter, far from its own history. */
		EVENT_STAFF("330114", "本季度含大型赛事临时用工，下季度恢复常规口径。");

		final String area;

		final String note;

		Anomaly(String area, String note) {
			this.area = area;
			this.note = note;
		}

	}

	/** One district's values of one quarter (the first revision; the correction of {@link Anomaly#CORRECTED_SECOND_QUARTER} is separate). */
	record QuarterValues(String area, Period period, Map<String, BigDecimal> values, Map<String, String> notes) {
	}

	private final Period current;

	DemoFigures(Period current) {
		this.current = current;
	}

	static List<String> districts() {
		return DISTRICTS.stream().map(District::code).toList();
	}

	/** The eight quarters before the current one, oldest first. */
	List<Period> history() {
		List<Period> quarters = new ArrayList<>();
		Period p = current;
		for (int i = 0; i < HISTORY_QUARTERS; i++) {
			p = ValueFacts.previousQuarter(p);
			quarters.add(0, p);
		}
		return quarters;
	}

	/** The latest quarter before the current one that is the {@code quarter}th of its year. */
	Period latestBefore(int quarter) {
		Period p = ValueFacts.previousQuarter(current);
		while (p.endQuarter() != quarter) {
			p = ValueFacts.previousQuarter(p);
		}
		return p;
	}

	/** Where each anomaly is: its quarter. */
	Period quarterOf(Anomaly anomaly) {
		return switch (anomaly) {
			case SWAPPED_FIELDS -> latestBefore(4);
			case CORRECTED_SECOND_QUARTER -> latestBefore(3);
			case ONE_OFF_CONTRACT -> latestBefore(1);
			case EVENT_STAFF -> history().get(HISTORY_QUARTERS - 2);
		};
	}

	/** The district's values of the quarter, as reported first. */
	QuarterValues of(String area, Period period) {
		District d = DISTRICTS.stream().filter(x -> x.code.equals(area)).findFirst().orElseThrow();
		// noise of its own per district and quarter (SplittableRandom mixes near seeds apart; Random would not), so
		// that a value does not depend on which others were made
		SplittableRandom random = new SplittableRandom(area.hashCode() * 1_000_003L + period.year() * 10L + period.endQuarter());
		int quarter = period.endQuarter();
		double years = period.year() - 2025 + (quarter - 4) / 4.0;
		// year-to-date flows: the year's level grows through the year, so that a quarter's pace (÷ quarters × 4) rises
		// smoothly from the last, as the own-history rule expects of a district with nothing unusual
		double added = d.addedValue * Math.pow(d.growth, years) * quarter / 4 * noise(random, 0.003);
		double output = added * d.outputRatio * noise(random, 0.003);
		double gdp = d.gdp * Math.pow(1.055, years) * quarter / 4 * noise(random, 0.002);
		// stocks rise slowly and wander a little, as counts do: employment by some tenths of a per cent, talents by a
		// person (the smallest counties' by none downwards, or a move of one in three would be beyond ±50 %)
		double employment = d.employment * (1 + 0.02 * years) * noise(random, 0.005);
		long talents = Math.round(d.talents * (1 + 0.06 * years)) + random.nextInt(d.talents < 8 ? 0 : -1, 2);
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		if (area.equals(Anomaly.ONE_OFF_CONTRACT.area) && period.equals(quarterOf(Anomaly.ONE_OFF_CONTRACT))) {
			output *= 1.8;
			added *= 1.8;
			notes.put("total_output", Anomaly.ONE_OFF_CONTRACT.note);
			notes.put("added_value", Anomaly.ONE_OFF_CONTRACT.note);
		}
		if (area.equals(Anomaly.EVENT_STAFF.area) && period.equals(quarterOf(Anomaly.EVENT_STAFF))) {
			employment *= 1.3;
			notes.put("employment", Anomaly.EVENT_STAFF.note);
		}
		if (area.equals(Anomaly.SWAPPED_FIELDS.area) && period.equals(quarterOf(Anomaly.SWAPPED_FIELDS))) {
			double swapped = added;
			added = gdp;
			gdp = swapped;
		}
		values.put("added_value", scaled(added, 2));
		values.put("total_output", scaled(output, 2));
		values.put("gdp", scaled(gdp, 2));
		values.put("employment", scaled(employment, 3));
		values.put("cultural_talents", BigDecimal.valueOf(talents));
		return new QuarterValues(area, period, values, notes);
	}

	/** 西湖's second quarter as corrected: its added value and output above what its third quarter reported. */
	QuarterValues correction() {
		Period third = quarterOf(Anomaly.CORRECTED_SECOND_QUARTER);
		Period second = Period.ofQuarter(third.year(), 2);
		QuarterValues first = of(Anomaly.CORRECTED_SECOND_QUARTER.area, second);
		QuarterValues later = of(Anomaly.CORRECTED_SECOND_QUARTER.area, third);
		Map<String, BigDecimal> values = new LinkedHashMap<>(first.values());
		Map<String, String> notes = new LinkedHashMap<>();
		for (String flow : List.of("added_value", "total_output")) {
			values.put(flow, later.values().get(flow).multiply(new BigDecimal("1.04")).setScale(2, RoundingMode.HALF_UP));
			notes.put(flow, Anomaly.CORRECTED_SECOND_QUARTER.note);
		}
		return new QuarterValues(first.area(), second, values, notes);
	}

	/** A factor within ± the share. */
	private static double noise(SplittableRandom random, double share) {
		return 1 + random.nextDouble(-share, share);
	}

	private static BigDecimal scaled(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

}
