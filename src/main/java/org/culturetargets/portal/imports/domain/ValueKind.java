package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.figures.StagedFigures;
import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

/**
 * Indicator values (SPEC §9 {@code values}): one figure of an indicator for an area or group and a period, provisional
 * (快报) or final (正式, also read as 年报), keyed by the four; the figures module checks and merges them.
 */
@Component
class ValueKind implements Kind {

	/** {@code numeric(20, 6)}, as the admin forms take it: at most 14 digits before the point and 6 after it. */
	static final int MAX_INTEGER_DIGITS = 14;

	static final int MAX_SCALE = 6;

	/** An exact amount that fits {@code numeric(20, 6)}, of either sign. */
	static CellType amount() {
		return (text, names) -> {
			BigDecimal value = Cells.number(text).stripTrailingZeros();
			if (Math.max(value.scale(), 0) > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
				throw new CellProblem("imports.problem.digits", MAX_INTEGER_DIGITS, MAX_SCALE);
			}
			return Cells.number(text).toPlainString();
		};
	}

	private final StagedFigures figures;

	ValueKind(StagedFigures figures) {
		this.figures = figures;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.VALUES;
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.required("indicator", "指标代码", Cells.code(60, false), "added_value", "indicator_code"),
				Column.required("area", "地区代码", Cells.scope(), "330106", "scope_code"),
				Column.required("period", "期别", Cells.period(), "2025", "period"),
				Column.required("value", "数值", amount(), new BigDecimal("312.5"), "value"),
				Column.optional("status", "数据状态",
						Cells.choice("PROVISIONAL:provisional,快报", "FINAL:final,正式,年报"),
						"正式", "status"),
				Column.optional("note", "备注", Cells.text(500), "初步核算数", "note"),
				Column.optional("source", "来源", Cells.text(500), "杭州市统计年鉴 2025，表 3-2", "source"));
	}

	@Override
	public String stagingTable() {
		return "imports.stage_value";
	}

	@Override
	public StagedMerge owner() {
		return figures.values();
	}

	@Override
	public boolean judgedByReportRules() {
		return true;
	}

}
