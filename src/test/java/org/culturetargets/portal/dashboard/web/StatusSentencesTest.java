package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.culturetargets.portal.evaluation.Observation;
import org.culturetargets.portal.evaluation.ProgressEvaluator;
import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.evaluation.StatusSentence;
import org.culturetargets.portal.evaluation.TargetEvaluation;
import org.culturetargets.portal.evaluation.Thresholds;
import org.culturetargets.portal.evaluation.YearGrowth;
import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one sentence that decides a status (issue 13), in both languages, from the plain rules of the evaluation:
 * numbers at display precision, a growth as a rate, the periods that fell short once each.
 */
class StatusSentencesTest {

	private static final Locale ZH = Locale.CHINESE;

	private static final Locale EN = Locale.ENGLISH;

	private static final Thresholds THRESHOLDS = Thresholds.defaults();

	private final StatusSentences sentences = sentences();

	private static StatusSentences sentences() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new StatusSentences(messages, new DisplayFormat(messages));
	}

	/** 文化产业增加值 (亿元, two decimals), 2020 → 2025 on the compound path. */
	private static final IndicatorView ADDED_VALUE = indicator("added_value", "亿元", 2, Nature.FLOW, PathShape.COMPOUND);

	private static final IndicatorView REVENUE = indicator("above_size_revenue", "亿元", 2, Nature.FLOW, PathShape.COMPOUND);

	private static final IndicatorView RATE = indicator("project_start_completion_rate", "%", 1, Nature.STOCK,
			PathShape.LINEAR);

	private static final IndicatorView COUNT = indicator("licensed_online_dramas", "部", 0, Nature.STOCK,
			PathShape.LINEAR);

	private static IndicatorView indicator(String code, String unit, int scale, Nature nature, PathShape path) {
		return new IndicatorView(code, code, code, unit, Direction.HIGHER, nature, path, IndicatorView.Origin.REPORTED,
				null, null, scale, null, null, false, false);
	}

	private static TargetView target(TargetKind kind, String comparator, String baseline, int baselineYear,
			String target, int targetYear) {
		return new TargetView(1, "HZ-14FYP", "added_value", "330100", kind,
				comparator == null ? null : Comparator.ofSymbol(comparator), decimal(baseline), baselineYear,
				decimal(target), targetYear, null, "technical");
	}

	private static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}

	private String both(TargetView target, IndicatorView indicator, TargetEvaluation evaluation) {
		StatusSentence sentence = StatusSentence.of(target, indicator, evaluation, THRESHOLDS);
		return sentences.text(sentence, ZH) + " | " + sentences.text(sentence, EN);
	}

	/** The level targets, judged by the rules on a series as of a period. */
	@ParameterizedTest(name = "{0} as of {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2023=3211                 | 2026 | A=3,211.00 ≥ T=3,000.00，已实现；2025年终值待公布 | A=3,211.00 ≥ T=3,000.00: achieved; the final value of 2025 is still to be published
			2023=3211                 | 2023 | A=3,211.00 ≥ T=3,000.00，已实现；2025年终值待公布 | A=3,211.00 ≥ T=3,000.00: achieved; the final value of 2025 is still to be published
			2023=3211 2025=3350.456   | 2025 | 2025年终值 A=3,350.46 ≥ T=3,000.00，已实现 | Final value of 2025 A=3,350.46 ≥ T=3,000.00: achieved
			2023=2800 2025=2900       | 2025 | 2025年终值 A=2,900.00，未达到 T ≥ 3,000.00，未实现 | Final value of 2025 A=2,900.00 does not meet T ≥ 3,000.00: missed
			2021=2450                 | 2021 | 进度比 r=1.29 ≥ 1.00，进度正常 | Progress ratio r=1.29 ≥ 1.00: on track
			2021=2390                 | 2021 | 0.80 ≤ 进度比 r=0.82 < 1.00，存在风险 | 0.80 ≤ progress ratio r=0.82 < 1.00: at risk
			2021=2300                 | 2021 | 进度比 r=0.12 < 0.80，进度滞后 | Progress ratio r=0.12 < 0.80: off track
			2021=2200                 | 2021 | 进度比 r=-0.66 < 0.80，进度滞后 | Progress ratio r=-0.66 < 0.80: off track
			2024=2700                 | 2026 | 进度比 r=0.75 < 0.80，进度滞后；2025年终值待公布 | Progress ratio r=0.75 < 0.80: off track; the final value of 2025 is still to be published
			2019=2000                 | 2021 | 基期后暂无数据，无法判定 | No value after the baseline year yet: no verdict
			""")
	void aLevelTargetEndsInTheSentenceThatDecidesIt(String series, String asOf, String zh, String en) {
		TargetView target = target(TargetKind.LEVEL, ">=", "2285", 2020, "3000", 2025);
		TargetEvaluation evaluation = new ProgressEvaluator(THRESHOLDS).evaluate(target, ADDED_VALUE, parse(series),
				Period.parse(asOf));
		assertThat(both(target, ADDED_VALUE, evaluation)).isEqualTo(zh + " | " + en);
	}

	@Test
	void aLevelTargetWithoutBaselineSaysSo() {
		TargetView target = target(TargetKind.LEVEL, ">", null, 2022, "2800", 2025);
		TargetEvaluation evaluation = new ProgressEvaluator(THRESHOLDS).evaluate(target, ADDED_VALUE,
				parse("2023=2700"), Period.ofYear(2024));
		assertThat(evaluation.status()).isEqualTo(Status.NO_BASELINE);
		assertThat(both(target, ADDED_VALUE, evaluation)).isEqualTo(
				"A=2,700.00 尚未达到 T > 2,800.00，缺基期值，无法判断进度"
						+ " | A=2,700.00 has not reached T > 2,800.00; without a baseline, progress cannot be judged");
	}

	@Test
	void aLevelTargetThatExpectsNoChangeYetComparesWithTheBaseline() {
		TargetView target = target(TargetKind.LEVEL, ">=", "2285", 2020, "3000", 2025);
		TargetEvaluation holding = evaluation(Status.ON_TRACK, "2285.00", Period.ofYear(2020), null, false);
		TargetEvaluation falling = evaluation(Status.OFF_TRACK, "2200.00", Period.ofYear(2020), null, false);
		assertThat(both(target, ADDED_VALUE, holding)).isEqualTo(
				"路径尚未要求增长，A=2,285.00 不低于基期值 B=2,285.00，进度正常"
						+ " | The path expects no growth yet and A=2,285.00 is not below the baseline B=2,285.00: on track");
		assertThat(both(target, ADDED_VALUE, falling)).startsWith("A=2,200.00 低于基期值 B=2,285.00，进度滞后 | ");
	}

	/** A growth target's actual is a rate in percent with one decimal, never an amount in 亿元. */
	@ParameterizedTest(name = "{0} as of {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2022=100 2023=109.9                          | 2023   | 2023年增长 9.9%，未达到 > 10.0%，进度滞后 | Growth of 9.9% in 2023 does not reach > 10.0%: off track
			2022=100 2023=112                            | 2023   | 2023年增长 12.0% > 10.0%，进度正常 | Growth of 12.0% in 2023 > 10.0%: on track
			2022=100 2023=112 2024=124 2025=137          | 2025   | 各年增速均 > 10.0%（2025年增长 10.5%），已实现 | Growth > 10.0% in every year (10.5% in 2025): achieved
			2022=100 2023=105 2024=116 2025=118          | 2025   | 2023年、2025年增速未达到 > 10.0%，未实现 | Growth did not reach > 10.0% in 2023, 2025: missed
			2022Q3=50 2023=112 2023Q3=56 2024Q3=60       | 2024Q3 | 2024年三季度增长 7.1%，未达到 > 10.0%，进度滞后 | Growth of 7.1% in Q3 2024 does not reach > 10.0%: off track
			""")
	void aGrowthTargetShowsItsActualAsARate(String series, String asOf, String zh, String en) {
		TargetView target = target(TargetKind.GROWTH, ">", null, 2022, "10", 2025);
		TargetEvaluation evaluation = new ProgressEvaluator(THRESHOLDS).evaluate(target, REVENUE, parse(series),
				Period.parse(asOf));
		String text = both(target, REVENUE, evaluation);
		assertThat(text).isEqualTo(zh + " | " + en).doesNotContain("亿元", "100 million");
	}

	/** A floor in every period: the periods that fell short, once each (a year and its fourth quarter are one). */
	@ParameterizedTest(name = "{0} as of {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2021=92 2022=95                      | 2022   | 各期均 ≥ 90.0，进度正常 | Every period ≥ 90.0 so far: on track
			2021=88 2022=95                      | 2022   | 2021年未达到 ≥ 90.0，最新一期已达到，存在风险 | Below ≥ 90.0 in 2021; the latest period meets it: at risk
			2021=88 2021Q4=88 2022Q3=85 2022=88  | 2022   | 2021年、2022年三季度、2022年未达到 ≥ 90.0，进度滞后 | Below ≥ 90.0 in 2021, Q3 2022, 2022: off track
			2021=90 2022=91 2023=95 2024=93 2025=90 | 2025 | 各期均 ≥ 90.0，已实现 | Every period ≥ 90.0: achieved
			2021=88 2021Q4=88 2022=91 2025=96    | 2025   | 2021年未达到 ≥ 90.0，未实现 | Below ≥ 90.0 in 2021: missed
			""")
	void aMaintainTargetNamesEachPeriodThatFellShortOnce(String series, String asOf, String zh, String en) {
		TargetView target = target(TargetKind.MAINTAIN, ">=", null, 2020, "90", 2025);
		TargetEvaluation evaluation = new ProgressEvaluator(THRESHOLDS).evaluate(target, RATE, parse(series),
				Period.parse(asOf));
		assertThat(both(target, RATE, evaluation)).isEqualTo(zh + " | " + en);
	}

	@Test
	void aWatchedFigureHasNoTarget() {
		TargetView target = target(TargetKind.MONITOR, null, "688", 2025, null, 2030);
		assertThat(both(target, COUNT, new ProgressEvaluator(THRESHOLDS).evaluate(target, COUNT, parse("2025=688"),
				Period.ofYear(2026))))
			.isEqualTo("监测指标，不设目标值；最新值 A=688（2025年） | A figure watched without a target; latest A=688 (2025)");
		assertThat(both(target, COUNT, new ProgressEvaluator(THRESHOLDS).evaluate(target, COUNT, List.of(),
				Period.ofYear(2026))))
			.isEqualTo("监测指标，不设目标值；暂无数据 | A figure watched without a target; no value yet");
	}

	@Test
	void noSentenceOnAChinesePageHasEnglishAndNoEnglishOneHasChinese() {
		TargetView level = target(TargetKind.LEVEL, ">=", "2285", 2020, "3000", 2025);
		for (Status status : List.of(Status.ACHIEVED, Status.MISSED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK,
				Status.NO_DATA)) {
			StatusSentence sentence = StatusSentence.of(level, ADDED_VALUE,
					evaluation(status, "2500.00", Period.ofQuarter(2024, 3), new BigDecimal("0.90"), true), THRESHOLDS);
			assertThat(sentences.text(sentence, ZH)).as(status.name()).doesNotContainPattern("[A-Za-z]{3,}");
			assertThat(sentences.text(sentence, EN)).as(status.name()).doesNotContainPattern("\\p{IsHan}");
		}
	}

	private static TargetEvaluation evaluation(Status status, String actual, Period period, BigDecimal ratio,
			boolean awaitingFinal) {
		return new TargetEvaluation(status, new BigDecimal(actual), period, false, false, null, null, ratio, null, null,
				null, null, false, awaitingFinal, List.of(), List.<YearGrowth>of());
	}

	/** "2021=92 2022Q3=85": the values of a series by period. */
	private static List<Observation> parse(String series) {
		return Arrays.stream(series.trim().split("\\s+"))
			.filter(cell -> !cell.isEmpty())
			.map(cell -> cell.split("="))
			.map(pair -> new Observation(Period.parse(pair[0]), new BigDecimal(pair[1]), false))
			.toList();
	}

}
