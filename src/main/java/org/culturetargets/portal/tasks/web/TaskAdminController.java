package org.culturetargets.portal.tasks.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.culturetargets.portal.plans.Departments;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.FormErrors;
import org.culturetargets.portal.tasks.LinkKind;
import org.culturetargets.portal.tasks.MilestoneView;
import org.culturetargets.portal.tasks.TaskKind;
import org.culturetargets.portal.tasks.TaskView;
import org.culturetargets.portal.tasks.UnitRef;
import org.culturetargets.portal.tasks.domain.AssignCmd;
import org.culturetargets.portal.tasks.domain.CloseCmd;
import org.culturetargets.portal.tasks.domain.LinkCmd;
import org.culturetargets.portal.tasks.domain.MilestoneCmd;
import org.culturetargets.portal.tasks.domain.TaskAdministration;
import org.culturetargets.portal.tasks.domain.TaskQueries;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators create tasks, assign their lead and responsible units, keep their milestones and links, and close
 * them (under {@code /admin}, which only administrators reach). A refused form comes back with each problem beside its field and nothing saved.
 */
@Controller
class TaskAdminController {

	private final TaskAdministration administration;

	private final TaskQueries tasks;

	private final PlanCatalog catalog;

	private final Departments departments;

	private final PortalTime time;

	private final FormErrors formErrors;

	private final MessageSource messages;

	private final Registry registry;

