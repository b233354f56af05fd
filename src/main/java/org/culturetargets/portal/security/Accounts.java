package org.culturetargets.portal.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's accounts: looked up at login, created for demo mode and for the first administrator. */
@Service
class Accounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("select username, password_hash, role, area_code, department_code, enabled, demo from security.account where username = ?")
			.param(username)
			.query((rs, row) -> new PortalUser(rs.getString("username"), rs.getString("password_hash"),
					Role.valueOf(rs.getString("role")), rs.getString("area_code"), rs.getString("department_code"),
					rs.getBoolean("enabled"), rs.getBoolean("demo")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from security.account where username = ?").param(username).query(Long.class).single() > 0;
	}

	boolean anyAdministrator() {
		return jdbc.sql("select count(*) from security.account where role = 'ADMIN' and enabled and not demo")
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	void create(String username, String rawPassword, Role role, String areaCode, String departmentCode, boolean demo) {
		jdbc.sql("""
				insert into security.account (username, password_hash, role, area_code, department_code, demo)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(username, passwordEncoder.encode(rawPassword), role.name(), areaCode, departmentCode, demo)
			.update();
	}

	/** A demo account's synthetic contacts, so that the board and the e-mail channel have something to show. */
	@Transactional
	void giveDemoContacts(String username, String email, String phone) {
		jdbc.sql("update security.account set email = ?, phone = ? where username = ? and demo and email is null")
			.params(email, phone, username)
			.update();
	}

	@Transactional
	int deleteDemoAccounts() {
		return jdbc.sql("delete from security.account where demo").update();
	}

}
