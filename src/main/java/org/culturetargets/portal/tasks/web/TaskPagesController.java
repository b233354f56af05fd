package org.culturetargets.portal.tasks.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.culturetargets.portal.plans.DepartmentView;
import org.culturetargets.portal.plans.Departments;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.tasks.MilestoneView;
import org.culturetargets.portal.tasks.TaskKind;
import org.culturetargets.portal.tasks.TaskStatus;
import org.culturetargets.portal.tasks.TaskView;
import org.culturetargets.portal.tasks.UnitRef;
import org.culturetargets.portal.tasks.domain.TaskHistory;
import org.culturetargets.portal.tasks.domain.TaskQueries;
import org.culturetargets.portal.tasks.domain.TaskReport;
import org.culturetargets.portal.tasks.domain.TaskReportStatus;
import org.culturetargets.portal.tasks.domain.TaskReports;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The task boards (per plan, area, belt or other group, department) and the task page, for every signed-in user.
 * A board counts its tasks by status, lists the overdue first, and filters by status, unit and kind.
 */
@Controller
class TaskPagesController {

	private final TaskQueries tasks;

	private final TaskHistory history;

	private final PlanCatalog catalog;

	private final Departments departments;

	private final PortalTime time;

	private final MessageSource messages;

	private final TaskReports taskReports;

	TaskPagesController(TaskQueries tasks, TaskHistory history, PlanCatalog catalog, Departments departments,
			PortalTime time, MessageSource messages, TaskReports taskReports) {
		this.taskReports = taskReports;
		this.tasks = tasks;
		this.history = history;
		this.catalog = catalog;
		this.departments = departments;
		this.time = time;
		this.messages = messages;
	}

	/** Filters of a board; a blank or unknown value is no filter. */
	record Filter(TaskStatus status, String unit, TaskKind kind) {

		boolean keeps(TaskView task) {
			return (status == null || task.status() == status) && (kind == null || task.kind() == kind)
					&& (unit == null || task.involves(unit));
		}

	}

	@GetMapping("/tasks")
	String index(@RequestParam(required = false) String asOf, Model model) {
		LocalDate date = asOf(asOf);
		List<PlanView> plans = catalog.plans();
		model.addAttribute("asOf", date);
		model.addAttribute("plans", plans);
		model.addAttribute("summaries",
				plans.stream().collect(Collectors.toMap(PlanView::code, p -> tasks.summary(p.code(), date))));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("areas", catalog.scopes().stream().filter(s -> s.kind().name().equals("DISTRICT")).toList());
		model.addAttribute("groups", catalog.scopes().stream().filter(s -> !s.isArea()).toList());
		model.addAttribute("departments", departments.departments());
		return "tasks/index";
	}

	@GetMapping("/tasks/plans/{plan}")
	String planBoard(@PathVariable String plan, @RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String asOf, Model model, Locale locale) {
		PlanView view = catalog.plan(plan).orElseThrow(() -> new NotFoundException("plan", plan));
		LocalDate date = asOf(asOf);
		return board(messages.getMessage("task.board.plan", new Object[] { view.title(locale) }, locale),
				"/tasks/plans/" + plan, tasks.ofPlan(plan, date), date, status, unit, kind, model, locale);
	}

	@GetMapping("/tasks/scopes/{code}")
	String scopeBoard(@PathVariable String code, @RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String asOf, Model model, Locale locale) {
		ScopeView scope = catalog.scope(code).orElseThrow(() -> new NotFoundException("scope", code));
		LocalDate date = asOf(asOf);
		String heading = messages.getMessage(scope.isArea() ? "task.board.area" : "task.board.group",
				new Object[] { scope.name(locale) }, locale);
		List<TaskView> list = scope.isArea() ? tasks.ofArea(code, date) : tasks.ofGroup(code, date);
		return board(heading, "/tasks/scopes/" + code, list, date, status, unit, kind, model, locale);
	}

	@GetMapping("/tasks/departments/{code}")
	String departmentBoard(@PathVariable String code, @RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String asOf, Model model, Locale locale) {
		DepartmentView department = departments.department(code)
			.orElseThrow(() -> new NotFoundException("department", code));
		LocalDate date = asOf(asOf);
		return board(messages.getMessage("task.board.department", new Object[] { department.name(locale) }, locale),
				"/tasks/departments/" + code, tasks.ofDepartment(code, date), date, status, unit, kind, model, locale);
	}

