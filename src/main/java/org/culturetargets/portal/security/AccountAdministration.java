package org.culturetargets.portal.security;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.culturetargets.portal.plans.DepartmentView;
import org.culturetargets.portal.plans.Departments;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: create them (district staff bound to exactly one district, department
 * staff to exactly one department of {@link Departments}), disable and
 * enable them, reset passwords (each following the {@link PasswordPolicy}, in demo mode too). Each write publishes
 * an {@link AccountChanged} in its transaction.
 */
@Service
public class AccountAdministration {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

	/** As the column's check: something, one @, something; whether it is delivered, only sending tells. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]+");

	private static final String GENERATED_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 16;

	private static final String SELECT = """
			select a.username, a.role, a.area_code, a.department_code, a.enabled, a.demo, a.created_at,
			    (select max(t.locked_until) from security.login_throttle t
			     where t.username = a.username and t.locked_until > now()) as locked_until
			from security.account a
			""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final PlanCatalog catalog;

	private final Departments departments;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final SessionRegistry sessions;

	private final PasswordPolicy policy;

	private final SecureRandom random = new SecureRandom();

	AccountAdministration(JdbcClient jdbc, PasswordEncoder passwordEncoder, PlanCatalog catalog, Departments departments,
			LoginThrottle throttle, ApplicationEventPublisher events, SessionRegistry sessions, PasswordPolicy policy) {
		this.departments = departments;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.catalog = catalog;
		this.throttle = throttle;
		this.events = events;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public List<AccountView> accounts() {
		return jdbc.sql(SELECT + " order by a.role, a.username").query(AccountAdministration::view).list();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> account(String username) {
		return jdbc.sql(SELECT + " where a.username = ?").param(username).query(AccountAdministration::view).optional();
	}

	/** The districts a district staff member may be bound to. */
	public List<ScopeView> districts() {
		return catalog.scopes().stream().filter(s -> s.kind() == ScopeKind.DISTRICT).toList();
	}

	/** The departments a department's staff member may be bound to. */
	public List<DepartmentView> departments() {
		return departments.departments();
	}

	public int minPasswordLength() {
		return policy.minLength();
	}

