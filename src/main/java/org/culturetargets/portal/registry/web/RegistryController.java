package org.culturetargets.portal.registry.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.registry.EnterpriseView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.registry.RegistryFilter;
import org.culturetargets.portal.registry.RegistryPage;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registry pages: searchable, filterable lists cut into pages in SQL, and a detail page per park, enterprise
 * and project. With {@code indicator} (and {@code scope}, {@code period}) a list shows exactly the rows behind that
 * derived figure, and their total.
 */
@Controller
class RegistryController {

	static final int PAGE_SIZE = 50;

	private final Registry registry;

	private final PlanCatalog catalog;

	private final RegistrySheets sheets;

	private final PortalTime time;

	RegistryController(Registry registry, PlanCatalog catalog, RegistrySheets sheets, PortalTime time) {
		this.registry = registry;
		this.catalog = catalog;
		this.sheets = sheets;
		this.time = time;
	}

	@ModelAttribute("scopeChoices")
	List<ScopeView> scopeChoices() {
		return catalog.scopes()
			.stream()
			.filter(s -> !s.isArea() || s.kind() == ScopeKind.CITY || s.kind() == ScopeKind.DISTRICT)
			.filter(s -> s.isArea() ? s.code().startsWith("33") : true)
			.toList();
	}

	@GetMapping("/registry/enterprises")
	String enterprises(RegistryFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Long after, Model model, HttpServletRequest request) {
		RegistryPage<EnterpriseView> list = registry.enterprises(filter, page, PAGE_SIZE, after);
		model.addAttribute("list", list);
		model.addAttribute("classes", registry.industryClasses());
		common(filter, model, request);
		// the next page starts after this page's last enterprise (keyset), however deep it is
		if (list.hasNext() && !list.rows().isEmpty()) {
			model.addAttribute("nextPage", thisList(request).replaceQueryParam("page", list.page() + 1)
				.replaceQueryParam("after", list.rows().get(list.rows().size() - 1).id())
				.build(true)
				.toUriString());
		}
		return "registry/enterprises";
	}

	@GetMapping("/registry/parks")
	String parks(RegistryFilter filter, @RequestParam(defaultValue = "0") int page, Model model,
			HttpServletRequest request) {
		model.addAttribute("list", registry.parks(filter, page, PAGE_SIZE));
		common(filter, model, request);
		return "registry/parks";
	}

	@GetMapping("/registry/projects")
	String projects(RegistryFilter filter, @RequestParam(defaultValue = "0") int page, Model model,
			HttpServletRequest request) {
		model.addAttribute("list", registry.projects(filter, page, PAGE_SIZE));
		common(filter, model, request);
		return "registry/projects";
	}

	/** Every row the list's filter matches (not one page) as {@code ?format=csv} or {@code xlsx}. */
	@GetMapping(path = "/registry/enterprises", params = "format")
	void enterprisesSheet(RegistryFilter filter, @RequestParam String format, Locale locale,
			HttpServletResponse response) throws IOException {
		sheets.enterprises(filter, locale).download(fileName("enterprises", filter), format, response);
	}

	@GetMapping(path = "/registry/parks", params = "format")
	void parksSheet(RegistryFilter filter, @RequestParam String format, Locale locale, HttpServletResponse response)
			throws IOException {
		sheets.parks(filter, locale).download(fileName("parks", filter), format, response);
	}

	@GetMapping(path = "/registry/projects", params = "format")
	void projectsSheet(RegistryFilter filter, @RequestParam String format, Locale locale, HttpServletResponse response)
			throws IOException {
		sheets.projects(filter, locale).download(fileName("projects", filter), format, response);
	}

