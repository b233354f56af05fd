package org.culturetargets.portal.registry.web;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.registry.EnterpriseView;
import org.culturetargets.portal.registry.InvalidEntry;
import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.registry.Maintainers;
import org.culturetargets.portal.registry.ParkView;
import org.culturetargets.portal.registry.ProjectView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.registry.RegistryEditor;
import org.culturetargets.portal.registry.StaleEntry;
import org.culturetargets.portal.registry.WriteRefused;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise, project and quarterly-figure forms: district staff for their own district, administrators for
 * every district; the park form for administrators only.
 * A refused entry is shown again with every problem beside its field and nothing saved; an edit of a stale version
 * says who changed the row and when, and keeps what the user typed.
 */
@Controller
class RegistryFormController {

	private final Registry registry;

	private final RegistryEditor editor;

	private final PlanCatalog catalog;

	private final PortalTime time;

	RegistryFormController(Registry registry, RegistryEditor editor, PlanCatalog catalog, PortalTime time) {
		this.registry = registry;
		this.time = time;
		this.editor = editor;
		this.catalog = catalog;
	}

	@InitBinder
	void noIdentifiers(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("districts")
	List<ScopeView> districts() {
		PortalUser user = PortalUser.current().orElseThrow(() -> new WriteRefused("registry.refused.role"));
		return catalog.scopes()
			.stream()
			.filter(s -> s.kind() == ScopeKind.DISTRICT && user.mayMaintain(s.code()))
			.toList();
	}

	// --- enterprises ---

	@GetMapping("/registry/enterprises/new")
	String newEnterprise(Model model) {
		EnterpriseForm form = new EnterpriseForm();
		PortalUser.current().flatMap(PortalUser::areaCode).ifPresent(form::setAreaCode);
		return enterpriseForm(null, form, model);
	}

	@GetMapping("/registry/enterprises/{id}/edit")
	String editEnterprise(@PathVariable long id, Model model) {
		EnterpriseView enterprise = registry.enterprise(id).orElseThrow(() -> new NotFoundException("enterprise", id));
		Maintainers.maintainerOf(enterprise.areaCode());
		return enterpriseForm(id, EnterpriseForm.of(enterprise), model);
	}

	@PostMapping("/registry/enterprises")
	String createEnterprise(@ModelAttribute("form") EnterpriseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return saveEnterprise(null, form, binding, model, redirect, response);
	}

	@PostMapping("/registry/enterprises/{id}")
	String updateEnterprise(@PathVariable long id, @ModelAttribute("form") EnterpriseForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return saveEnterprise(id, form, binding, model, redirect, response);
	}

	private String saveEnterprise(Long id, EnterpriseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		// who asks is settled before their input: a role or district that may not write is told so, not its typos
		if (id != null) {
			Maintainers.maintainerOf(registry.enterprise(id).orElseThrow(() -> new NotFoundException("enterprise", id))
				.areaCode());
		}
		Maintainers.maintainer();
		if (!form.digitalChosen()) {
			binding.rejectValue("digital", "registry.invalid.digital");
		}
		return save(() -> editor.saveEnterprise(id, form.toCmd()), List::of, "/registry/enterprises/", binding, redirect,
				response, () -> enterpriseForm(id, form, model));
	}

	private String enterpriseForm(Long id, EnterpriseForm form, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("classes", registry.industryClasses());
		model.addAttribute("parks", registry.parkChoices());
		return "registry/enterprise-form";
	}

	// --- projects ---

	@GetMapping("/registry/projects/new")
	String newProject(Model model) {
		ProjectForm form = new ProjectForm();
		PortalUser.current().flatMap(PortalUser::areaCode).ifPresent(form::setAreaCode);
		return projectForm(null, form, model);
	}

	@GetMapping("/registry/projects/{id}/edit")
	String editProject(@PathVariable long id, Model model) {
		ProjectView project = registry.project(id).orElseThrow(() -> new NotFoundException("project", id));
		Maintainers.maintainerOf(project.areaCode());
		return projectForm(id, ProjectForm.of(project), model);
	}

	@PostMapping("/registry/projects")
	String createProject(@ModelAttribute("form") ProjectForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return saveProject(null, form, binding, model, redirect, response);
	}

	@PostMapping("/registry/projects/{id}")
	String updateProject(@PathVariable long id, @ModelAttribute("form") ProjectForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return saveProject(id, form, binding, model, redirect, response);
	}

	private String saveProject(Long id, ProjectForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (id != null) {
			Maintainers.maintainerOf(registry.project(id).orElseThrow(() -> new NotFoundException("project", id)).areaCode());
		}
		Maintainers.maintainer();
		return save(() -> editor.saveProject(id, form.toCmd()), () -> editor.projectProblems(id, form.toCmd()),
				"/registry/projects/", binding, redirect, response, () -> projectForm(id, form, model));
	}

	private String projectForm(Long id, ProjectForm form, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("groupChoices", groupChoices());
		return "registry/project-form";
	}

	// --- parks: administrators only ---

	@GetMapping("/registry/parks/new")
	String newPark(Model model) {
		Maintainers.administrator();
		return parkForm(null, new ParkForm(), model);
	}

	@GetMapping("/registry/parks/{id}/edit")
	String editPark(@PathVariable long id, Model model) {
		Maintainers.administrator();
		ParkView park = registry.park(id).orElseThrow(() -> new NotFoundException("park", id));
		return parkForm(id, ParkForm.of(park), model);
	}

	@PostMapping("/registry/parks")
	String createPark(@ModelAttribute("form") ParkForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return savePark(null, form, binding, model, redirect, response);
	}

	@PostMapping("/registry/parks/{id}")
	String updatePark(@PathVariable long id, @ModelAttribute("form") ParkForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return savePark(id, form, binding, model, redirect, response);
	}

	private String savePark(Long id, ParkForm form, BindingResult binding, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		// refused before the form's own problems are shown
		Maintainers.administrator();
		return save(() -> editor.savePark(id, form.toCmd()), () -> editor.parkProblems(id, form.toCmd()),
				"/registry/parks/", binding, redirect, response, () -> parkForm(id, form, model));
	}

	private String parkForm(Long id, ParkForm form, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("groupChoices", groupChoices());
		model.addAttribute("lastYear", Year.now().getValue());
		return "registry/park-form";
	}

	// --- an enterprise's quarterly figures ---

	@GetMapping("/registry/enterprises/{id}/figures")
	String figureForm(@PathVariable long id, @RequestParam(required = false) String period, Model model) {
		EnterpriseView enterprise = maintainedEnterprise(id);
		String quarter = period == null || period.isBlank() ? Period.lastEndedQuarter(time.today()).toString()
				: period.strip().toUpperCase(Locale.ROOT);
		EnterpriseView recorded = registry.figuresOf(id)
			.stream()
			.filter(f -> f.period().equals(quarter))
			.findFirst()
			.orElse(null);
		return figureForm(enterprise, EnterpriseFigureForm.of(quarter, recorded), model);
	}

	@PostMapping("/registry/enterprises/{id}/figures")
	String saveFigure(@PathVariable long id, @ModelAttribute("figureForm") EnterpriseFigureForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		EnterpriseView enterprise = maintainedEnterprise(id);
		return save(() -> {
			editor.saveFigure(id, form.toCmd());
			return id;
		}, List::of, "/registry/enterprises/", binding, redirect, response, () -> figureForm(enterprise, form, model));
	}

	private String figureForm(EnterpriseView enterprise, EnterpriseFigureForm form, Model model) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("figureForm", form);
		model.addAttribute("figures", registry.figuresOf(enterprise.id()));
		return "registry/figure-form";
	}

