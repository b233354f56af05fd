package org.culturetargets.portal.security.web;

import java.security.Principal;

import org.culturetargets.portal.security.AccountAdministration;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** Every signed-in user dismisses the notices of their own account's lock-outs (see LockNoticeAdvice). */
@Controller
class LockNoticeController {

	private final AccountAdministration administration;

	LockNoticeController(AccountAdministration administration) {
		this.administration = administration;
	}

	@PostMapping("/account/lock-notices/dismiss")
	String dismiss(Principal principal) {
		administration.dismissLockNotices(principal.getName());
		return "redirect:/";
	}

}
