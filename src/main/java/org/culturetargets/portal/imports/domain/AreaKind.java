package org.culturetargets.portal.imports.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.culturetargets.portal.imports.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Areas and groups (SPEC §9 {@code areas}), keyed by code, with the admin forms' rules: an area has a six-digit
 * GB/T 2260 code and an area as its parent, a group a lower-case code; no area is its own ancestor and no group its
 * own member. Parents and members are named by code or name, of stored scopes or of rows of the same file; when the
 * file has a members column, a group's members are the cell's (an empty cell leaves none); a file without the column
 * leaves every group's members as they are.
 */
@Component
class AreaKind implements Kind {

	private static final String AREA_KINDS = "('COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT')";

	private static final Map<String, List<String>> KINDS = kinds();

	private static Map<String, List<String>> kinds() {
		Map<String, List<String>> kinds = new LinkedHashMap<>();
		kinds.put("COUNTRY", List.of("国家"));
		kinds.put("PROVINCE", List.of("省", "省级"));
		kinds.put("CITY", List.of("市", "地级市"));
		kinds.put("DISTRICT", List.of("区县", "区", "县", "县级市"));
		kinds.put("BELT", List.of("产业带"));
		kinds.put("CORRIDOR", List.of("走廊"));
		kinds.put("CLUSTER", List.of("集群", "组团"));
		kinds.put("REGION", List.of("区域"));
		return kinds;
	}

	/** A code as typed, full-width folded and without spaces, its case kept: the checks say which case is right. */
	private static CellType code() {
		return (text, names) -> {
			String code = Cells.plain(text).replace(" ", "");
			if (code.length() > 40) {
				throw new CellProblem("imports.problem.tooLong", 40);
			}
			return code;
		};
	}

	/** Codes or names separated by ; 、 or , — staged as a PostgreSQL array of the names as written. */
	private static CellType names() {
		return (text, names) -> Arrays.stream(Cells.tidy(text).split("[;；、,，]")).map(String::strip)
			.filter(part -> !part.isEmpty()).distinct()
			.map(part -> '"' + part.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
			.collect(Collectors.joining(",", "{", "}"));
	}

	@Override
	public ImportKind kind() {
		return ImportKind.AREAS;
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.required("code", "代码", code(), "330199", "code"),
				Column.required("kind", "类型", Cells.choice(KINDS), "DISTRICT", "kind"),
				Column.required("name_zh", "中文名称", Cells.text(100), "示范区", "name_zh"),
				Column.required("name_en", "英文名称", Cells.text(100), "Demonstration District", "name_en"),
				Column.optional("parent", "上级", Cells.text(100), "330100", "parent"),
				Column.optional("members", "成员", names(), "", "members"),
				Column.optional("sort_order", "排序", Cells.wholeNumber(0, 100_000), 20, "sort_order"),
				Column.required("source", "来源", Cells.text(300), "GB/T 2260 administrative division code", "source"));
	}

	@Override
	public String stagingTable() {
		return "imports.stage_area";
	}

	/** The staged rows with their parents and members resolved to codes (null where no scope has the name). */
	private static final String RESOLVED = """
			resolved as (
			    select s.*, s.kind in %s as is_area,
			           imports.staged_scope(s.import_id, s.parent) as parent_code,
			           (select array_agg(distinct imports.staged_scope(s.import_id, m))
			            from unnest(s.members) m) as member_codes,
			           exists (select 1 from imports.import i
			                   where i.id = s.import_id and i.headers ->> 'members' is not null) as replaces_members
			    from imports.stage_area s
			    where s.import_id = :import
			)
			""".formatted(AREA_KINDS);

