package org.culturetargets.portal.reporting.domain;

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
 * Outside demo mode, removes the demo reports (every revision, with their values). Their figures, audit entries and
 * notifications are removed by the modules that own them, each flagged {@code demo} when it was written.
 */
@Component
class DemoReportRemoval implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReportRemoval.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final boolean demo;

	DemoReportRemoval(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events,
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
			jdbc.sql("delete from reporting.report_value where report_id in (select id from reporting.report where demo)")
				.update();
			int reports = jdbc.sql("delete from reporting.report where demo").update();
			if (reports > 0) {
				events.publishEvent(new DataChanged("reporting"));
			}
			return reports;
		});
		if (removed > 0) {
			log.warn("Demo mode is off: removed {} demo reports", removed);
		}
	}

}
