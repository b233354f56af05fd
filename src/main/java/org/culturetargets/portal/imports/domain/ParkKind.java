package org.culturetargets.portal.imports.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Parks and platforms (SPEC §2 Registries), keyed by their Chinese name. A row's groups replace the park's: the
 * file is the list as the document it cites has it.
 */
@Component
class ParkKind extends RegistryKind {

	private static final String STAGE = "imports.stage_park";

	@Override
	public ImportKind kind() {
		return ImportKind.PARKS;
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.required("name", "园区名称", Cells.text(100), "白马湖生态创意城", "name_zh"),
				Column.optional("name_en", "英文名称", Cells.text(200), "Baimahu Eco-Creative City", "name_en"),
				Column.optional("area", "所属地区", Cells.area(), "滨江区", "area_code"),
				Column.optional("level", "级别", Cells.choice("NATIONAL:国家级", "PROVINCIAL:省级", "MUNICIPAL:市级"), "国家级", "level"),
				Column.required("type", "类型", Cells.choice("PARK:园区", "BLOCK:街区", "BASE:基地", "HEADQUARTERS:总部",
						"EXPORT_BASE:出口基地", "PLATFORM:平台"), "园区", "type"),
				Column.optional("key_platform", "是否重点平台", Cells.flag(), "是", "key_platform"),
				Column.optional("recognised_year", "认定年份", Cells.year(), 2019, "recognised_year"),
				Column.optional("groups", "所属产业带/走廊/集群", Cells.groups(), "之江文化产业带", "groups"),
				Column.required("source", "来源", Cells.text(300), "《杭州市文化产业发展“十四五”规划》表3", "source"));
	}

	@Override
	public String stagingTable() {
		return STAGE;
	}

	@Override
	public List<String> checks() {
		return List.of("""
				select s.row_no, 'recognised_year', s.recognised_year::text, 'imports.problem.outOfRange',
				       array['1949', extract(year from current_date)::text]
				from imports.stage_park s
				where s.import_id = :import
				  and s.recognised_year not between 1949 and extract(year from current_date)
				""", district(STAGE), duplicateKey(STAGE, "name", "name_zh"));
	}

	/** The stored groups of the staged row {@code s}. */
	private static final String STORED_GROUPS = """
				select g.group_code::text from registry.park_group g join registry.park p on p.id = g.park_id
				where p.name_zh = s.name_zh""";

	@Override
	String incoming() {
		return """
				select i.*, jsonb_build_object('name_en', name_en, 'area', area_code, 'level', level, 'type', type,
				           'key_platform', key_platform, 'recognised_year', recognised_year, 'groups', to_jsonb(groups),
				           'source', source, 'synthetic', false) as after
				from (select s.row_no, s.name_zh, s.name_en, s.area_code, s.level, s.type,
				             coalesce(s.key_platform, false) as key_platform, s.recognised_year,
				             %s as groups, s.source
				      from imports.stage_park s where s.import_id = :import) i
				""".formatted(groups("s.groups", STORED_GROUPS));
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
				where p.name_zh in (select name_zh from imports.stage_park where import_id = :import)
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
				       concat('import #', :import), now()
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
	List<String> afterUpsert() {
		return replaceGroups(STAGE, "registry.park o on o.name_zh = s.name_zh", "registry.park_group", "park_id");
	}

}
