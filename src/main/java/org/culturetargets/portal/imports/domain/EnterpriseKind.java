package org.culturetargets.portal.imports.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.registry.EnterpriseRules;
import org.culturetargets.portal.registry.StagedRegistry;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

/**
 * The enterprise registry (SPEC §9 {@code enterprises}), keyed by credit code. The industry class is written as
 * its four-digit code or its Chinese name, the park by its name; the registry resolves both.
 */
@Component
class EnterpriseKind implements Kind {

	private final StagedRegistry registry;

	EnterpriseKind(StagedRegistry registry) {
		this.registry = registry;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ENTERPRISES;
	}

	@Override
	public List<Column> columns() {
		return List.of(
				Column.required("credit_code", "统一社会信用代码", Cells.creditCode(), "91330106MA2H0RD121", "credit_code"),
				Column.required("name", "企业名称", Cells.text(EnterpriseRules.MAX_NAME), "杭州某某文化科技有限公司", "name"),
				Column.required("area", "所属地区", Cells.area(), "西湖区", "area_code"),
				Column.required("industry_class", "行业小类代码", Cells.code(100, true), "0133", "industry_class"),
				Column.required("above_size", "是否规上", Cells.flag(), "是", "above_size"),
				Column.optional("digital", "是否数字文化", Cells.flag(), "", "digital"),
				Column.optional("listed", "是否上市", Cells.flag(), "否", "listed"),
				Column.optional("stock_code", "股票代码", Cells.code(EnterpriseRules.MAX_STOCK_CODE, true), "", "stock_code"),
				Column.optional("leading", "是否龙头", Cells.flag(), "否", "leading_enterprise"),
				Column.optional("headquarters", "是否总部", Cells.flag(), "否", "headquarters"),
				Column.optional("export_key", "是否出口重点", Cells.flag(), "否", "export_key"),
				Column.optional("park", "所属园区", Cells.text(100), "", "park"));
	}

	@Override
	public String stagingTable() {
		return "imports.stage_enterprise";
	}

	@Override
	public StagedMerge owner() {
		return registry.enterprises();
	}

}
