package org.culturetargets.portal.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, removes the log's demo entries (the steps of demo mode's synthetic reports): production keeps no
 * record of what never happened. The database lets only entries flagged demo be deleted (audit V7_2).
 */
@Component
class DemoEntries implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEntries.class);

	private final JdbcClient jdbc;

	private final boolean demo;

	DemoEntries(JdbcClient jdbc, @Value("${portal.demo:false}") boolean demo) {
		this.jdbc = jdbc;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo) {
			return;
		}
		int removed = jdbc.sql("delete from audit.change where demo").update();
		if (removed > 0) {
			log.warn("Demo mode is off: removed {} demo audit entries", removed);
		}
	}

}
