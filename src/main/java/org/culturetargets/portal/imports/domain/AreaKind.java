package org.culturetargets.portal.imports.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.StagedReferenceData;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

/**
 * Areas and groups (SPEC §9 {@code areas}), keyed by code; parents and members named by code or name. The plans
 * module checks and merges them.
 */
@Component
class AreaKind implements Kind {

	private static List<String> names(ScopeKind kind) {
		return switch (kind) {
			case COUNTRY -> List.of("国家");
			case PROVINCE -> List.of("省", "省级");
			case CITY -> List.of("市", "地级市");
			case DISTRICT -> List.of("区县", "区", "县", "县级市");
			case BELT -> List.of("产业带");
			case CORRIDOR -> List.of("走廊");
			case CLUSTER -> List.of("集群", "组团");
			case REGION -> List.of("区域");
		};
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

	private final StagedReferenceData referenceData;

	AreaKind(StagedReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.AREAS;
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.required("code", "代码", code(), "330199", "code"),
				Column.required("kind", "类型", Cells.choice(ScopeKind.values(), Enum::name, AreaKind::names), "区县", "kind"),
				Column.required("name_zh", "中文名称", Cells.text(100), "示范区", "name_zh"),
				Column.required("name_en", "英文名称", Cells.text(100), "Demonstration District", "name_en"),
				Column.optional("parent", "上级", Cells.text(100), "330100", "parent"),
				Column.optional("members", "成员", names(), "", "members"),
				Column.optional("sort_order", "排序", Cells.wholeNumber(0, 100_000), 20, "sort_order"),
				Column.required("source", "来源", Cells.text(300), "GB/T 2260 行政区划代码", "source"));
	}

	@Override
	public String stagingTable() {
		return "imports.stage_area";
	}

	@Override
	public StagedMerge owner() {
		return referenceData.areas();
	}

}
