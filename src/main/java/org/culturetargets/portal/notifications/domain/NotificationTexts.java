package org.culturetargets.portal.notifications.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification's text in the reader's language, from its kind and arguments. */
@Component
public class NotificationTexts {

	private final MessageSource messages;

	private final PlanCatalog catalog;

	private final DisplayFormat format;

	NotificationTexts(MessageSource messages, PlanCatalog catalog, DisplayFormat format) {
		this.messages = messages;
		this.catalog = catalog;
		this.format = format;
	}

	public String text(Notification notification, Locale locale) {
		List<NotificationKind.Argument> types = notification.kind().arguments();
		List<String> given = notification.arguments();
		Object[] arguments = IntStream.range(0, given.size())
			.mapToObj(i -> i < types.size() ? argument(types.get(i), given.get(i), locale) : given.get(i))
			.toArray();
		return messages.getMessage(notification.kind().messageKey(), arguments, locale);
	}

	/** The subject line of its e-mail. */
	public String subject(Notification notification, Locale locale) {
		return messages.getMessage("notification.mail.subject." + notification.kind().name(), null, locale);
	}

	private String argument(NotificationKind.Argument type, String value, Locale locale) {
		return switch (type) {
			case TEXT -> value;
			case AREA -> catalog.scope(value).map(s -> s.name(locale)).orElse(value);
			case PERIOD -> format.period(value, locale);
			case IMPORT_KIND -> messages.getMessage("imports.kind." + value, null, value, locale);
		};
	}

}
