package org.culturetargets.portal.support;

import org.culturetargets.portal.shared.DataChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * For tests that write the database by SQL, past the portal's services and so without their events: what the
 * pages keep from the data (see {@code shared.DataVersion}) must be computed again, as after any committed change.
 * As a listener of every {@link PortalTest} it does so after each test's set-up ({@code @BeforeEach}) and clean-up
 * ({@code @AfterEach}); a test that writes by SQL and then reads calls {@link #done} itself.
 */
public final class SqlWrites implements TestExecutionListener {

	public static void done(ApplicationEventPublisher events) {
		events.publishEvent(new DataChanged() {
		});
	}

	@Override
	public void beforeTestExecution(TestContext context) {
		done(context.getApplicationContext());
	}

	@Override
	public void afterTestMethod(TestContext context) {
		done(context.getApplicationContext());
	}

}
