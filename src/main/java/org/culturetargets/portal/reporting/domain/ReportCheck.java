package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.shared.Decimals;

/**
 * The checks of an entered report's input (SPEC §4 Reporting). Errors block saving: not a number, negative, a share
 * above 100, more than the database holds, and on submit a missing value. What the values are compared with (last
 * year, the other districts, the district's history) is the validation rules' part ({@link QualityRules}).
 */
public final class ReportCheck {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final int MAX_NOTE = 500;

	static final int MAX_NARRATIVE = 4000;

	private static final BigDecimal TOO_LARGE = new BigDecimal("1E14");

	private static final int MAX_SCALE = 6;

	private ReportCheck() {
	}

	/** The result: the values as numbers (in the order of the indicators) and what is wrong with them. */
	public record Checked(Map<String, ReportValue> values, List<Finding> findings) {

		public boolean hasErrors() {
			return findings.stream().anyMatch(Finding::error);
		}

		public List<Finding> errors() {
			return findings.stream().filter(Finding::error).toList();
		}

	}

	public static Checked check(List<IndicatorView> indicators, SaveReportCmd cmd, boolean submitting) {
		List<Finding> findings = new ArrayList<>();
		Map<String, SaveReportCmd.ValueInput> inputs = cmd.values() == null ? Map.of() : cmd.values();
		inputs.keySet().stream()
			.filter(code -> indicators.stream().noneMatch(i -> i.code().equals(code)))
			.forEach(code -> findings.add(Finding.error(Finding.valueField(code), code, "report.error.unknownIndicator", code)));
		if (cmd.narrative() != null && cmd.narrative().length() > MAX_NARRATIVE) {
			findings.add(Finding.error("narrative", null, "report.error.narrativeTooLong", MAX_NARRATIVE));
		}
		Map<String, ReportValue> values = new LinkedHashMap<>();
		for (IndicatorView indicator : indicators) {
			SaveReportCmd.ValueInput input = inputs.get(indicator.code());
			String note = input == null ? null : blankToNull(input.note());
			BigDecimal value = parse(indicator, input == null ? null : input.value(), findings);
			if (note != null && note.length() > MAX_NOTE) {
				findings.add(Finding.error(Finding.noteField(indicator.code()), indicator.code(),
						"report.error.noteTooLong", indicator.code(), MAX_NOTE));
			}
			if (value == null && submitting && !hasError(findings, indicator.code())) {
				findings.add(Finding.error(Finding.valueField(indicator.code()), indicator.code(), "report.error.missing",
						indicator.code()));
			}
			values.put(indicator.code(), new ReportValue(indicator.code(), value, note));
		}
		return new Checked(values, List.copyOf(findings));
	}

	/** Growth in % on last year's same quarter, to one decimal; null where it cannot be computed. */
	public static BigDecimal growth(BigDecimal value, BigDecimal lastYear) {
		if (value == null || lastYear == null || lastYear.signum() == 0) {
			return null;
		}
		return value.subtract(lastYear).multiply(HUNDRED).divide(lastYear.abs(), 1, RoundingMode.HALF_UP);
	}

	/** The typed value of an indicator if saving would accept it; null if not (or blank). */
	public static BigDecimal acceptable(IndicatorView indicator, String text) {
		List<Finding> findings = new ArrayList<>();
		BigDecimal value = parse(indicator, text, findings);
		return findings.isEmpty() ? value : null;
	}

	private static BigDecimal parse(IndicatorView indicator, String text, List<Finding> findings) {
		String trimmed = blankToNull(text);
		if (trimmed == null) {
			return null;
		}
		String code = indicator.code();
		String field = Finding.valueField(code);
		BigDecimal value;
		try {
			value = Decimals.parse(trimmed.replace(",", ""));
		}
		catch (Decimals.OutOfBounds e) {
			findings.add(Finding.error(field, code, "report.error.outOfRange", code, trimmed, MAX_SCALE));
			return null;
		}
		catch (NumberFormatException e) {
			findings.add(Finding.error(field, code, "report.error.notANumber", code, trimmed));
			return null;
		}
		if (value.signum() < 0) {
			findings.add(Finding.error(field, code, "report.error.negative", code, trimmed));
			return null;
		}
		if ("%".equals(indicator.unit()) && value.compareTo(HUNDRED) > 0) {
			findings.add(Finding.error(field, code, "report.error.shareAbove100", code, trimmed));
			return null;
		}
		if (value.compareTo(TOO_LARGE) >= 0 || value.stripTrailingZeros().scale() > MAX_SCALE) {
			findings.add(Finding.error(field, code, "report.error.outOfRange", code, trimmed, MAX_SCALE));
			return null;
		}
		return value;
	}

	private static boolean hasError(List<Finding> findings, String indicatorCode) {
		return findings.stream().anyMatch(f -> f.error() && indicatorCode.equals(f.indicatorCode()));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
