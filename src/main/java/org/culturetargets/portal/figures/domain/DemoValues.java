package org.culturetargets.portal.figures.domain;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.DemoRowsRemoval;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode, removes the values demo mode wrote (those of the demo reports, flagged {@code demo}), so that
 * no synthetic figure counts as real in production; the other nodes' caches learn of it by the data version.
 */
@Component
class DemoValues extends DemoRowsRemoval {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	DemoValues(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events,
			@Value("${portal.demo:false}") boolean demo) {
		super(demo, "demo indicator values");
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	protected int remove() {
		return transaction.execute(status -> {
			int rows = jdbc.sql("delete from figures.indicator_value where demo").update();
			if (rows > 0) {
				events.publishEvent(new DataChanged("figures"));
			}
			return rows;
		});
	}

}
