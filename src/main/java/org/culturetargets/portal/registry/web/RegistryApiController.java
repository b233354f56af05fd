package org.culturetargets.portal.registry.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.function.LongFunction;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;

import org.culturetargets.portal.registry.EnterpriseCmd;
import org.culturetargets.portal.registry.EnterpriseFigureCmd;
import org.culturetargets.portal.registry.EnterpriseView;
import org.culturetargets.portal.registry.ParkCmd;
import org.culturetargets.portal.registry.ParkView;
import org.culturetargets.portal.registry.ProjectCmd;
import org.culturetargets.portal.registry.ProjectView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.registry.RegistryEditor;
import org.culturetargets.portal.registry.RegistryFilter;
import org.culturetargets.portal.registry.RegistryPage;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.web.ApiController;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Registry queries and writes of SPEC §9: the same filters as the pages, pages of at most 200 rows; writes with the
 * forms' rules, roles and districts (through {@link RegistryEditor}), each audited. A change carries the version it
 * edits; a stale one is a 409 naming who changed the row and when.
 */
@ApiController("/api")
class RegistryApiController {

	private final Registry registry;

	private final RegistryEditor editor;

	RegistryApiController(Registry registry, RegistryEditor editor) {
		this.registry = registry;
		this.editor = editor;
	}

	@Operation(summary = "Enterprises, filtered and paged; with indicator (and scope, period) exactly the rows behind "
			+ "that derived figure, with its total; 'after' (the previous page's last id) starts the page after it")
	@GetMapping("/enterprises")
	RegistryPage<EnterpriseView> enterprises(@ParameterObject RegistryFilter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) Long after) {
		return registry.enterprises(filter, page, size, after);
	}

	@Operation(summary = "One enterprise")
	@GetMapping("/enterprises/{id}")
	EnterpriseView enterprise(@PathVariable long id) {
		return registry.enterprise(id).orElseThrow(() -> new NotFoundException("enterprise", id));
	}

	@Operation(summary = "Register an enterprise (district staff in their own district, administrators anywhere); "
			+ "'digital' null follows its industry class, 'reason' goes to the audit log")
	@PostMapping("/enterprises")
	ResponseEntity<EnterpriseView> createEnterprise(@RequestBody EnterpriseCmd cmd) {
		return created("/api/enterprises/", editor.saveEnterprise(null, cmd), this::enterprise);
	}

	@Operation(summary = "Change an enterprise; 'version' is the version read")
	@PutMapping("/enterprises/{id}")
	EnterpriseView updateEnterprise(@PathVariable long id, @RequestBody EnterpriseCmd cmd) {
		return enterprise(editor.saveEnterprise(id, cmd));
	}

	@Operation(summary = "Record or correct an enterprise's figures of an ended quarter (period as 2025Q3): "
			+ "year-to-date revenue in 10,000 yuan and employees; a revenue that falls within the year needs a reason")
	@PutMapping("/enterprises/{id}/figures/{period}")
	EnterpriseView saveFigure(@PathVariable long id, @PathVariable String period, @RequestBody FigureEntry entry) {
		editor.saveFigure(id, new EnterpriseFigureCmd(period, entry.revenue(), entry.employees(), entry.reason()));
		String quarter = period.strip().toUpperCase(Locale.ROOT);
		return registry.figuresOf(id)
			.stream()
			.filter(f -> f.period().equals(quarter))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("enterprise", id));
	}

	@Operation(summary = "Parks and platforms, filtered and paged")
	@GetMapping("/parks")
	RegistryPage<ParkView> parks(@ParameterObject RegistryFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return registry.parks(filter, page, size);
	}

	@Operation(summary = "One park or platform")
	@GetMapping("/parks/{id}")
	ParkView park(@PathVariable long id) {
		return registry.park(id).orElseThrow(() -> new NotFoundException("park", id));
	}

	@Operation(summary = "Add a park or platform (administrators only); district and level may be empty")
	@PostMapping("/parks")
	ResponseEntity<ParkView> createPark(@RequestBody ParkCmd cmd) {
		return created("/api/parks/", editor.savePark(null, cmd), this::park);
	}

	@Operation(summary = "Change a park or platform (administrators only); 'version' is the version read")
	@PutMapping("/parks/{id}")
	ParkView updatePark(@PathVariable long id, @RequestBody ParkCmd cmd) {
		return park(editor.savePark(id, cmd));
	}

	@Operation(summary = "Projects, filtered and paged")
	@GetMapping("/projects")
	RegistryPage<ProjectView> projects(@ParameterObject RegistryFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return registry.projects(filter, page, size);
	}

	@Operation(summary = "One project")
	@GetMapping("/projects/{id}")
	ProjectView project(@PathVariable long id) {
		return registry.project(id).orElseThrow(() -> new NotFoundException("project", id));
	}

	@Operation(summary = "Register a project (district staff in their own district, administrators anywhere); its "
			+ "dates must agree with its status: started ones have a start date, completed ones a completion date")
	@PostMapping("/projects")
	ResponseEntity<ProjectView> createProject(@RequestBody ProjectCmd cmd) {
		return created("/api/projects/", editor.saveProject(null, cmd), this::project);
	}

	@Operation(summary = "Change a project; 'version' is the version read")
	@PutMapping("/projects/{id}")
	ProjectView updateProject(@PathVariable long id, @RequestBody ProjectCmd cmd) {
		return project(editor.saveProject(id, cmd));
	}

	private static <T> ResponseEntity<T> created(String path, long id, LongFunction<T> saved) {
		return ResponseEntity.created(URI.create(path + id)).body(saved.apply(id));
	}

	/** One quarter's figures; the quarter is in the address. */
	record FigureEntry(BigDecimal revenue, Integer employees, String reason) {
	}

}
