package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.PlanLevel;
import org.culturetargets.portal.plans.StagedReferenceData;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

/**
 * Plans and their targets (SPEC §9 {@code plans}): one row per target, the plan's columns repeated on its rows,
 * keyed by plan, indicator, scope, kind and target year; the plans module checks and merges them.
 */
@Component
class PlanKind implements Kind {

	/** A plan's columns, repeated on each of its rows. */
	private static final List<Column> PLAN_COLUMNS = List.of(
			Column.optional("plan_title_zh", "计划名称", Cells.text(300), "杭州市文化产业发展“十五五”规划", "title_zh"),
			Column.optional("plan_title_en", "计划英文名称", Cells.text(300),
					"Hangzhou 15th Five-Year Plan for Cultural Industries", "title_en"),
			Column.optional("issuer_zh", "发文机关", Cells.text(200), "杭州市人民政府办公厅", "issuer_zh"),
			Column.optional("issuer_en", "发文机关英文名", Cells.text(200),
					"General Office of the Hangzhou Municipal Government", "issuer_en"),
			Column.optional("level", "层级", Cells.choice(PlanLevel.values(), Enum::name, PlanKind::names), "市级",
					"level"),
			Column.optional("home_scope", "适用地区", Cells.scope(), "330100", "home_scope"),
			Column.optional("period_start", "起始年", Cells.year(), 2026, "period_start"),
			Column.optional("period_end", "结束年", Cells.year(), 2030, "period_end"),
			Column.optional("plan_baseline_year", "规划基期年", Cells.year(), 2025, "plan_baseline_year"),
			Column.optional("plan_source", "规划来源", Cells.text(300), "杭政办发〔2026〕1号", "plan_source"));

	private final StagedReferenceData referenceData;

	PlanKind(StagedReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	private static List<String> names(PlanLevel level) {
		return switch (level) {
			case NATIONAL -> List.of("国家级", "国家");
			case PROVINCIAL -> List.of("省级", "省");
			case MUNICIPAL -> List.of("市级", "市");
			case DISTRICT -> List.of("区县级", "区县", "区级");
		};
	}

	private static List<String> names(TargetKind kind) {
		return switch (kind) {
			case LEVEL -> List.of("达到", "水平");
			case GROWTH -> List.of("增长", "增速");
			case MAINTAIN -> List.of("保持", "维持");
			case MONITOR -> List.of("监测");
		};
	}

	private static List<String> names(Comparator comparator) {
		return switch (comparator) {
			case GE -> List.of("≥", "GE", "不低于", "不少于");
			case GT -> List.of("GT", "超过");
			case LE -> List.of("≤", "LE", "不高于", "不超过");
			case LT -> List.of("LT", "低于");
		};
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PLANS;
	}

	@Override
	public List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.required("plan", "计划代码", Cells.code(40, true), "HZ-15FYP", "plan_code"));
		columns.addAll(PLAN_COLUMNS);
		columns.addAll(List.of(Column.required("indicator", "指标代码", Cells.code(60, false), "added_value", "indicator_code"),
				Column.required("scope", "目标地区", Cells.scope(), "330100", "scope_code"),
				Column.required("kind", "目标类型", Cells.choice(TargetKind.values(), Enum::name, PlanKind::names), "达到",
						"kind"),
				Column.optional("comparator", "比较符",
						Cells.choice(Comparator.values(), Comparator::symbol, PlanKind::names), "≥", "comparator"),
				Column.optional("baseline", "基期值", ValueKind.amount(), new BigDecimal("2285"), "baseline_value"),
				Column.required("baseline_year", "基期年", Cells.year(), 2025, "baseline_year"),
				Column.optional("target", "目标值", ValueKind.amount(), new BigDecimal("3500"), "target_value"),
				Column.required("target_year", "目标年", Cells.year(), 2030, "target_year"),
				Column.optional("wording", "原文表述", Cells.text(300), "力争达到 3500 亿元左右", "wording"),
				Column.required("source", "来源", Cells.text(300), "杭政办发〔2026〕1号，表 1 第 1 行", "source")));
		return columns;
	}

	@Override
	public String stagingTable() {
		return "imports.stage_plan";
	}

	@Override
	public StagedMerge owner() {
		return referenceData.plans();
	}

}