	/** {@code enterprises}, with the scope and the derived figure it stands behind when the list is narrowed to them. */
	private static String fileName(String list, RegistryFilter filter) {
		return Stream.of(list, filter.scope(), filter.indicator(), filter.period())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining("-"));
	}

	/** From a derived figure to the list of the rows behind it (or, with {@code format}, its download). */
	@GetMapping("/registry/drill")
	String drill(@RequestParam String indicator, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String period, @RequestParam(required = false) String format) {
		String list = registry.listBehind(indicator)
			.orElseThrow(() -> new IllegalArgumentException("indicator '" + indicator + "' is not derived from the registries"));
		return "redirect:" + UriComponentsBuilder.fromPath("/registry/" + list)
			.queryParam("indicator", indicator)
			.queryParamIfPresent("scope", Optional.ofNullable(scope))
			.queryParamIfPresent("period", Optional.ofNullable(period))
			.queryParamIfPresent("format", Optional.ofNullable(format))
			// the values encoded as values (a brace too), not as a URI template the redirect would expand
			.build()
			.encode()
			.toUriString();
	}

	@GetMapping("/registry/enterprises/{id}")
	String enterprise(@PathVariable long id, Model model) {
		EnterpriseView enterprise = registry.enterprise(id)
			.orElseThrow(() -> new NotFoundException("enterprise", id));
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("figures", registry.figuresOf(id));
		boolean mayMaintain = PortalUser.current().filter(u -> u.mayMaintain(enterprise.areaCode())).isPresent();
		model.addAttribute("mayMaintain", mayMaintain);
		if (mayMaintain) {
			model.addAttribute("figureForm",
					EnterpriseFigureForm.of(Period.lastEndedQuarter(time.today()).toString(), null));
		}
		List<String> indicators = registry.indicatorsCounting(id);
		Set<String> scopes = Set.copyOf(registry.scopesIncluding(id));
		Map<String, IndicatorView> byCode = catalog.indicators()
			.stream()
			.collect(Collectors.toMap(IndicatorView::code, i -> i));
		model.addAttribute("indicators", indicators.stream().map(byCode::get).toList());
		Map<String, ScopeView> scopesByCode = catalog.scopes()
			.stream()
			.collect(Collectors.toMap(ScopeView::code, s -> s, (a, b) -> a, LinkedHashMap::new));
		List<TargetRow> targets = new ArrayList<>();
		// one read of the targets per plan (a handful), none per target
		for (PlanView plan : catalog.plans()) {
			for (TargetView target : catalog.targets(plan.code(), null)) {
				if (indicators.contains(target.indicatorCode()) && scopes.contains(target.scopeCode())) {
					targets.add(new TargetRow(plan, target, byCode.get(target.indicatorCode()),
							scopesByCode.get(target.scopeCode())));
				}
			}
		}
		model.addAttribute("targets", targets);
		model.addAttribute("scopesIncluding", scopesByCode.values()
			.stream()
			.filter(s -> scopes.contains(s.code()))
			.sorted(Comparator.comparing(ScopeView::sortOrder))
			.toList());
		return "registry/enterprise";
	}

	@GetMapping("/registry/parks/{id}")
	String park(@PathVariable long id, Model model, HttpServletRequest request) {
		model.addAttribute("park", registry.park(id).orElseThrow(() -> new NotFoundException("park", id)));
		RegistryFilter inPark = new RegistryFilter(null, null, null, null, null, null, null, null, null, null, null, null,
				id, null, null, null, null, null);
		model.addAttribute("enterprises", registry.enterprises(inPark, 0, PAGE_SIZE));
		model.addAttribute("groupNames", groupNames());
		return "registry/park";
	}

	@GetMapping("/registry/projects/{id}")
	String project(@PathVariable long id, Model model) {
		model.addAttribute("project", registry.project(id).orElseThrow(() -> new NotFoundException("project", id)));
		model.addAttribute("groupNames", groupNames());
		return "registry/project";
	}

	private Map<String, ScopeView> groupNames() {
		Map<String, ScopeView> names = new LinkedHashMap<>();
		catalog.scopes().forEach(s -> names.put(s.code(), s));
		return names;
	}

	private void common(RegistryFilter filter, Model model, HttpServletRequest request) {
		model.addAttribute("filter", filter);
		model.addAttribute("groupNames", groupNames());
		if (filter.indicator() != null && !filter.indicator().isBlank()) {
			model.addAttribute("drillIndicator", catalog.indicator(filter.indicator()).orElse(null));
			model.addAttribute("drillScope", filter.scope() == null ? null : catalog.scope(filter.scope()).orElse(null));
		}
		RegistryPage<?> list = (RegistryPage<?>) model.getAttribute("list");
		model.addAttribute("previousPage", list.hasPrevious() ? pageUrl(request, list.page() - 1) : null);
		model.addAttribute("nextPage", list.hasNext() ? pageUrl(request, list.page() + 1) : null);
		model.addAttribute("csvUrl", downloadUrl(request, "csv"));
		model.addAttribute("xlsxUrl", downloadUrl(request, "xlsx"));
	}

	/** The whole list with the page's filters, as a file. */
	private static String downloadUrl(HttpServletRequest request, String format) {
		return thisList(request).replaceQueryParam("page").replaceQueryParam("format", format).build(true).toUriString();
	}

	private static String pageUrl(HttpServletRequest request, int page) {
		return thisList(request).replaceQueryParam("page", page).replaceQueryParam("after").build(true).toUriString();
	}

	private static UriComponentsBuilder thisList(HttpServletRequest request) {
		String query = request.getQueryString();
		return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query));
	}

	record TargetRow(PlanView plan, TargetView target, IndicatorView indicator, ScopeView scope) {
	}

}
