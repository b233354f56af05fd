package org.culturetargets.portal.notifications.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.culturetargets.portal.notifications.domain.MessageCentre;
import org.culturetargets.portal.shared.web.ApiPaths;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell in the top bar shows the signed-in user's unread count (the layout's {@code unreadNotifications}): one
 * count by a partial index of the unread, per page.
 */
@ControllerAdvice
class UnreadAdvice {

	private final MessageCentre centre;

	UnreadAdvice(MessageCentre centre) {
		this.centre = centre;
	}

	@ModelAttribute("unreadNotifications")
	Long unread(HttpServletRequest request, Principal principal) {
		if (principal == null || ApiPaths.isApi(request)) {
			return null;
		}
		return centre.unread(principal.getName());
	}

}
