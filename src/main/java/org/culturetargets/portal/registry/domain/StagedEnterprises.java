package org.culturetargets.portal.registry.domain;

import java.util.List;

import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enterprise registry (SPEC §9 {@code enterprises}), keyed by credit code. The industry class is written as its
 * four-digit code or its Chinese name, the park by its name; both are resolved here, set-based.
 */
@Component
class StagedEnterprises extends StagedRegistryRows {

	StagedEnterprises(JdbcClient jdbc, ApplicationEventPublisher events) {
		super(jdbc, events);
	}

	/** The class of a staged cell: its code, or its Chinese name read the way the cell was (full-width folded). */
	private static final String INDUSTRY_CLASS = """
			(select c.code from registry.industry_class c
			 where c.code = s.industry_class or upper(replace(normalize(c.name_zh, NFKC), ' ', '')) = s.industry_class
			 order by c.code limit 1)""";

	/** A cell naming a group (中类, three digits) by its code or Chinese name: a class must be named instead. */
	private static final String GROUP = """
			(select g.code from registry.culture_group g
			 where g.code = s.industry_class or upper(replace(normalize(g.name_zh, NFKC), ' ', '')) = s.industry_class
			 order by g.code limit 1)""";

	/** A cell naming a division (大类, two digits) by its code or Chinese name. */
	private static final String DIVISION = """
			(select d.code from registry.culture_division d
			 where d.code = s.industry_class or upper(replace(normalize(d.name_zh, NFKC), ' ', '')) = s.industry_class
			 order by d.code limit 1)""";

	@Override
	List<String> rules() {
		return List.of("""
				select s.row_no, 'industry_class', s.industry_class, 'imports.problem.unknownIndustryClass', '{}'::text[]
				from {staged} s
				where s.import_id = :batch and %s is null and %s is null and %s is null
				""".formatted(INDUSTRY_CLASS, GROUP, DIVISION), """
				select s.row_no, 'industry_class', s.industry_class, 'imports.problem.industryGroupNotClass',
				       array[g.code::text, (select string_agg(c.code, ', ' order by c.code) from registry.industry_class c
				                            where c.group_code = g.code)]
				from {staged} s join registry.culture_group g on g.code = %s
				where s.import_id = :batch and %s is null
				""".formatted(GROUP, INDUSTRY_CLASS), """
				select s.row_no, 'industry_class', s.industry_class, 'imports.problem.industryDivisionNotClass',
				       array[d.code::text, min(c.code)::text, max(c.code)::text]
				from {staged} s join registry.culture_division d on d.code = %s
				     join registry.industry_class c on c.division_code = d.code
				where s.import_id = :batch and %s is null and %s is null
				group by s.row_no, s.industry_class, d.code
				""".formatted(DIVISION, INDUSTRY_CLASS, GROUP), """
				select s.row_no, 'park', s.park, 'imports.problem.unknownPark', '{}'::text[]
				from {staged} s
				where s.import_id = :batch and s.park is not null
				  and not exists (select 1 from registry.park p where p.name_zh = s.park)
				""", """
				select s.row_no, 'park', s.park, 'imports.problem.parkInOtherArea', array[p.area_code::text]
				from {staged} s join registry.park p on p.name_zh = s.park
				where s.import_id = :batch and p.area_code <> s.area_code
				""", """
				select s.row_no, 'stock_code', coalesce(s.stock_code, ''),
				       case when s.listed then 'imports.problem.stockCodeMissing' else 'imports.problem.stockCodeNotListed' end,
				       '{}'::text[]
				from {staged} s
				where s.import_id = :batch and coalesce(s.listed, false) <> (s.stock_code is not null)
				""", district(), StagedMerge.duplicateKey("credit_code", "credit_code"));
	}

	@Override
	String incoming(StagedRows rows) {
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
				      from {staged} s left join registry.park p on p.name_zh = s.park
				      where s.import_id = :batch) i
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
				where e.credit_code in (select credit_code from {staged} where import_id = :batch)
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
				       leading_enterprise, headquarters, export_key, false, :writer, now()
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

}
