package org.culturetargets.portal.plans.domain;

import java.util.List;
import java.util.stream.Stream;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Areas and groups (SPEC §9 {@code areas}), keyed by code, with the admin forms' rules: an area has a six-digit
 * GB/T 2260 code and an area as its parent, a group a lower-case code; no area is its own ancestor and no group its
 * own member. Parents and members are named by code or name, of stored scopes or of rows of the same file; when the
 * file has a members column, a group's members are the cell's (an empty cell leaves none); a file without the column
 * leaves every group's members as they are.
 */
@Component
class StagedAreas implements StagedMerge {

	private static final String AREA_KINDS = "('COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT')";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	StagedAreas(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The staged rows with their parents and members resolved to codes (null where no scope has the name), as the
	 * CTE {@code resolved}; {@code replaces_members} when the file has a members column.
	 */
	private static String resolved(StagedRows rows) {
		return """
				resolved as (
				    select s.*, s.kind in %1$s as is_area,
				           %2$s as parent_code,
				           (select array_agg(distinct %3$s) from unnest(s.members) m) as member_codes,
				           %4$s as replaces_members
				    from {staged} s
				    where s.import_id = :batch
				)
				""".formatted(AREA_KINDS, scope("s.parent"), scope("m"), rows.has("members"));
	}

	/**
	 * The scope a file means by a code or a name: a row of the file itself first (it may rename a stored scope),
	 * then a stored scope; names compared as the import reads them, spaces and case aside.
	 */
	private static String scope(String name) {
		return """
				coalesce((select f.code from {staged} f
				          where f.import_id = :batch and lower(replace(%1$s, ' ', '')) in (lower(f.code),
				                lower(replace(f.name_zh, ' ', '')), lower(replace(f.name_en, ' ', '')))
				          order by f.row_no limit 1),
				         (select p.code from plans.scope p
				          where lower(replace(%1$s, ' ', '')) in (lower(p.code), lower(replace(p.name_zh, ' ', '')),
				                lower(replace(p.name_en, ' ', '')))
				          order by p.sort_order, p.code limit 1))""".formatted(name);
	}

	/** {@code statement} with {@code {resolved}} the CTE of {@link #resolved}; the caller's tables still as names. */
	private static String withResolved(StagedRows rows, String statement) {
		return statement.replace("{resolved}", resolved(rows));
	}

	@Override
	public List<String> checks(StagedRows rows) {
		return Stream.of("""
				select row_no, 'code', code,
				       case when kind in %1$s then 'imports.problem.areaCode' else 'imports.problem.groupCode' end,
				       '{}'::text[]
				from {staged}
				where import_id = :batch
				  and code !~ case when kind in %1$s then '^[0-9]{6}$' else '^[a-z][a-z0-9-]{1,39}$' end
				""".formatted(AREA_KINDS), """
				select s.row_no, 'kind', s.kind, 'imports.problem.kindChange', '{}'::text[]
				from {staged} s
				join plans.scope p on p.code = s.code
				where s.import_id = :batch and (s.kind in %1$s) <> (p.kind in %1$s)
				""".formatted(AREA_KINDS), """
				with {resolved}
				select row_no, 'parent', coalesce(parent, ''),
				       case when parent is null then 'imports.problem.required'
				            else 'imports.problem.unknownParent' end,
				       '{}'::text[]
				from resolved
				where parent_code is null and (parent is not null or (is_area and kind <> 'COUNTRY'))
				""", """
				with {resolved}
				select r.row_no, 'parent', r.parent, 'imports.problem.parentNotArea', '{}'::text[]
				from resolved r
				left join {staged} f on f.import_id = :batch and f.code = r.parent_code
				left join plans.scope p on p.code = r.parent_code
				where r.is_area and r.parent_code is not null and not coalesce(f.kind, p.kind) in %s
				""".formatted(AREA_KINDS), """
				with recursive {resolved}
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
				from {staged}
				where import_id = :batch and members is not null and kind in %s
				""".formatted(AREA_KINDS), """
				select s.row_no, 'members', array_to_string(s.members, '、'), 'imports.problem.unknownMember', array[m]
				from {staged} s, unnest(s.members) m
				where s.import_id = :batch and %s is null
				""".formatted(scope("m")), """
				with recursive {resolved}
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
				""", StagedMerge.duplicateKey("code", "code"))
			.map(check -> rows.sql(withResolved(rows, check)))
			.toList();
	}

	/**
	 * The resolved rows against the stored scopes; members compared as sorted codes, and a file without a members
	 * column keeps the stored ones.
	 */
	private static final String INCOMING = """
			{resolved}
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
	public Comparison compare(StagedRows rows) {
		return rows.compare(jdbc, withResolved(rows, "with " + INCOMING + """
				select count(*) filter (where not existed), count(*) filter (where changed),
				       count(*) filter (where existed and not changed)
				from incoming
				"""));
	}

	@Override
	public void merge(StagedRows rows, Comparison comparison) {
		rows.execute(jdbc, Stream.of("with " + INCOMING + """
				, writes as (
				    select * from incoming where not existed or changed
				), merged as (
				    insert into plans.scope (code, kind, parent_code, name_zh, name_en, sort_order, source)
				    select code, kind, parent_code, name_zh, name_en, sort_order, source from writes
				    on conflict (code) do update set kind = excluded.kind, parent_code = excluded.parent_code,
				        name_zh = excluded.name_zh, name_en = excluded.name_en, sort_order = excluded.sort_order,
				        source = excluded.source
				)
				insert into {changes} (import_id, row_no, subject, before, after)
				select :batch, row_no, code,
				       case when existed then before end,
				       jsonb_build_object('kind', kind, 'parent', parent_code, 'name_zh', name_zh, 'name_en', name_en,
				                          'sort_order', sort_order, 'source', source, 'members', member_codes)
				from writes
				""", """
				with {resolved}
				delete from plans.scope_member sm
				using resolved r
				where sm.group_code = r.code and r.replaces_members
				  and not (sm.member_code = any (coalesce(r.member_codes, '{}')))
				""", """
				with {resolved}
				insert into plans.scope_member (group_code, member_code, source)
				select distinct r.code, m, r.source from resolved r, unnest(r.member_codes) m
				where r.replaces_members
				on conflict do nothing
				""").map(statement -> withResolved(rows, statement)).toList());
		events.publishEvent(new DataChanged("plans"));
	}

}
