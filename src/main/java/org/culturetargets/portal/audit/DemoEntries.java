package org.culturetargets.portal.audit;

import org.culturetargets.portal.shared.DemoRowsRemoval;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, removes the log's demo entries (the steps of demo mode's synthetic reports): production keeps no
 * record of what never happened. The database lets only entries flagged demo be deleted (audit V7_2).
 */
@Component
class DemoEntries extends DemoRowsRemoval {

	private final JdbcClient jdbc;

	DemoEntries(JdbcClient jdbc, @Value("${portal.demo:false}") boolean demo) {
		super(demo, "demo audit entries");
		this.jdbc = jdbc;
	}

	@Override
	protected int remove() {
		return jdbc.sql("delete from audit.change where demo").update();
	}

}
