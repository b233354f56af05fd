package org.culturetargets.portal.tasks.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.culturetargets.portal.evidence.EvidenceRefused;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.FormErrors;
import org.culturetargets.portal.tasks.domain.StaleTaskReport;
import org.culturetargets.portal.tasks.domain.TaskReportRefused;
import org.culturetargets.portal.tasks.domain.TaskReports;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task page's progress report forms: the unit's staff save or submit and upload evidence, reviewers approve or
 * return. Each goes back to the task page, saying what was done or, in the reader's language, why not.
 */
@Controller
class TaskReportPageController {

	private final TaskReports reports;

	private final MessageSource messages;

	private final FormErrors formErrors;

	private final PortalTime time;

	TaskReportPageController(TaskReports reports, MessageSource messages, FormErrors formErrors, PortalTime time) {
		this.reports = reports;
		this.messages = messages;
		this.formErrors = formErrors;
		this.time = time;
	}

	/** {@code reached_<milestone id>}: the day a milestone was reached, blank for not reached. */
	@PostMapping("/tasks/{id}/reports/{period}")
	String save(@PathVariable long id, @PathVariable Period period, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String narrative,
			@RequestParam(required = false) String submit, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect, Locale locale) {
		List<TaskReports.MilestoneInput> milestones = new ArrayList<>();
		form.forEach((name, value) -> {
			if (name.startsWith("reached_") && value != null && !value.isBlank()) {
				milestones.add(new TaskReports.MilestoneInput(milestoneId(name), value));
			}
		});
		return outcome(id, redirect, locale, submit != null ? "task.report.submitted" : "task.report.saved", () -> {
			int saved = reports.save(id, unit, period, new TaskReports.SaveCmd(version, narrative, milestones, null), user)
				.version();
			if (submit != null) {
				reports.submit(id, unit, period, saved, user);
			}
		});
	}

	@PostMapping("/tasks/{id}/reports/{period}/evidence")
	String evidence(@PathVariable long id, @PathVariable Period period, @RequestParam(required = false) String unit,
			@RequestParam(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect, Locale locale) {
		return outcome(id, redirect, locale, "task.report.uploaded", () -> {
			if (file == null || file.isEmpty()) {
				reports.attachEvidence(id, unit, period, null, null, user);
				return;
			}
			try (InputStream content = file.getInputStream()) {
				reports.attachEvidence(id, unit, period, file.getOriginalFilename(), content, user);
			}
		});
	}

	@PostMapping("/tasks/{id}/reports/{period}/approve")
	String approve(@PathVariable long id, @PathVariable Period period, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect, Locale locale) {
		return outcome(id, redirect, locale, "task.report.approved",
				() -> reports.approve(id, unit, period, version, user));
	}

	@PostMapping("/tasks/{id}/reports/{period}/return")
	String returnReport(@PathVariable long id, @PathVariable Period period, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect, Locale locale) {
		return outcome(id, redirect, locale, "task.report.returned",
				() -> reports.returnReport(id, unit, period, version, comment, user));
	}

	private interface Step {

		void run() throws IOException;

	}

	private String outcome(long id, RedirectAttributes redirect, Locale locale, String done, Step step) {
		try {
			step.run();
			redirect.addFlashAttribute("saved", messages.getMessage(done, null, locale));
		}
		catch (TaskReportRefused e) {
			if (e.forbidden()) {
				throw new AccessDeniedException(messages.getMessage(e.messageKey(), e.arguments(), locale), e);
			}
			redirect.addFlashAttribute("reportProblem", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		catch (StaleTaskReport e) {
			redirect.addFlashAttribute("reportProblem", e.changedBy() == null
					? messages.getMessage("task.report.staleNew", null, locale)
					: messages.getMessage("task.report.stale", new Object[] { e.changedBy(), time.second(e.changedAt()) },
							locale));
		}
		catch (EvidenceRefused e) {
			redirect.addFlashAttribute("reportProblem", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("reportProblem", formErrors.summary(e, locale));
		}
		catch (IOException unreadable) {
			redirect.addFlashAttribute("reportProblem", messages.getMessage("task.report.unreadable", null, locale));
		}
		return "redirect:/tasks/" + id;
	}

	private static Long milestoneId(String name) {
		try {
			return Long.valueOf(name.substring("reached_".length()));
		}
		catch (NumberFormatException notAnId) {
			return null;
		}
	}

}
