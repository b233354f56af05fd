package org.culturetargets.portal.reporting.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.reporting.domain.RuleAdministration;
import org.culturetargets.portal.reporting.domain.RuleCmd;
import org.culturetargets.portal.reporting.domain.RuleSetting;
import org.culturetargets.portal.reporting.domain.StaleRuleException;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The validation rules for administrators (under /admin, which only they reach): thresholds, on or off. */
@Controller
class RuleAdminController {

	private final RuleAdministration administration;

	private final FormErrors formErrors;

	private final MessageSource messages;

	RuleAdminController(RuleAdministration administration, FormErrors formErrors, MessageSource messages) {
		this.administration = administration;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@GetMapping("/admin/rules")
	String rules(Model model) {
		model.addAttribute("rules", administration.rules());
		return "reporting/rules";
	}

	@GetMapping("/admin/rules/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		RuleSetting rule = rule(code);
		String threshold = rule.threshold() == null ? "" : rule.threshold().stripTrailingZeros().toPlainString();
		String minCount = rule.minCount() == null ? "" : rule.minCount().toString();
		return form(rule, new RuleCmd(rule.version(), threshold, minCount, rule.enabled()), "", model);
	}

	@PostMapping("/admin/rules/{code}")
	String update(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) String threshold, @RequestParam(required = false) String minCount,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) String reason,
			Principal principal, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		RuleSetting rule = rule(code);
		RuleCmd cmd = new RuleCmd(version, threshold, minCount, enabled);
		String name = messages.getMessage(rule.messageKey(), null, locale);
		try {
			administration.update(code, cmd, reason, principal.getName());
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", formErrors.of(invalid, locale));
			return form(rule, cmd, reason, model);
		}
		catch (StaleRuleException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", messages.getMessage("rule.stale", new Object[] { name }, locale));
			return form(rule, cmd, reason, model);
		}
		redirect.addFlashAttribute("saved", messages.getMessage("admin.saved", new Object[] { name }, locale));
		return "redirect:/admin/rules";
	}

	private RuleSetting rule(String code) {
		return administration.rule(code).orElseThrow(() -> new NotFoundException("rule", code));
	}

	private String form(RuleSetting rule, RuleCmd form, String reason, Model model) {
		model.addAttribute("rule", rule);
		model.addAttribute("form", form);
		model.addAttribute("reason", reason);
		return "reporting/rule-form";
	}

}
