package org.culturetargets.portal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ContactDirectory implements AccountDirectory {

	private static final String COLUMNS = "username, role, area_code, full_name, email, phone, language";

	private final JdbcClient jdbc;

	ContactDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Contact> withRole(Role... roles) {
		return jdbc.sql("select " + COLUMNS + " from security.account where enabled and role = any(?) order by username")
			.param(Arrays.stream(roles).map(Role::name).toArray(String[]::new))
			.query(ContactDirectory::contact)
			.list();
	}

	@Override
	public List<Contact> staffOf(String areaCode) {
		return jdbc.sql("select " + COLUMNS + " from security.account where enabled and role = 'DISTRICT_STAFF' and area_code = ? order by username")
			.param(areaCode)
			.query(ContactDirectory::contact)
			.list();
	}

	@Override
	public List<Contact> districtStaff() {
		return jdbc.sql("select " + COLUMNS + " from security.account where enabled and role = 'DISTRICT_STAFF' order by area_code, username")
			.query(ContactDirectory::contact)
			.list();
	}

	@Override
	public Optional<Contact> active(String username) {
		return jdbc.sql("select " + COLUMNS + " from security.account where enabled and username = ?")
			.param(username)
			.query(ContactDirectory::contact)
			.optional();
	}

	private static Contact contact(ResultSet rs, int row) throws SQLException {
		return new Contact(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("area_code"),
				rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
				Locale.forLanguageTag(rs.getString("language")));
	}

}
