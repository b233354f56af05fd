package org.culturetargets.portal.imports.domain;

import java.time.LocalDate;
import java.util.List;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.tasks.StagedTasks;
import org.culturetargets.portal.tasks.TaskKind;

import org.springframework.stereotype.Component;

/**
 * Key tasks (重点任务, issue 15) as a plan-supervision office (督查室) lists them: one row per task, keyed by its plan
 * and its number (任务编号); units by name as the reference data writes them, several separated as groups are. The
 * tasks module checks the names, the plan and the linked targets, and merges the rows. Milestones are left to the
 * task's page: a cell of dated steps is not how such lists are kept.
 */
@Component
class KeyTaskKind implements Kind {

	private final StagedTasks tasks;

	KeyTaskKind(StagedTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.TASKS;
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.required("plan", "所属规划", Cells.code(StagedTasks.MAX_PLAN, true), "HZ-14FYP", "plan_code"),
				Column.required("code", "任务编号", Cells.identifier(StagedTasks.MAX_CODE), "6.3-trade-base", "code"),
				Column.required("source_section", "出处", Cells.text(StagedTasks.MAX_SECTION), "六（三）文化平台建设工程",
						"source_section"),
				Column.required("title_zh", "任务名称", Cells.text(StagedTasks.MAX_TITLE), "争创国家对外文化贸易基地",
						"title_zh"),
				Column.optional("title_en", "英文名称", Cells.text(StagedTasks.MAX_TITLE),
						"Bid for a national base for cultural trade", "title_en"),
				Column.optional("description_zh", "任务说明", Cells.text(StagedTasks.MAX_DESCRIPTION), "", "description_zh"),
				Column.optional("description_en", "英文说明", Cells.text(StagedTasks.MAX_DESCRIPTION), "", "description_en"),
				Column.required("kind", "任务类型", Cells.choice(TaskKind.values(), Enum::name, KeyTaskKind::names), "成果类",
						"kind"),
				Column.optional("deadline", "完成时限", Cells.date(), LocalDate.of(2025, 12, 31), "deadline"),
				Column.optional("annual_cycle", "按年度节点推进", Cells.flag(), "否", "annual_cycle"),
				Column.optional("lead", "牵头单位", Cells.text(StagedTasks.MAX_UNIT_NAME), "杭州市文化创意产业指导委员会",
						"lead_unit"),
				Column.optional("responsible", "责任单位", Cells.list(StagedTasks.MAX_UNIT_NAME), "滨江区、西湖区",
						"responsible_units"),
				Column.optional("targets", "关联指标", Cells.list(StagedTasks.MAX_INDICATOR), "", "targets"));
	}

	/** The words of the tasks' pages (任务类型), and what supervision lists also write. */
	private static List<String> names(TaskKind kind) {
		return switch (kind) {
			case DELIVERABLE -> List.of("成果类", "成果", "交付类");
			case MILESTONE -> List.of("节点类", "节点", "里程碑");
			case RECURRING -> List.of("常态类", "常态", "常态化", "长期");
		};
	}

	@Override
	public String stagingTable() {
		return "imports.stage_task";
	}

	@Override
	public StagedMerge owner() {
		return tasks;
	}

}
