package org.culturetargets.portal.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Outside demo mode, a module removes at start-up the rows demo mode wrote in its own schema (flagged {@code demo}),
 * so that no synthetic row counts as real in production. Each module says what it deletes; this says when.
 */
public abstract class DemoRowsRemoval implements ApplicationRunner {

	private final Logger log = LoggerFactory.getLogger(getClass());

	private final boolean demo;

	private final String rows;

	/** {@code rows} names what is removed, for the log: "demo audit entries". */
	protected DemoRowsRemoval(boolean demo, String rows) {
		this.demo = demo;
		this.rows = rows;
	}

	@Override
	public final void run(ApplicationArguments args) {
		if (demo) {
			return;
		}
		int removed = remove();
		if (removed > 0) {
			log.warn("Demo mode is off: removed {} {}", removed, rows);
		}
	}

	/** Deletes the module's demo rows (in one transaction where it takes several statements); how many went. */
	protected abstract int remove();

}
