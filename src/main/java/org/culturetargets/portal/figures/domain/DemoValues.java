package org.culturetargets.portal.figures.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.shared.DataChanged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode, removes the values demo mode wrote (those of the demo reports, flagged {@code demo}), so that
 * no synthetic figure counts as real in production; the other nodes' caches learn of it by the data version.
 */
@Component
class DemoValues implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoValues.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final boolean demo;

	DemoValues(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events,
			@Value("${portal.demo:false}") boolean demo) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo) {
			return;
		}
		int removed = transaction.execute(status -> {
			int rows = jdbc.sql("delete from figures.indicator_value where demo").update();
			if (rows > 0) {
				events.publishEvent(new DataChanged("figures"));
			}
			return rows;
		});
		if (removed > 0) {
			log.warn("Demo mode is off: removed {} demo indicator values", removed);
		}
	}

}