	@Transactional
	public void create(NewAccountCmd cmd, String actor) {
		InvalidInput.Check check = new InvalidInput.Check();
		String username = cmd.username() == null ? "" : cmd.username().trim();
		if (!USERNAME.matcher(username).matches()) {
			check.reject("username", "admin.users.error.username", username);
		}
		else if (account(username).isPresent()) {
			check.reject("username", "admin.users.error.duplicate", username);
		}
		Role role = role(cmd.role());
		String area = cmd.areaCode() == null || cmd.areaCode().isBlank() ? null : cmd.areaCode().trim();
		if (role == null) {
			check.reject("role", "admin.users.error.role");
		}
		else if (role == Role.DISTRICT_STAFF && area == null) {
			check.reject("areaCode", "admin.users.error.areaRequired");
		}
		else if (role == Role.DISTRICT_STAFF && districts().stream().noneMatch(d -> d.code().equals(area))) {
			check.reject("areaCode", "admin.users.error.areaUnknown", area);
		}
		else if (role != Role.DISTRICT_STAFF && area != null) {
			check.reject("areaCode", "admin.users.error.areaNotAllowed");
		}
		String department = optional(cmd.departmentCode());
		if (role == Role.DEPARTMENT_STAFF && department == null) {
			check.reject("departmentCode", "admin.users.error.departmentRequired");
		}
		else if (role == Role.DEPARTMENT_STAFF && departments.department(department).isEmpty()) {
			check.reject("departmentCode", "admin.users.error.departmentUnknown", department);
		}
		else if (role != null && role != Role.DEPARTMENT_STAFF && department != null) {
			check.reject("departmentCode", "admin.users.error.departmentNotAllowed");
		}
		policy.check(username, cmd.password(), check);
		String fullName = optional(cmd.fullName());
		String email = optional(cmd.email());
		String phone = optional(cmd.phone());
		String language = optional(cmd.language()) == null ? "zh" : cmd.language().trim();
		if (fullName != null && fullName.length() > 100) {
			check.reject("fullName", "admin.users.error.fullName", 100);
		}
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			check.reject("email", "admin.users.error.email", email);
		}
		if (phone != null && (phone.length() > 40 || !PHONE.matcher(phone).matches())) {
			check.reject("phone", "admin.users.error.phone", phone);
		}
		if (!language.equals("zh") && !language.equals("en")) {
			check.reject("language", "admin.users.error.language");
		}
		check.done();
		jdbc.sql("""
				insert into security.account (username, password_hash, role, area_code, department_code, full_name, email,
				                              phone, language)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(username, passwordEncoder.encode(cmd.password()), role.name(), role == Role.DISTRICT_STAFF ? area : null,
					role == Role.DEPARTMENT_STAFF ? department : null, fullName, email, phone, language)
			.update();
		events.publishEvent(AccountChanged.of(actor, username, "created", null, existing(username).describe(),
				reason(cmd.reason())));
	}

	/** Disables or enables an account; nobody disables their own. */
	@Transactional
	public void setEnabled(String username, boolean enabled, String reason, String actor) {
		AccountView before = existing(username);
		if (!enabled && username.equals(actor)) {
			new InvalidInput.Check().reject("username", "admin.users.error.disableSelf").done();
		}
		if (before.enabled() == enabled) {
			return;
		}
		jdbc.sql("update security.account set enabled = ? where username = ?").params(enabled, username).update();
		if (!enabled) {
			endSessions(username);
		}
		events.publishEvent(AccountChanged.of(actor, username, enabled ? "enabled" : "disabled", before.describe(),
				existing(username).describe(), reason(reason)));
	}

	/**
	 * Sets a new password, the given one or, when none is given, a generated one, which is returned so that it
	 * can be shown once. A reset also lifts a lock-out of failed logins.
	 */
	@Transactional
	public Optional<String> resetPassword(String username, String newPassword, String reason, String actor) {
		AccountView account = existing(username);
		boolean generate = newPassword == null || newPassword.isEmpty();
		String password = generate ? generated() : newPassword;
		if (!generate) {
			InvalidInput.Check check = new InvalidInput.Check();
			policy.check(username, password, check);
			check.done();
		}
		jdbc.sql("update security.account set password_hash = ? where username = ?")
			.params(passwordEncoder.encode(password), username)
			.update();
		throttle.clearedEverywhere(username);
		events.publishEvent(AccountChanged.of(actor, username, "password reset", null,
				generate ? "generated password" : "password set by administrator", reason(reason)));
		return generate ? Optional.of(password) : Optional.empty();
	}

	/** Lifts the account's locks and failure counts, from every address; audited when it was locked. */
	@Transactional
	public void unlock(String username, String reason, String actor) {
		AccountView before = existing(username);
		throttle.clearedEverywhere(username);
		if (before.lockedUntil() != null) {
			events.publishEvent(AccountChanged.of(actor, username, "unlocked", "locked until " + before.lockedUntil(),
					"not locked", reason(reason)));
		}
	}

	/** Locks of accounts by failed logins since the given time, newest first, as the administrators see them. */
	@Transactional(readOnly = true)
	public List<LockNotice> lockNotices(Instant since) {
		return jdbc.sql(LockNotice.SELECT + " where locked_at >= ? order by locked_at desc, id desc limit 100")
			.param(Timestamp.from(since))
			.query(LockNotice::of)
			.list();
	}

	/** The locks of the user's account that they have not yet dismissed, newest first. */
	@Transactional(readOnly = true)
	public List<LockNotice> unseenLockNotices(String username) {
		return jdbc.sql(LockNotice.SELECT + " where username = ? and seen_at is null order by locked_at desc, id desc")
			.param(username)
			.query(LockNotice::of)
			.list();
	}

	/** The user has read their lock notices; the administrators still see them. */
	@Transactional
	public void dismissLockNotices(String username) {
		jdbc.sql("update security.lock_notice set seen_at = now() where username = ? and seen_at is null")
			.param(username)
			.update();
	}

	/**
	 * A disabled account's open browser sessions end now, not when they time out, on every node. Users are equal by
	 * name, so a bare user of that name finds them in either session store.
	 */
	private void endSessions(String username) {
		sessions.getAllSessions(User.withUsername(username).password("").build(), false)
			.forEach(SessionInformation::expireNow);
	}

	private String generated() {
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(GENERATED_ALPHABET.charAt(random.nextInt(GENERATED_ALPHABET.length())));
		}
		return password.toString();
	}

	private AccountView existing(String username) {
		return account(username).orElseThrow(() -> new NotFoundException("account", username));
	}

	private static Role role(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}

	private static String reason(String reason) {
		return optional(reason);
	}

	private static String optional(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static AccountView view(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new AccountView(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("area_code"),
				rs.getString("department_code"), rs.getBoolean("enabled"), rs.getBoolean("demo"), rs.getTimestamp("created_at").toInstant(),
				locked == null ? null : locked.toInstant());
	}

}
