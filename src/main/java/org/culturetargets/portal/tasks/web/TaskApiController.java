package org.culturetargets.portal.tasks.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.ApiController;
import org.culturetargets.portal.tasks.MilestoneView;
import org.culturetargets.portal.tasks.TaskView;
import org.culturetargets.portal.tasks.UnitRef;
import org.culturetargets.portal.tasks.domain.TaskQueries;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's key tasks and one task, each assessed as of a date (default: today in the portal's zone). */
@ApiController("/api")
class TaskApiController {

	private final TaskQueries tasks;

	private final PlanCatalog catalog;

	private final PortalTime time;

	private final MessageSource messages;

	TaskApiController(TaskQueries tasks, PlanCatalog catalog, PortalTime time, MessageSource messages) {
		this.tasks = tasks;
		this.catalog = catalog;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/plans/{plan}/tasks")
	@Operation(summary = "A plan's key tasks in the plan's order, each with its units, milestones and status as of a date "
			+ "(asOf=2025-06-30; default today)")
	PlanTasks planTasks(@PathVariable String plan, @RequestParam(required = false) String asOf) {
		catalog.plan(plan).orElseThrow(() -> new NotFoundException("plan", plan));
		LocalDate date = AsOf.parse(asOf, time);
		return new PlanTasks(plan, date.toString(), tasks.ofPlan(plan, date).stream().map(this::entry).toList());
	}

	@GetMapping("/tasks/{id}")
	@Operation(summary = "One key task with its units, milestones, links and status as of a date (default today)")
	TaskEntry task(@PathVariable long id, @RequestParam(required = false) String asOf) {
		LocalDate date = AsOf.parse(asOf, time);
		return entry(tasks.task(id, date).orElseThrow(() -> new NotFoundException("task", id)));
	}

	record PlanTasks(String plan, String asOf, List<TaskEntry> tasks) {
	}

	record Unit(String role, String type, String code, String nameZh, String nameEn) {
	}

	record Milestone(String titleZh, String titleEn, LocalDate dueOn, LocalDate reachedOn, String checkpoint) {
	}

	record Link(String kind, long id) {
	}

	/** The status with its reason: the message key, its values and the sentence in both languages. */
	record Assessment(String status, String reason, List<Object> arguments, String explanationZh, String explanationEn) {
	}

	record TaskEntry(long id, String plan, String code, String sourceSection, String sourceSectionTranslation,
			String sourceLanguage, String sourceText,
			String titleZh, String titleEn, String descriptionZh, String descriptionEn, String kind, boolean annualCycle,
			LocalDate deadline, LocalDate startedOn, LocalDate completedOn, String closedBy, String closeNote,
			int version, boolean unassigned, List<Unit> units, List<String> scopes, List<Milestone> milestones,
			List<Long> targets, List<Link> links, Assessment assessment) {
	}

	private TaskEntry entry(TaskView t) {
		List<Unit> units = t.units()
			.stream()
			.map((UnitRef u) -> new Unit(u.role().name(), u.area() ? "area" : "department", u.code(), u.nameZh(), u.nameEn()))
			.toList();
		List<Milestone> milestones = t.milestones()
			.stream()
			.map((MilestoneView m) -> new Milestone(m.titleZh(), m.titleEn(), m.dueOn(), m.reachedOn(),
					m.checkpoint() == null ? null : m.checkpoint().name()))
			.toList();
		List<Link> links = t.links().stream().map(l -> new Link(l.kind().name(), l.id())).toList();
		Object[] args = t.assessment().arguments();
		Assessment assessment = new Assessment(t.status().name(), t.assessment().reasonKey(), t.assessment().args(),
				messages.getMessage(t.assessment().reasonKey(), args, Locale.SIMPLIFIED_CHINESE),
				messages.getMessage(t.assessment().reasonKey(), args, Locale.ENGLISH));
		return new TaskEntry(t.id(), t.planCode(), t.code(), t.sourceSection(), t.sourceSectionTranslation(),
				t.sourceLanguage(), t.sourceText(),
				t.titleZh(), t.titleEn(), t.descriptionZh(), t.descriptionEn(), t.kind().name(), t.annualCycle(),
				t.deadline(), t.startedOn(), t.completedOn(), t.closedBy(), t.closeNote(), t.version(), t.unassigned(),
				units, t.scopes(), milestones, t.targetIds(), links, assessment);
	}

}
