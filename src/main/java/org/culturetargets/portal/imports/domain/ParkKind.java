package org.culturetargets.portal.imports.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.registry.ParkLevel;
import org.culturetargets.portal.registry.ParkRules;
import org.culturetargets.portal.registry.ParkType;
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
		return List.of(Column.required("name", "园区名称", Cells.text(ParkRules.MAX_NAME_ZH), "白马湖生态创意城", "name_zh"),
				Column.optional("name_en", "英文名称", Cells.text(ParkRules.MAX_NAME_EN), "Baimahu Eco-Creative City", "name_en"),
				Column.optional("area", "所属地区", Cells.area(), "滨江区", "area_code"),
				Column.optional("level", "级别", Cells.choice(ParkLevel.values(), Enum::name, ParkKind::names), "国家级",
						"level"),
				Column.required("type", "类型", Cells.choice(ParkType.values(), Enum::name, ParkKind::names), "园区", "type"),
				Column.optional("key_platform", "是否重点平台", Cells.flag(), "是", "key_platform"),
				Column.optional("recognised_year", "认定年份", Cells.year(), 2019, "recognised_year"),
				Column.optional("groups", "所属产业带/走廊/集群", Cells.groups(), "之江文化产业带", "groups"),
				Column.required("source", "来源", Cells.text(ParkRules.MAX_SOURCE), "《杭州市文化产业发展“十四五”规划》表3", "source"));
	}

	private static List<String> names(ParkLevel level) {
		return switch (level) {
			case NATIONAL -> List.of("国家级");
			case PROVINCIAL -> List.of("省级");
			case MUNICIPAL -> List.of("市级");
		};
	}

	private static List<String> names(ParkType type) {
		return switch (type) {
			case PARK -> List.of("园区");
			case BLOCK -> List.of("街区");
			case BASE -> List.of("基地");
			case HEADQUARTERS -> List.of("总部");
			case EXPORT_BASE -> List.of("出口基地");
			case PLATFORM -> List.of("平台");
		};
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
