package org.culturetargets.portal.security.web;

import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.plans.DepartmentView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.security.AccountAdministration;
import org.culturetargets.portal.security.AccountView;
import org.culturetargets.portal.security.NewAccountCmd;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration (administrators only, see SecurityConfiguration): accounts, their state and passwords. */
@Controller
class UserAdminController {

	/** How far back the user list shows the accounts' lock-outs. */
	private static final int LOCK_NOTICE_DAYS = 30;

	private final AccountAdministration administration;

	private final FormErrors formErrors;

	private final MessageSource messages;

	UserAdminController(AccountAdministration administration, FormErrors formErrors, MessageSource messages) {
		this.administration = administration;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String users(Model model, Locale locale) {
		model.addAttribute("accounts", administration.accounts());
		model.addAttribute("recentLocks", administration.lockNotices(Instant.now().minus(LOCK_NOTICE_DAYS, ChronoUnit.DAYS)));
		model.addAttribute("lockNoticeDays", LOCK_NOTICE_DAYS);
		model.addAttribute("areaNames", administration.districts()
			.stream()
			.collect(Collectors.toMap(ScopeView::code, d -> d.code() + " " + d.name(locale))));
		model.addAttribute("departmentNames", administration.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, d -> d.name(locale))));
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		return form(new NewAccountCmd("", Role.DISTRICT_STAFF.name(), "", "", "", "", "", "", "", "zh"), model);
	}

	@PostMapping("/admin/users")
	String create(NewAccountCmd form, Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			administration.create(form, principal.getName());
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", formErrors.of(invalid, locale));
			return form(form, model);
		}
		redirect.addFlashAttribute("saved", messages.getMessage("admin.users.created", new Object[] { form.username().trim() }, locale));
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{username}/disable")
	String disable(@PathVariable String username, @RequestParam(required = false) String reason, Principal principal,
			Locale locale, RedirectAttributes redirect) {
		return changeState(username, false, reason, principal, locale, redirect);
	}

	@PostMapping("/admin/users/{username}/enable")
	String enable(@PathVariable String username, @RequestParam(required = false) String reason, Principal principal,
			Locale locale, RedirectAttributes redirect) {
		return changeState(username, true, reason, principal, locale, redirect);
	}

	/** Lifts the account's lock-out of failed logins, from every address. */
	@PostMapping("/admin/users/{username}/unlock")
	String unlock(@PathVariable String username, @RequestParam(required = false) String reason, Principal principal,
			Locale locale, RedirectAttributes redirect) {
		administration.unlock(username, reason, principal.getName());
		redirect.addFlashAttribute("saved", messages.getMessage("admin.users.unlockedDone", new Object[] { username }, locale));
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/users/{username}/password")
	String passwordForm(@PathVariable String username, Model model) {
		model.addAttribute("account", account(username));
		model.addAttribute("minPasswordLength", administration.minPasswordLength());
		return "admin/user-password";
	}

	/** The generated password is in this one response only, which no cache may keep. */
	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
			@RequestParam(required = false) String reason, Principal principal, Model model, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("account", account(username));
		model.addAttribute("minPasswordLength", administration.minPasswordLength());
		try {
			administration.resetPassword(username, password, reason, principal.getName())
				.ifPresentOrElse(generated -> model.addAttribute("generated", generated),
						() -> model.addAttribute("passwordSet", true));
			response.setHeader("Cache-Control", "no-store");
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", formErrors.of(invalid, locale));
			model.addAttribute("reason", reason);
		}
		return "admin/user-password";
	}

	private String changeState(String username, boolean enabled, String reason, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		try {
			administration.setEnabled(username, enabled, reason, principal.getName());
			redirect.addFlashAttribute("saved", messages.getMessage(
					enabled ? "admin.users.enabledDone" : "admin.users.disabledDone", new Object[] { username }, locale));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("refused", formErrors.summary(invalid, locale));
		}
		return "redirect:/admin/users";
	}

	private String form(NewAccountCmd form, Model model) {
		// the typed password is never sent back
		model.addAttribute("form", new NewAccountCmd(form.username(), form.role(), form.areaCode(), form.departmentCode(), "", form.reason(),
				form.fullName(), form.email(), form.phone(), form.language()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("districts", administration.districts());
		model.addAttribute("departments", administration.departments());
		model.addAttribute("minPasswordLength", administration.minPasswordLength());
		return "admin/user-new";
	}

	private AccountView account(String username) {
		return administration.account(username).orElseThrow(() -> new NotFoundException("account", username));
	}

}
