package org.culturetargets.portal.notifications.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, removes the notifications that demo reports caused (and their e-mail): those sent to demo
 * accounts go with the accounts, these also from accounts that stay.
 */
@Component
class DemoNotifications implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNotifications.class);

	private final JdbcClient jdbc;

	private final boolean demo;

	DemoNotifications(JdbcClient jdbc, @Value("${portal.demo:false}") boolean demo) {
		this.jdbc = jdbc;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo) {
			return;
		}
		int removed = jdbc.sql("delete from notifications.notification where demo").update();
		if (removed > 0) {
			log.warn("Demo mode is off: removed {} demo notifications", removed);
		}
	}

}
