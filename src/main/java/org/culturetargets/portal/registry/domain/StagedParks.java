package org.culturetargets.portal.registry.domain;

import java.util.List;

import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Parks and platforms (SPEC §2 Registries), keyed by their Chinese name. A row's groups replace the park's: the
 * file is the list as the document it cites has it.
 */
@Component
class StagedParks extends StagedRegistryRows {

	StagedParks(JdbcClient jdbc, ApplicationEventPublisher events) {
		super(jdbc, events);
	}

	@Override
	List<String> rules() {
		return List.of("""
				select s.row_no, 'recognised_year', s.recognised_year::text, 'imports.problem.outOfRange',
				       array['1949', extract(year from current_date)::text]
				from {staged} s
				where s.import_id = :batch
				  and s.recognised_year not between 1949 and extract(year from current_date)
				""", district(), StagedMerge.duplicateKey("name", "name_zh"));
	}

	/** The stored groups of the staged row {@code s}. */
	private static final String STORED_GROUPS = """
				select g.group_code::text from registry.park_group g join registry.park p on p.id = g.park_id
				where p.name_zh = s.name_zh""";

	@Override
	String incoming(StagedRows rows) {
		return """
				select i.*, jsonb_build_object('name_en', name_en, 'area', area_code, 'level', level, 'type', type,
				           'key_platform', key_platform, 'recognised_year', recognised_year, 'groups', to_jsonb(groups),
				           'source', source, 'synthetic', false) as after
				from (select s.row_no, s.name_zh, s.name_en, s.area_code, s.level, s.type,
				             coalesce(s.key_platform, false) as key_platform, s.recognised_year,
				             %s as groups, s.source
				      from {staged} s where s.import_id = :batch) i
				""".formatted(groups(rows, STORED_GROUPS));
	}

	@Override
	String stored() {
		return """
				select p.id, p.name_zh,
				       jsonb_build_object('name_en', p.name_en, 'area', p.area_code, 'level', p.level, 'type', p.type,
				           'key_platform', p.key_platform, 'recognised_year', p.recognised_year,
				           'groups', to_jsonb(array(select g.group_code::text from registry.park_group g
				                                    where g.park_id = p.id order by 1)),
				           'source', p.source, 'synthetic', p.synthetic) as before
				from registry.park p
				where p.name_zh in (select name_zh from {staged} where import_id = :batch)
				""";
	}

	@Override
	String key() {
		return "name_zh";
	}

	@Override
	String upsert() {
		return """
				insert into registry.park (name_zh, name_en, area_code, level, type, key_platform, recognised_year, source,
				    synthetic, updated_by, updated_at)
				select name_zh, name_en, area_code, level, type, key_platform, recognised_year, source, false,
				       :writer, now()
				from writes
				on conflict (name_zh) do update
				set name_en = excluded.name_en, area_code = excluded.area_code, level = excluded.level, type = excluded.type,
				    key_platform = excluded.key_platform, recognised_year = excluded.recognised_year,
				    source = excluded.source, synthetic = false, updated_by = excluded.updated_by, updated_at = now(),
				    version = registry.park.version + 1
				""";
	}

	@Override
	String subject() {
		return "name_zh";
	}

	@Override
	List<String> afterUpsert(StagedRows rows) {
		return replaceGroups(rows, "registry.park o on o.name_zh = s.name_zh", "registry.park_group", "park_id");
	}

}
