package org.culturetargets.portal.notifications.web;

import java.security.Principal;
import java.util.Locale;

import org.culturetargets.portal.notifications.domain.MessageCentre;
import org.culturetargets.portal.notifications.domain.NotificationTexts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The message centre page: the signed-in user's notifications, unread first marked, each marked read by its owner. */
@Controller
class NotificationController {

	private final MessageCentre centre;

	private final NotificationTexts texts;

	NotificationController(MessageCentre centre, NotificationTexts texts) {
		this.centre = centre;
		this.texts = texts;
	}

	@GetMapping("/notifications")
	String list(Principal principal, Locale locale, Model model) {
		model.addAttribute("notifications", centre.newest(principal.getName()).stream()
			.map(n -> NotificationJson.of(n, texts.text(n, locale)))
			.toList());
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable long id, Principal principal) {
		centre.markRead(principal.getName(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String markAllRead(Principal principal) {
		centre.markAllRead(principal.getName());
		return "redirect:/notifications";
	}

}