	/** The enterprise, if the user may maintain its district; refused (403) before anything else. */
	private EnterpriseView maintainedEnterprise(long id) {
		Maintainers.maintainer();
		EnterpriseView enterprise = registry.enterprise(id).orElseThrow(() -> new NotFoundException("enterprise", id));
		Maintainers.maintainerOf(enterprise.areaCode());
		return enterprise;
	}

	private List<ScopeView> groupChoices() {
		return catalog.scopes().stream().filter(s -> !s.isArea()).toList();
	}

	// --- shared ---

	/**
	 * Saves and shows the saved row, or shows the form again with the problems (422) or the conflict (409). When
	 * some fields could not be read, {@code otherProblems} names what is wrong with the rest.
	 */
	private String save(LongSupplier write, Supplier<List<Problem>> otherProblems, String savedPath,
			BindingResult binding, RedirectAttributes redirect, HttpServletResponse response,
			Supplier<String> formAgain) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		if (binding.hasErrors()) {
			otherProblems.get()
				.stream()
				.filter(p -> !binding.hasFieldErrors(p.field()))
				.forEach(p -> reject(p, binding));
		}
		else {
			try {
				long saved = write.getAsLong();
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + savedPath + saved;
			}
			catch (InvalidEntry invalid) {
				reject(invalid, binding);
			}
			catch (StaleEntry stale) {
				stale(stale, binding, response);
			}
		}
		return formAgain.get();
	}

	private static void reject(InvalidEntry invalid, BindingResult binding) {
		invalid.problems().forEach(p -> reject(p, binding));
	}

	private static void reject(Problem problem, BindingResult binding) {
		binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
	}

	private void stale(StaleEntry stale, BindingResult binding, HttpServletResponse response) {
		String at = stale.changedAt() == null ? "" : time.second(stale.changedAt());
		binding.reject("registry.stale", new Object[] { stale.changedBy(), at }, "stale");
		response.setStatus(HttpServletResponse.SC_CONFLICT);
	}

}
