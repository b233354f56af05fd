package org.culturetargets.portal.support;

import org.culturetargets.portal.shared.DataChanged;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * For tests that write the database by SQL, past the portal's services and so without their events: what the pages
 * keep from the data (see {@code shared.DataVersion}) is computed again, as after any committed change. (The figures'
 * rollup needs nothing: the database's triggers keep it, registry V4_20.) As a listener of every
 * {@link PortalTest} it does so after each test's set-up ({@code @BeforeEach}) and clean-up ({@code @AfterEach}); a
 * test that writes by SQL and then reads calls {@link #done} itself.
 */
public final class SqlWrites implements TestExecutionListener {

	public static void done(ApplicationContext context) {
		context.publishEvent(new DataChanged("test"));
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
