package org.culturetargets.portal.security;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.plans.DepartmentView;
import org.culturetargets.portal.plans.Departments;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo mode (the embedded default only) gets the demo accounts of SPEC §9 (and one per city department for its
 * staff, issue 15), printed at start-up; outside demo
 * mode they are removed, and the first administrator's password comes from {@code PORTAL_ADMIN_PASSWORD} and must
 * follow the {@link PasswordPolicy}. The demo accounts' shared password breaks it, which only demo mode allows.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private final Accounts accounts;

	private final PlanCatalog catalog;

	private final Departments departments;

	private final boolean demo;

	private final String adminPassword;

	private final PasswordPolicy policy;

	AccountBootstrap(Accounts accounts, PlanCatalog catalog, Departments departments, @Value("${portal.demo:false}") boolean demo,
			@Value("${portal.admin-password:}") String adminPassword, PasswordPolicy policy) {
		this.accounts = accounts;
		this.policy = policy;
		this.catalog = catalog;
		this.departments = departments;
		this.demo = demo;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo) {
			createDemoAccounts();
		}
		else {
			int removed = accounts.deleteDemoAccounts();
			if (removed > 0) {
				log.warn("Demo mode is off: removed {} demo accounts", removed);
			}
			createFirstAdministrator();
		}
	}

	private void createDemoAccounts() {
		List<String> lines = new ArrayList<>();
		demoAccount("admin", Role.ADMIN, null, lines);
		demoAccount("official", Role.OFFICIAL, null, lines);
		demoAccount("reviewer", Role.REVIEWER, null, lines);
		for (ScopeView area : catalog.scopes()) {
			if (area.kind() == ScopeKind.DISTRICT) {
				demoAccount("district-" + area.code(), Role.DISTRICT_STAFF, area.code(), lines);
				// example.org never receives mail (RFC 2606); the numbers are not real either
				accounts.giveDemoContacts("district-" + area.code(), "district-" + area.code() + "@example.org",
						"0571-0000-" + area.code().substring(area.code().length() - 4));
			}
		}
		for (DepartmentView department : departments.departments()) {
			demoAccount("department-" + department.code(), Role.DEPARTMENT_STAFF, null, department.code(), lines);
		}
		log.info("DEMO MODE: synthetic demo accounts, all with the password '{}':\n  {}", DEMO_PASSWORD,
				String.join("\n  ", lines));
	}

	private void demoAccount(String username, Role role, String areaCode, List<String> lines) {
		demoAccount(username, role, areaCode, null, lines);
	}

	private void demoAccount(String username, Role role, String areaCode, String departmentCode, List<String> lines) {
		if (!accounts.exists(username)) {
			accounts.create(username, DEMO_PASSWORD, role, areaCode, departmentCode, true);
		}
		String unit = areaCode != null ? " " + areaCode : departmentCode != null ? " " + departmentCode : "";
		lines.add(String.format("%-18s %s%s", username, role, unit));
	}

	private void createFirstAdministrator() {
		if (accounts.anyAdministrator()) {
			return;
		}
		if (!StringUtils.hasText(adminPassword)) {
			throw new IllegalStateException(
					"No administrator account exists: set PORTAL_ADMIN_PASSWORD to create the first one ('admin')");
		}
		if (!policy.allows("admin", adminPassword)) {
			throw new IllegalStateException("PORTAL_ADMIN_PASSWORD breaks the password policy: at least "
					+ policy.minLength() + " characters, not a commonly used password, not 'admin' (docs/operations.md)");
		}
		accounts.create("admin", adminPassword, Role.ADMIN, null, null, false);
		log.info("Created the first administrator account 'admin' with the password from PORTAL_ADMIN_PASSWORD");
	}

}