	@Override
	public List<String> checks() {
		return List.of("""
				select row_no, 'code', code,
				       case when kind in %1$s then 'imports.problem.areaCode' else 'imports.problem.groupCode' end,
				       '{}'::text[]
				from imports.stage_area
				where import_id = :import
				  and code !~ case when kind in %1$s then '^[0-9]{6}$' else '^[a-z][a-z0-9-]{1,39}$' end
				""".formatted(AREA_KINDS), """
				select s.row_no, 'kind', s.kind, 'imports.problem.kindChange', '{}'::text[]
				from imports.stage_area s
				join plans.scope p on p.code = s.code
				where s.import_id = :import and (s.kind in %1$s) <> (p.kind in %1$s)
				""".formatted(AREA_KINDS), "with " + RESOLVED + """
				select row_no, 'parent', coalesce(parent, ''),
				       case when parent is null then 'imports.problem.required'
				            else 'imports.problem.unknownParent' end,
				       '{}'::text[]
				from resolved
				where parent_code is null and (parent is not null or (is_area and kind <> 'COUNTRY'))
				""", "with " + RESOLVED + """
				select r.row_no, 'parent', r.parent, 'imports.problem.parentNotArea', '{}'::text[]
				from resolved r
				left join imports.stage_area f on f.import_id = :import and f.code = r.parent_code
				left join plans.scope p on p.code = r.parent_code
				where r.is_area and r.parent_code is not null and not coalesce(f.kind, p.kind) in %s
				""".formatted(AREA_KINDS), "with recursive " + RESOLVED + """
				, edge as (
				    select code, parent_code from resolved
				    union all
				    select p.code, p.parent_code from plans.scope p
				    where not exists (select 1 from resolved r where r.code = p.code)
				), up (row_no, start, code, depth) as (
				    select row_no, code, parent_code, 1 from resolved where parent_code is not null
				    union all
				    select u.row_no, u.start, e.parent_code, u.depth + 1
				    from up u join edge e on e.code = u.code
				    where e.parent_code is not null and u.code <> u.start and u.depth < 100
				)
				select distinct u.row_no, 'parent', r.parent, 'imports.problem.parentCycle', '{}'::text[]
				from up u join resolved r on r.row_no = u.row_no
				where u.code = u.start
				""", """
				select row_no, 'members', array_to_string(members, '、'), 'imports.problem.membersOfArea', '{}'::text[]
				from imports.stage_area
				where import_id = :import and members is not null and kind in %s
				""".formatted(AREA_KINDS), """
				select s.row_no, 'members', array_to_string(s.members, '、'), 'imports.problem.unknownMember', array[m]
				from imports.stage_area s, unnest(s.members) m
				where s.import_id = :import and imports.staged_scope(s.import_id, m) is null
				""", "with recursive " + RESOLVED + """
				, edge as (
				    select r.code as group_code, m as member_code from resolved r, unnest(r.member_codes) m
				    where not r.is_area and m is not null
				    union all
				    select sm.group_code, sm.member_code from plans.scope_member sm
				    where not exists (select 1 from resolved r where r.code = sm.group_code and r.replaces_members)
				), down (row_no, start, via, code, depth) as (
				    select r.row_no, r.code, m, m, 1 from resolved r, unnest(r.member_codes) m
				    where not r.is_area and m is not null
				    union all
				    select d.row_no, d.start, d.via, e.member_code, d.depth + 1
				    from down d join edge e on e.group_code = d.code
				    where d.code <> d.start and d.depth < 100
				)
				select distinct d.row_no, 'members', array_to_string(r.members, '、'),
				       case when d.depth = 1 then 'imports.problem.memberSelf' else 'imports.problem.memberCycle' end,
				       case when d.depth = 1 then '{}'::text[] else array[d.via] end
				from down d join resolved r on r.row_no = d.row_no
				where d.code = d.start
				""", """
				select s.row_no, 'code', s.code, 'imports.problem.duplicateRow', array[d.first_row::text]
				from imports.stage_area s
				join (select code, min(row_no) as first_row from imports.stage_area where import_id = :import
				      group by code having count(*) > 1) d using (code)
				where s.import_id = :import and s.row_no > d.first_row
				""");
	}

	/**
	 * The resolved rows against the stored scopes; members compared as sorted codes, and a file without a members
	 * column keeps the stored ones.
	 */
	private static final String INCOMING = RESOLVED + """
			, stored as (
			    select p.*, (select array_agg(sm.member_code order by sm.member_code) from plans.scope_member sm
			                 where sm.group_code = p.code) as member_codes
			    from plans.scope p
			), incoming as (
			    select r.row_no, r.code, r.kind, r.parent_code, r.name_zh, r.name_en,
			           coalesce(r.sort_order, p.sort_order, 0) as sort_order, r.source,
			           case when not r.replaces_members then p.member_codes
			                else (select array_agg(m order by m) from unnest(r.member_codes) m) end as member_codes,
			           p.code is not null as existed,
			           p.code is not null
			               and (r.kind, r.parent_code, r.name_zh, r.name_en, coalesce(r.sort_order, p.sort_order),
			                    r.source, r.replaces_members
			                        and (select array_agg(m order by m) from unnest(r.member_codes) m)
			                            is distinct from p.member_codes)
			               is distinct from (p.kind, p.parent_code, p.name_zh, p.name_en, p.sort_order, p.source, false)
			               as changed,
			           jsonb_build_object('kind', p.kind, 'parent', p.parent_code, 'name_zh', p.name_zh,
			                              'name_en', p.name_en, 'sort_order', p.sort_order, 'source', p.source,
			                              'members', p.member_codes) as before
			    from resolved r
			    left join stored p on p.code = r.code
			)
			""";

	@Override
	public String comparison() {
		return "with " + INCOMING + """
				select count(*) filter (where not existed), count(*) filter (where changed),
				       count(*) filter (where existed and not changed)
				from incoming
				""";
	}

	@Override
	public List<String> merge() {
		return List.of("with " + INCOMING + """
				, writes as (
				    select * from incoming where not existed or changed
				), merged as (
				    insert into plans.scope (code, kind, parent_code, name_zh, name_en, sort_order, source)
				    select code, kind, parent_code, name_zh, name_en, sort_order, source from writes
				    on conflict (code) do update set kind = excluded.kind, parent_code = excluded.parent_code,
				        name_zh = excluded.name_zh, name_en = excluded.name_en, sort_order = excluded.sort_order,
				        source = excluded.source
				)
				insert into imports.change (import_id, row_no, subject, before, after)
				select :import, row_no, code,
				       case when existed then before end,
				       jsonb_build_object('kind', kind, 'parent', parent_code, 'name_zh', name_zh, 'name_en', name_en,
				                          'sort_order', sort_order, 'source', source, 'members', member_codes)
				from writes
				""", "with " + RESOLVED + """
				delete from plans.scope_member sm
				using resolved r
				where sm.group_code = r.code and r.replaces_members
				  and not (sm.member_code = any (coalesce(r.member_codes, '{}')))
				""", "with " + RESOLVED + """
				insert into plans.scope_member (group_code, member_code, source)
				select distinct r.code, m, r.source from resolved r, unnest(r.member_codes) m
				where r.replaces_members
				on conflict do nothing
				""");
	}

}