	TaskAdminController(TaskAdministration administration, TaskQueries tasks, PlanCatalog catalog,
			Departments departments, Registry registry, PortalTime time, FormErrors formErrors, MessageSource messages) {
		this.registry = registry;
		this.administration = administration;
		this.tasks = tasks;
		this.catalog = catalog;
		this.departments = departments;
		this.time = time;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@InitBinder
	void noIdentifiers(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/admin/tasks/new")
	String newTask(@RequestParam(required = false) String plan, Model model, Locale locale) {
		TaskForm form = new TaskForm();
		form.setPlanCode(plan == null ? "" : plan);
		return taskForm(form, model, locale);
	}

	@PostMapping("/admin/tasks")
	String create(@ModelAttribute("form") TaskForm form, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect) {
		return save(() -> administration.create(form.toCmd(), principal.getName()), "task.admin.saved",
				() -> taskForm(form, model, locale), model, locale, redirect);
	}

	@GetMapping("/admin/tasks/{id}/assign")
	String assignForm(@PathVariable long id, Model model, Locale locale) {
		TaskView task = task(id);
		UnitRef lead = task.lead();
		return assignForm(task, lead == null ? "" : lead.key(), task.responsible().stream().map(UnitRef::key).toList(),
				task.version(), "", model, locale);
	}

	@PostMapping("/admin/tasks/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) String lead,
			@RequestParam(required = false) List<String> responsible, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect) {
		TaskView task = task(id);
		return save(() -> {
			administration.assign(id, new AssignCmd(lead, responsible, version, reason), principal.getName());
			return id;
		}, "task.admin.assigned", () -> assignForm(task, lead, responsible == null ? List.of() : responsible, version,
				reason, model, locale), model, locale, redirect);
	}

	@GetMapping("/admin/tasks/{id}/close")
	String closeForm(@PathVariable long id, Model model) {
		TaskView task = task(id);
		return closeForm(task, time.today().toString(), "", task.version(), model);
	}

	@PostMapping("/admin/tasks/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String completedOn,
			@RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		TaskView task = task(id);
		return save(() -> {
			administration.close(id, new CloseCmd(completedOn, note, version), principal.getName());
			return id;
		}, "task.admin.closedNotice", () -> closeForm(task, completedOn, note, version, model), model, locale, redirect);
	}

	/** The task's milestones, with the form to add one or, with {@code edit}, to change that one. */
	@GetMapping("/admin/tasks/{id}/milestones")
	String milestones(@PathVariable long id, @RequestParam(required = false) Long edit, Model model) {
		TaskView task = task(id);
		MilestoneView editing = edit == null ? null
				: task.milestones().stream().filter(m -> m.id() == edit).findFirst()
					.orElseThrow(() -> new NotFoundException("milestone", id, edit));
		MilestoneCmd form = editing == null ? new MilestoneCmd("", "", "", "", task.version(), "")
				: new MilestoneCmd(editing.titleZh(), editing.titleEn(), editing.dueOn().toString(),
						editing.reachedOn() == null ? "" : editing.reachedOn().toString(), task.version(), "");
		return milestonesPage(task, editing == null ? null : editing.id(), form, model);
	}

	@PostMapping("/admin/tasks/{id}/milestones")
	String addMilestone(@PathVariable long id, MilestoneCmd form, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect) {
		TaskView task = task(id);
		return saveAndReturn(() -> administration.addMilestone(id, form, principal.getName()), "task.admin.milestoneSaved",
				"/admin/tasks/" + id + "/milestones", () -> milestonesPage(task, null, form, model), model, locale, redirect);
	}

	@PostMapping("/admin/tasks/{id}/milestones/{milestone}")
	String changeMilestone(@PathVariable long id, @PathVariable long milestone, MilestoneCmd form, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect) {
		TaskView task = task(id);
		return saveAndReturn(() -> administration.changeMilestone(id, milestone, form, principal.getName()),
				"task.admin.milestoneSaved", "/admin/tasks/" + id + "/milestones",
				() -> milestonesPage(task, milestone, form, model), model, locale, redirect);
	}

	@PostMapping("/admin/tasks/{id}/milestones/{milestone}/remove")
	String removeMilestone(@PathVariable long id, @PathVariable long milestone,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		TaskView task = task(id);
		return saveAndReturn(() -> administration.removeMilestone(id, milestone, version, reason, principal.getName()),
				"task.admin.milestoneRemoved", "/admin/tasks/" + id + "/milestones",
				() -> milestonesPage(task, null, new MilestoneCmd("", "", "", "", version, reason), model), model, locale,
				redirect);
	}

	/** The task's links to targets and registry rows, with the form to add one picked from the lists. */
	@GetMapping("/admin/tasks/{id}/links")
	String links(@PathVariable long id, Model model, Locale locale) {
		TaskView task = task(id);
		return linksPage(task, new LinkCmd("TARGET", "", task.version(), ""), model, locale);
	}

	/** {@code kind} names the list picked from; its value is in the field of that name ({@code target}, {@code park}…). */
	@PostMapping("/admin/tasks/{id}/links")
	String addLink(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam Map<String, String> fields, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect) {
		TaskView task = task(id);
		LinkCmd cmd = new LinkCmd(kind, kind == null ? null : fields.get(kind.toLowerCase(Locale.ROOT)), version, reason);
		return saveAndReturn(() -> administration.addLink(id, cmd, principal.getName()), "task.admin.linkSaved",
				"/admin/tasks/" + id + "/links", () -> linksPage(task, cmd, model, locale), model, locale, redirect);
	}

	@PostMapping("/admin/tasks/{id}/links/remove")
	String removeLink(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String ref, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect) {
		TaskView task = task(id);
		LinkCmd cmd = new LinkCmd(kind, ref, version, reason);
		return saveAndReturn(() -> administration.removeLink(id, cmd, principal.getName()), "task.admin.linkRemoved",
				"/admin/tasks/" + id + "/links", () -> linksPage(task, cmd, model, locale), model, locale, redirect);
	}

	private String saveAndReturn(Runnable write, String notice, String back, Supplier<String> formAgain, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			write.run();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", formErrors.of(invalid, locale));
			return formAgain.get();
		}
		redirect.addFlashAttribute("saved", messages.getMessage(notice, null, locale));
		return "redirect:" + back;
	}

	private String milestonesPage(TaskView task, Long editing, MilestoneCmd form, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("editing", editing);
		model.addAttribute("form", form);
		return "tasks/milestones";
	}

	private String linksPage(TaskView task, LinkCmd form, Model model, Locale locale) {
		Map<Long, TargetView> targets = new LinkedHashMap<>();
		catalog.targets(task.planCode(), null).forEach(t -> targets.put(t.id(), t));
		Map<String, String> indicators = new LinkedHashMap<>();
		catalog.indicators().forEach(i -> indicators.put(i.code(), i.name(locale)));
		Map<String, String> scopes = new LinkedHashMap<>();
		catalog.scopes().forEach(sc -> scopes.put(sc.code(), sc.name(locale)));
		model.addAttribute("task", task);
		model.addAttribute("form", form);
		model.addAttribute("targets", targets);
		model.addAttribute("indicatorNames", indicators);
		model.addAttribute("scopeNames", scopes);
		model.addAttribute("parks", registry.parkChoices());
		model.addAttribute("linkKinds", LinkKind.values());
		return "tasks/links";
	}

	private String save(Supplier<Long> write, String notice, Supplier<String> formAgain, Model model, Locale locale,
			RedirectAttributes redirect) {
		long id;
		try {
			id = write.get();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", formErrors.of(invalid, locale));
			return formAgain.get();
		}
		redirect.addFlashAttribute("saved", messages.getMessage(notice, null, locale));
		return "redirect:/tasks/" + id;
	}

	private String taskForm(TaskForm form, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("plans", catalog.plans());
		model.addAttribute("kinds", TaskKind.values());
		model.addAttribute("units", units(locale));
		return "tasks/task-form";
	}

	private String assignForm(TaskView task, String lead, List<String> responsible, Integer version, String reason,
			Model model, Locale locale) {
		model.addAttribute("task", task);
		model.addAttribute("lead", lead == null ? "" : lead);
		model.addAttribute("responsible", responsible);
		model.addAttribute("version", version);
		model.addAttribute("reason", reason);
		model.addAttribute("units", units(locale));
		return "tasks/assign";
	}

	private String closeForm(TaskView task, String completedOn, String note, Integer version, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("completedOn", completedOn);
		model.addAttribute("note", note);
		model.addAttribute("version", version);
		return "tasks/close";
	}

	/** Every unit a task may be assigned to, by key: the cities and districts, then the departments. */
	private Map<String, String> units(Locale locale) {
		Map<String, String> units = new LinkedHashMap<>();
		catalog.scopes()
			.stream()
			.filter(s -> s.kind() == ScopeKind.CITY || s.kind() == ScopeKind.DISTRICT)
			.forEach(s -> units.put("area:" + s.code(), s.name(locale)));
		departments.departments().forEach(d -> units.put("department:" + d.code(), d.name(locale)));
		return units;
	}

	private TaskView task(long id) {
		return tasks.task(id, time.today()).orElseThrow(() -> new NotFoundException("task", id));
	}

}
