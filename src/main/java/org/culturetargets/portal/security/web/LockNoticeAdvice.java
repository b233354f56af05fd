package org.culturetargets.portal.security.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.culturetargets.portal.security.AccountAdministration;
import org.culturetargets.portal.security.LockNotice;
import org.culturetargets.portal.shared.web.ApiPaths;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The holder of an account that failed logins locked sees on every page when, from which address and until when,
 * until they dismiss it (the layout shows {@code ownLockNotices}): there is no mail to tell them. It costs every
 * page one statement by a partial index of the undismissed notices, which is empty nearly always.
 */
@ControllerAdvice
class LockNoticeAdvice {

	private final AccountAdministration administration;

	LockNoticeAdvice(AccountAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute("ownLockNotices")
	List<LockNotice> ownLockNotices(HttpServletRequest request, Principal principal) {
		if (principal == null || ApiPaths.isApi(request)) {
			return null;
		}
		List<LockNotice> notices = administration.unseenLockNotices(principal.getName());
		return notices.isEmpty() ? null : notices;
	}

}
