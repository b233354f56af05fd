package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.registry.ProjectCategory;
import org.culturetargets.portal.registry.ProjectRules;
import org.culturetargets.portal.registry.ProjectStatus;
import org.culturetargets.portal.registry.StagedRegistry;
import org.culturetargets.portal.shared.StagedMerge;

import org.springframework.stereotype.Component;

/**
 * Projects (SPEC §2 Registries), keyed by their district and name; investment in 万元. The registry checks and
 * merges them.
 */
@Component
class ProjectKind implements Kind {

	private final StagedRegistry registry;

	ProjectKind(StagedRegistry registry) {
		this.registry = registry;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PROJECTS;
	}

	@Override
	public List<Column> columns() {
		CellType investment = Cells.decimal(2, true, ProjectRules.MAX_INVESTMENT);
		return List.of(Column.required("name", "项目名称", Cells.text(ProjectRules.MAX_NAME), "某某数字文化产业园二期", "name"),
				Column.required("area", "所属地区", Cells.area(), "西湖区", "area_code"),
				Column.required("category", "项目类别", Cells.choice(ProjectCategory.values(), Enum::name, ProjectKind::names),
						"重点", "category"),
				Column.optional("planned_investment", "计划投资（万元）", investment, new BigDecimal("50000"),
						"planned_investment"),
				Column.optional("completed_investment", "完成投资（万元）", investment, new BigDecimal("12000.50"),
						"completed_investment"),
				Column.required("status", "项目状态", Cells.choice(ProjectStatus.values(), Enum::name, ProjectKind::names),
						"在建", "status"),
				Column.optional("planned_start", "计划开工日期", Cells.date(), LocalDate.of(2025, 3, 1), "planned_start"),
				Column.optional("started_on", "开工日期", Cells.date(), LocalDate.of(2025, 4, 15), "started_on"),
				Column.optional("completed_on", "竣工日期", Cells.date(), "", "completed_on"),
				Column.optional("groups", "所属产业带/走廊/集群", Cells.groups(), "之江文化产业带", "groups"));
	}

	private static List<String> names(ProjectCategory category) {
		return switch (category) {
			case KEY -> List.of("重点");
			case EXPORT -> List.of("出口");
			case DEMONSTRATION -> List.of("示范");
		};
	}

	private static List<String> names(ProjectStatus status) {
		return switch (status) {
			case PLANNED -> List.of("计划");
			case STARTED -> List.of("在建", "已开工");
			case COMPLETED -> List.of("已完工", "竣工");
		};
	}

	@Override
	public String stagingTable() {
		return "imports.stage_project";
	}

	@Override
	public StagedMerge owner() {
		return registry.projects();
	}

}
