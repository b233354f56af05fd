package org.culturetargets.portal.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.assessment.Assessment;
import org.culturetargets.portal.assessment.Assessments;
import org.culturetargets.portal.assessment.UnitAssessment;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.PdfDocuments;
import org.culturetargets.portal.shared.web.Sheet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual assessment of a plan's responsible units: the list with scores (printable, PDF, Excel) and each unit's
 * detail, every target and task counted with its status and points. Any signed-in user may read it.
 */
@Controller
class AssessmentController {

	private final Assessments assessments;

	private final PlanCatalog catalog;

	private final PdfDocuments pdf;

	private final MessageSource messages;

	private final PortalTime time;

	private final boolean demo;

	AssessmentController(Assessments assessments, PlanCatalog catalog, PdfDocuments pdf, MessageSource messages,
			PortalTime time, @Value("${portal.demo:false}") boolean demo) {
		this.assessments = assessments;
		this.catalog = catalog;
		this.pdf = pdf;
		this.messages = messages;
		this.time = time;
		this.demo = demo;
	}

	/** The menu's entry, and the selectors' target: the chosen plan and year, by default the last year that ended. */
	@GetMapping("/assessment")
	String choose(@RequestParam(required = false) String plan, @RequestParam(required = false) Integer year) {
		List<PlanView> plans = catalog.plans();
		if (plans.isEmpty()) {
			throw new NotFoundException("plans");
		}
		String code = plan == null || plan.isBlank() ? plans.get(0).code() : plan;
		List<Integer> years = years(code);
		int chosen = year != null && years.contains(year) ? year : defaultYear(years);
		return "redirect:/assessment/" + code + "/" + chosen;
	}

	@GetMapping("/assessment/{plan}/{year:[0-9]{4}}")
	String page(@PathVariable String plan, @PathVariable int year, Model model) {
		Assessment assessment = assessment(plan, year);
		model.addAttribute("assessment", assessment);
		model.addAttribute("plans", catalog.plans());
		model.addAttribute("years", assessments.years(plan));
		model.addAttribute("generatedOn", time.today());
		return "assessment/assessment";
	}

	@GetMapping("/assessment/{plan}/{year:[0-9]{4}}/{kind:areas|departments}/{code}")
	String unit(@PathVariable String plan, @PathVariable int year, @PathVariable String kind, @PathVariable String code,
			Model model) {
		Assessment assessment = assessment(plan, year);
		String key = (kind.equals("areas") ? "area:" : "department:") + code;
		UnitAssessment unit = assessment.unit(key).orElseThrow(() -> new NotFoundException("assessmentUnit", code));
		model.addAttribute("assessment", assessment);
		model.addAttribute("unit", unit);
		model.addAttribute("generatedOn", time.today());
		return "assessment/unit";
	}

	@GetMapping("/assessment/{plan}/{year:[0-9]{4}}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String plan, @PathVariable int year, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Assessment assessment = assessment(plan, year);
		byte[] document = pdf.render("assessment/assessment-pdf", Map.of("assessment", assessment, "demoMode", demo,
				"generatedOn", time.today()), locale, request, response);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(plan + "-assessment-" + year + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(document);
	}

	/** One row per counted item, with its unit's result on each row, so a spreadsheet can filter and sum by unit. */
	@GetMapping("/assessment/{plan}/{year:[0-9]{4}}.xlsx")
	void sheet(@PathVariable String plan, @PathVariable int year, Locale locale, HttpServletResponse response)
			throws IOException {
		Assessment assessment = assessment(plan, year);
		List<String> header = List.of(text("assessment.col.rank", locale), text("assessment.col.unit", locale),
				text("assessment.col.unitKind", locale), text("assessment.col.score", locale),
				text("assessment.col.targetPart", locale), text("assessment.col.taskPart", locale),
				text("assessment.col.item", locale), text("assessment.col.itemKind", locale),
				text("assessment.col.role", locale), text("assessment.col.status", locale),
				text("assessment.col.points", locale), text("assessment.col.factor", locale));
		List<List<?>> rows = new ArrayList<>();
		for (UnitAssessment unit : assessment.units()) {
			List<Object> head = new ArrayList<>(List.of(unit.rank() == 0 ? "" : unit.rank(), unit.name(locale),
					text(unit.area() ? "assessment.unit.area" : "assessment.unit.department", locale)));
			head.add(unit.result().score());
			head.add(unit.result().targetPart());
			head.add(unit.result().taskPart());
			if (unit.targets().isEmpty() && unit.tasks().isEmpty()) {
				rows.add(head);
			}
			for (UnitAssessment.CountedTarget t : unit.targets()) {
				List<Object> row = new ArrayList<>(head);
				row.add(t.indicator().name(locale) + " " + t.target().targetYear());
				row.add(text("assessment.item.target", locale));
				row.add(null);
				row.add(text("status." + t.status(), locale));
				row.add(t.points());
				row.add(null);
				rows.add(row);
			}
			for (UnitAssessment.CountedTask t : unit.tasks()) {
				List<Object> row = new ArrayList<>(head);
				row.add(t.task().title(locale));
				row.add(text("assessment.item.task", locale));
				row.add(text(t.role().messageKey(), locale));
				row.add(text(t.task().status().messageKey(), locale));
				row.add(t.points());
				row.add(t.factor());
				rows.add(row);
			}
		}
		String name = text("assessment.sheet", locale, String.valueOf(assessment.year()));
		Sheet.of(name, header, rows).download(plan + "-assessment-" + year, "xlsx", response);
	}

	private Assessment assessment(String plan, int year) {
		catalog.plan(plan).orElseThrow(() -> new NotFoundException("plan", plan));
		return assessments.assessment(plan, year)
			.orElseThrow(() -> new NotFoundException("assessmentYear", plan, String.valueOf(year)));
	}

	private List<Integer> years(String plan) {
		catalog.plan(plan).orElseThrow(() -> new NotFoundException("plan", plan));
		return assessments.years(plan);
	}

	/** The last year that has ended, or the plan's first year while none has. */
	private int defaultYear(List<Integer> years) {
		int lastEnded = time.today().getYear() - 1;
		return years.stream().filter(y -> y <= lastEnded).reduce((a, b) -> b).orElse(years.isEmpty() ? lastEnded : years.get(0));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