	@GetMapping("/tasks/{id:[0-9]+}")
	String task(@PathVariable long id, @RequestParam(required = false) String asOf,
			@AuthenticationPrincipal PortalUser user, Model model) {
		LocalDate date = asOf(asOf);
		TaskView task = tasks.task(id, date).orElseThrow(() -> new NotFoundException("task", id));
		PlanView plan = catalog.plan(task.planCode()).orElseThrow();
		Map<Long, TargetView> targets = catalog.targets(task.planCode(), null)
			.stream()
			.collect(Collectors.toMap(TargetView::id, Function.identity()));
		Map<String, IndicatorView> indicators = catalog.indicators()
			.stream()
			.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		model.addAttribute("asOf", date);
		model.addAttribute("task", task);
		model.addAttribute("plan", plan);
		model.addAttribute("targets", task.targetIds().stream().map(targets::get).filter(Objects::nonNull).toList());
		model.addAttribute("indicators", indicators);
		model.addAttribute("scopes", catalog.scopes().stream().collect(Collectors.toMap(ScopeView::code, Function.identity())));
		model.addAttribute("history", history.of(id));
		reports(task, user, model);
		return "tasks/task";
	}

	/**
	 * The task's progress reports; for the staff of one of its units the form of their unit's report of the current
	 * quarter, for reviewers and administrators the submitted reports to decide on.
	 */
	private void reports(TaskView task, PortalUser user, Model model) {
		List<TaskReport> all = taskReports.ofTask(task.id());
		LocalDate today = time.today();
		Period quarter = Period.ofQuarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
		Map<String, UnitRef> units = task.units().stream().collect(Collectors.toMap(UnitRef::key, Function.identity()));
		model.addAttribute("reports", all);
		model.addAttribute("reportUnits", units);
		model.addAttribute("milestonesById",
				task.milestones().stream().collect(Collectors.toMap(MilestoneView::id, Function.identity())));
		model.addAttribute("quarter", quarter.toString());
		String own = user == null ? null : user.reportingUnit().orElse(null);
		if (own != null && task.involves(own)) {
			TaskReport mine = taskReports.latest(task.id(), own, quarter).orElse(null);
			model.addAttribute("ownUnit", units.get(own));
			model.addAttribute("ownReport", mine);
			model.addAttribute("ownEditable", mine == null || mine.status() != TaskReportStatus.SUBMITTED);
			model.addAttribute("ownReached", mine == null ? Map.of()
					: mine.milestones().stream().collect(Collectors.toMap(TaskReport.Reached::milestoneId,
							TaskReport.Reached::reachedOn)));
		}
		boolean reviewer = user != null && (user.role() == Role.REVIEWER || user.role() == Role.ADMIN);
		Map<String, Integer> latest = new LinkedHashMap<>();
		all.forEach(r -> latest.merge(r.unitKey() + "|" + r.period(), r.revision(), Math::max));
		model.addAttribute("toReview", reviewer ? all.stream()
			.filter(r -> r.status() == TaskReportStatus.SUBMITTED
					&& latest.get(r.unitKey() + "|" + r.period()) == r.revision()
					&& !user.getUsername().equals(r.submittedBy()))
			.toList() : List.of());
	}

	private String board(String heading, String path, List<TaskView> all, LocalDate asOf, String status, String unit,
			String kind, Model model, Locale locale) {
		Filter filter = new Filter(parse(TaskStatus.class, status), blankToNull(unit), parse(TaskKind.class, kind));
		Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
		for (TaskStatus s : TaskStatus.values()) {
			counts.put(s, all.stream().filter(t -> t.status() == s).count());
		}
		Map<String, String> units = new LinkedHashMap<>();
		all.stream()
			.flatMap(t -> t.units().stream())
			.sorted(Comparator.comparing((UnitRef u) -> !u.area()).thenComparing(UnitRef::code))
			.forEach(u -> units.putIfAbsent(u.key(), u.name(locale)));
		model.addAttribute("heading", heading);
		model.addAttribute("path", path);
		model.addAttribute("asOf", asOf);
		model.addAttribute("total", all.size());
		model.addAttribute("unassigned", all.stream().filter(TaskView::unassigned).count());
		model.addAttribute("counts", counts);
		model.addAttribute("filter", filter);
		model.addAttribute("units", units);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("kinds", TaskKind.values());
		model.addAttribute("tasks", all.stream().filter(filter::keeps).sorted(TaskQueries.BOARD_ORDER).toList());
		model.addAttribute("plans", catalog.plans().stream().collect(Collectors.toMap(PlanView::code, Function.identity())));
		return "tasks/board";
	}

	/** Today in the portal's zone, or the date asked for. */
	private LocalDate asOf(String asOf) {
		return AsOf.parse(asOf, time);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.strip())) {
				return constant;
			}
		}
		return null;
	}

}
