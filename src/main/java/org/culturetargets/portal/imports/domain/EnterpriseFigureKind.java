package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.registry.EnterpriseFigureRules;
import org.culturetargets.portal.registry.StagedRegistry;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

/**
 * Enterprises' quarterly figures (SPEC §9 {@code enterprise-figures}): year-to-date revenue in 万元 and the
 * head-count, keyed by credit code and quarter. The enterprises must be in the registry already.
 */
@Component
class EnterpriseFigureKind implements Kind {

	private final StagedRegistry registry;

	EnterpriseFigureKind(StagedRegistry registry) {
		this.registry = registry;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ENTERPRISE_FIGURES;
	}

	@Override
	public List<Column> columns() {
		CellType revenue = Cells.decimal(EnterpriseFigureRules.REVENUE_SCALE, true, EnterpriseFigureRules.MAX_REVENUE);
		return List.of(
				Column.required("credit_code", "统一社会信用代码", Cells.creditCode(), "91330106MA2H0RD121", "credit_code"),
				Column.required("period", "期别", Cells.quarter(), "2025Q4", "period"),
				Column.required("revenue", "营业收入（万元，本年累计）", revenue, new BigDecimal("12345.67"), "revenue"),
				Column.optional("employees", "从业人员（人）", Cells.wholeNumber(0, 10_000_000), 230, "employees"));
	}

	@Override
	public String stagingTable() {
		return "imports.stage_enterprise_figure";
	}

	@Override
	public StagedMerge owner() {
		return registry.enterpriseFigures();
	}

}
