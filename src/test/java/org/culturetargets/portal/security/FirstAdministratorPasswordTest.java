package org.culturetargets.portal.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Outside demo mode the first administrator's password (PORTAL_ADMIN_PASSWORD) must follow the password policy. */
class FirstAdministratorPasswordTest {

	private final List<String> created = new ArrayList<>();

	/** No administrator yet; records the accounts created instead of writing them. */
	private final Accounts accounts = new Accounts(null, null) {

		@Override
		boolean anyAdministrator() {
			return false;
		}

		@Override
		int deleteDemoAccounts() {
			return 0;
		}

		@Override
		void create(String username, String rawPassword, Role role, String areaCode, String departmentCode, boolean demo) {
			created.add(username + " " + role);
		}

	};

	@Test
	void aPasswordBreakingThePolicyStopsTheStart() {
		for (String refused : new String[] { "qwerty123456", "elevenchars", "1qaz2wsx3edc" }) {
			assertThatIllegalStateException().isThrownBy(() -> bootstrap(refused).run(null))
				.withMessageContaining("PORTAL_ADMIN_PASSWORD breaks the password policy");
		}
		// only spaces is no password at all
		assertThatIllegalStateException().isThrownBy(() -> bootstrap(" ".repeat(12)).run(null))
			.withMessageContaining("set PORTAL_ADMIN_PASSWORD");
		assertThat(created).isEmpty();
	}

	@Test
	void aGoodPassphraseCreatesTheAdministrator() {
		bootstrap("correct horse battery staple").run(null);
		assertThat(created).containsExactly("admin ADMIN");
	}

	private AccountBootstrap bootstrap(String adminPassword) {
		return new AccountBootstrap(accounts, null, null, false, adminPassword, new PasswordPolicy());
	}

}
