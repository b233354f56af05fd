package org.culturetargets.portal.imports.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportKind;

import org.springframework.stereotype.Component;

/**
 * The enterprise registry (SPEC §9 {@code enterprises}), keyed by credit code. The industry class is written as
 * its four-digit code or its Chinese name, the park by its name; both are resolved here, set-based.
 */
@Component
class EnterpriseKind extends RegistryKind {

	private static final String STAGE = "imports.stage_enterprise";

	@Override
	public ImportKind kind() {
		return ImportKind.ENTERPRISES;
	}

	@Override
	public List<Column> columns() {
		return List.of(
				Column.required("credit_code", "统一社会信用代码", Cells.creditCode(), "91330106MA2H0RD121", "credit_code"),
				Column.required("name", "企业名称", Cells.text(200), "杭州某某文化科技有限公司", "name"),
				Column.required("area", "所属地区", Cells.area(), "西湖区", "area_code"),
				Column.required("industry_class", "行业小类代码", Cells.code(100, true), "0133", "industry_class"),
				Column.required("above_size", "是否规上", Cells.flag(), "是", "above_size"),
				Column.optional("digital", "是否数字文化", Cells.flag(), "", "digital"),
				Column.optional("listed", "是否上市", Cells.flag(), "否", "listed"),
				Column.optional("stock_code", "股票代码", Cells.code(20, true), "", "stock_code"),
				Column.optional("leading", "是否龙头", Cells.flag(), "否", "leading_enterprise"),
				Column.optional("headquarters", "是否总部", Cells.flag(), "否", "headquarters"),
				Column.optional("export_key", "是否出口重点", Cells.flag(), "否", "export_key"),
				Column.optional("park", "所属园区", Cells.text(100), "", "park"));
	}

	@Override
	public String stagingTable() {
		return STAGE;
	}

	/** The class of a staged cell: its code, or its Chinese name read the way the cell was (full-width folded). */
	private static final String INDUSTRY_CLASS = """
			(select c.code from registry.industry_class c
			 where c.code = s.industry_class or upper(replace(normalize(c.name_zh, NFKC), ' ', '')) = s.industry_class
			 order by c.code limit 1)""";

	@Override
	public List<String> checks() {
		return List.of("""
				select s.row_no, 'industry_class', s.industry_class, 'imports.problem.unknownIndustryClass', '{}'::text[]
				from imports.stage_enterprise s
				where s.import_id = :import and %s is null
				""".formatted(INDUSTRY_CLASS), """
				select s.row_no, 'park', s.park, 'imports.problem.unknownPark', '{}'::text[]
				from imports.stage_enterprise s
				where s.import_id = :import and s.park is not null
				  and not exists (select 1 from registry.park p where p.name_zh = s.park)
				""", """
				select s.row_no, 'park', s.park, 'imports.problem.parkInOtherArea', array[p.area_code::text]
				from imports.stage_enterprise s join registry.park p on p.name_zh = s.park
				where s.import_id = :import and p.area_code <> s.area_code
				""", """
				select s.row_no, 'stock_code', coalesce(s.stock_code, ''),
				       case when s.listed then 'imports.problem.stockCodeMissing' else 'imports.problem.stockCodeNotListed' end,
				       '{}'::text[]
				from imports.stage_enterprise s
				where s.import_id = :import and coalesce(s.listed, false) <> (s.stock_code is not null)
				""", district(STAGE), duplicateKey(STAGE, "credit_code", "credit_code"));
	}

	@Override
	String incoming() {
		return """
				select i.*, jsonb_build_object('name', name, 'area', area_code, 'industry_class', industry_class,
				           'above_size', above_size, 'digital', digital, 'listed', listed, 'stock_code', stock_code,
				           'leading', leading_enterprise, 'headquarters', headquarters, 'export_key', export_key,
				           'park', park, 'synthetic', false) as after
				from (select s.row_no, s.credit_code, s.name, s.area_code, %s as industry_class, s.above_size, s.digital,
				             coalesce(s.listed, false) as listed, s.stock_code,
				             coalesce(s.leading_enterprise, false) as leading_enterprise,
				             coalesce(s.headquarters, false) as headquarters, coalesce(s.export_key, false) as export_key,
				             s.park, p.id as park_id
				      from imports.stage_enterprise s left join registry.park p on p.name_zh = s.park
				      where s.import_id = :import) i
				""".formatted(INDUSTRY_CLASS);
	}

	@Override
	String stored() {
		return """
				select e.id, e.credit_code,
				       jsonb_build_object('name', e.name, 'area', e.area_code, 'industry_class', e.industry_class,
				           'above_size', e.above_size, 'digital', e.digital, 'listed', e.listed, 'stock_code', e.stock_code,
				           'leading', e.leading_enterprise, 'headquarters', e.headquarters, 'export_key', e.export_key,
				           'park', p.name_zh, 'synthetic', e.synthetic) as before
				from registry.enterprise e left join registry.park p on p.id = e.park_id
				where e.credit_code in (select credit_code from imports.stage_enterprise where import_id = :import)
				""";
	}

	@Override
	String key() {
		return "credit_code";
	}

	@Override
	String upsert() {
		return """
				insert into registry.enterprise (credit_code, name, area_code, park_id, industry_class, above_size, digital,
				    listed, stock_code, leading_enterprise, headquarters, export_key, synthetic, updated_by, updated_at)
				select credit_code, name, area_code, park_id, industry_class, above_size, digital, listed, stock_code,
				       leading_enterprise, headquarters, export_key, false, concat('import #', :import), now()
				from writes
				on conflict (credit_code) do update
				set name = excluded.name, area_code = excluded.area_code, park_id = excluded.park_id,
				    industry_class = excluded.industry_class, above_size = excluded.above_size, digital = excluded.digital,
				    listed = excluded.listed, stock_code = excluded.stock_code,
				    leading_enterprise = excluded.leading_enterprise, headquarters = excluded.headquarters,
				    export_key = excluded.export_key, synthetic = false, updated_by = excluded.updated_by,
				    updated_at = now(), version = registry.enterprise.version + 1
				""";
	}

	@Override
	String subject() {
		return "credit_code || ' ' || name";
	}

	/** An enterprise's area, park, class or flags decide which of the figures' sums its figures are in. */
	@Override
	List<String> afterUpsert() {
		return List.of(EnterpriseFigureKind.REFRESH_ROLLUP);
	}

}
