package org.culturetargets.portal.imports.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.registry.StagedRegistry;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

/**
 * Parks and platforms (SPEC §2 Registries), keyed by their Chinese name. A row's groups replace the park's: the
 * file is the list as the document it cites has it.
 */
@Component
class ParkKind implements Kind {

	private final StagedRegistry registry;

	ParkKind(StagedRegistry registry) {
		this.registry = registry;
	}

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
		return "imports.stage_park";
	}

	@Override
	public StagedMerge owner() {
		return registry.parks();
	}

}
