package org.culturetargets.portal.notifications.domain;

import org.culturetargets.portal.shared.DemoRowsRemoval;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, removes the notifications that demo reports caused (and their e-mail): those sent to demo
 * accounts go with the accounts, these also from accounts that stay.
 */
@Component
class DemoNotifications extends DemoRowsRemoval {

	private final JdbcClient jdbc;

	DemoNotifications(JdbcClient jdbc, @Value("${portal.demo:false}") boolean demo) {
		super(demo, "demo notifications");
		this.jdbc = jdbc;
	}

	@Override
	protected int remove() {
		return jdbc.sql("delete from notifications.notification where demo").update();
	}

}
