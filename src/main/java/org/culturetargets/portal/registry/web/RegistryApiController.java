package org.culturetargets.portal.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;

import org.culturetargets.portal.registry.EnterpriseView;
import org.culturetargets.portal.registry.ParkView;
import org.culturetargets.portal.registry.ProjectView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.registry.RegistryFilter;
import org.culturetargets.portal.registry.RegistryPage;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.web.ApiController;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Registry queries of SPEC §9: the same filters as the pages, pages of at most 200 rows. */
@ApiController("/api")
class RegistryApiController {

	private final Registry registry;

	RegistryApiController(Registry registry) {
		this.registry = registry;
	}

	@Operation(summary = "Enterprises, filtered and paged; with indicator (and scope, period) exactly the rows behind "
			+ "that derived figure, with its total")
	@GetMapping("/enterprises")
	RegistryPage<EnterpriseView> enterprises(@ParameterObject RegistryFilter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return registry.enterprises(filter, page, size);
	}

	@Operation(summary = "One enterprise")
	@GetMapping("/enterprises/{id}")
	EnterpriseView enterprise(@PathVariable long id) {
		return registry.enterprise(id).orElseThrow(() -> new NotFoundException("enterprise", id));
	}

	@Operation(summary = "Parks and platforms, filtered and paged")
	@GetMapping("/parks")
	RegistryPage<ParkView> parks(@ParameterObject RegistryFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return registry.parks(filter, page, size);
	}

	@Operation(summary = "Projects, filtered and paged")
	@GetMapping("/projects")
	RegistryPage<ProjectView> projects(@ParameterObject RegistryFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return registry.projects(filter, page, size);
	}

}
