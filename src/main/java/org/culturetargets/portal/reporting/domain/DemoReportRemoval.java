package org.culturetargets.portal.reporting.domain;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.DemoRowsRemoval;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode, removes the demo reports (every revision, with their values). Their figures, audit entries and
 * notifications are removed by the modules that own them, each flagged {@code demo} when it was written.
 */
@Component
class DemoReportRemoval extends DemoRowsRemoval {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	DemoReportRemoval(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events,
			@Value("${portal.demo:false}") boolean demo) {
		super(demo, "demo reports");
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	protected int remove() {
		return transaction.execute(status -> {
			jdbc.sql("delete from reporting.report_value where report_id in (select id from reporting.report where demo)")
				.update();
			int reports = jdbc.sql("delete from reporting.report where demo").update();
			if (reports > 0) {
				events.publishEvent(new DataChanged("reporting"));
			}
			return reports;
		});
	}

}
