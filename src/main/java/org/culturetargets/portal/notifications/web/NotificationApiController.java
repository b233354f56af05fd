package org.culturetargets.portal.notifications.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.culturetargets.portal.notifications.domain.MessageCentre;
import org.culturetargets.portal.notifications.domain.NotificationTexts;
import org.culturetargets.portal.shared.web.ApiController;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's notifications, newest first with their read state; texts in the request's language. */
@ApiController
class NotificationApiController {

	private final MessageCentre centre;

	private final NotificationTexts texts;

	NotificationApiController(MessageCentre centre, NotificationTexts texts) {
		this.centre = centre;
		this.texts = texts;
	}

	@GetMapping("/api/notifications")
	List<NotificationJson> list(Principal principal, Locale locale) {
		return centre.newest(principal.getName()).stream().map(n -> NotificationJson.of(n, texts.text(n, locale))).toList();
	}

	@PostMapping("/api/notifications/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable long id, Principal principal) {
		centre.markRead(principal.getName(), id);
		return ResponseEntity.noContent().build();
	}

}
