package org.culturetargets.portal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per username and client address, and locks the name for that address only, for a while,
 * after too many, whatever the way of logging in (form or HTTP Basic). Per address, so that a stranger's guesses
 * never lock the holder out from elsewhere; a guesser spread over many addresses meets the limit at each one.
 * Names are compared ignoring case. Unknown names are counted like known ones, so a lock reveals nothing about
 * which accounts exist; the lock of an existing account leaves a notice for its holder and the administrators,
 * and an audit entry. Failures are also counted per client address, whatever the names tried, and too many within
 * a window lock the address (password spraying tries many names from one place). The database's clock decides,
 * so that several portal instances agree.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final int maxFailures;

	private final int lockMinutes;

	private final int maxFailuresPerAddress;

	private final int addressMinutes;

	LoginThrottle(JdbcClient jdbc, ApplicationEventPublisher events,
			@Value("${portal.login.max-failures:5}") int maxFailures,
			@Value("${portal.login.lock-minutes:15}") int lockMinutes,
			@Value("${portal.login.max-failures-per-address:50}") int maxFailuresPerAddress,
			@Value("${portal.login.address-window-minutes:15}") int addressMinutes) {
		this.jdbc = jdbc;
		this.events = events;
		this.maxFailures = maxFailures;
		this.lockMinutes = lockMinutes;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.addressMinutes = addressMinutes;
	}

	/**
	 * One more failure from a client address. The count starts over when its window (or its lock) has passed; the
	 * failure that reaches the limit locks the address for the window's length.
	 */
	@Transactional
	void failedFrom(String address) {
		if (address == null) {
			return;
		}
		jdbc.sql("""
				insert into security.login_throttle_address as t (address, failures, locked_until)
				values (:address, 1, case when 1 >= :max then now() + make_interval(mins => :minutes) end)
				on conflict (address) do update set
				    failures = case when t.window_start <= now() - make_interval(mins => :minutes)
				                     or t.locked_until <= now() then 1 else t.failures + 1 end,
				    window_start = case when t.window_start <= now() - make_interval(mins => :minutes)
				                     or t.locked_until <= now() then now() else t.window_start end,
				    locked_until = case
				        when (case when t.window_start <= now() - make_interval(mins => :minutes)
				                     or t.locked_until <= now() then 1 else t.failures + 1 end) >= :max
				        then now() + make_interval(mins => :minutes) end,
				    last_failure = now()
				""")
			.param("address", address(address))
			.param("max", maxFailuresPerAddress)
			.param("minutes", addressMinutes)
			.update();
	}

	/** What is locked for a login of this name from this address, if anything: the address first. */
	Optional<Lock> lock(String username, String address) {
		// one statement for both, so that every HTTP Basic call costs no more than before the address was counted
		return jdbc.sql("""
				select case
				    when exists (select 1 from security.login_throttle_address where address = :address and locked_until > now())
				    then 'ADDRESS'
				    when exists (select 1 from security.login_throttle
				                 where username = :username and address = :address and locked_until > now())
				    then 'NAME' end
				""")
			.param("address", address(address))
			.param("username", key(username))
			.query(String.class)
			.optional()
			.map(Lock::valueOf);
	}

	/**
	 * One more failure of a name from an address; the one that reaches the limit starts the lock (and, for an
	 * existing account, its notice), and an expired lock starts over.
	 */
	@Transactional
	void failed(String username, String address) {
		// the lock's end when this failure started it (the failure that reaches the limit); no row otherwise
		Optional<Timestamp> lockStarted = jdbc.sql("""
				with counted as (
				    insert into security.login_throttle as t (username, address, failures, locked_until)
				    values (:username, :address, 1, case when 1 >= :max then now() + make_interval(mins => :minutes) end)
				    on conflict (username, address) do update set
				        failures = case when t.locked_until <= now() then 1 else t.failures + 1 end,
				        locked_until = case
				            when (case when t.locked_until <= now() then 1 else t.failures + 1 end) >= :max
				            then now() + make_interval(mins => :minutes) end,
				        last_failure = now()
				    returning failures, locked_until)
				select locked_until from counted where failures = :max and locked_until is not null
				""")
			.param("username", key(username))
			.param("address", address(address))
			.param("max", maxFailures)
			.param("minutes", lockMinutes)
			.query(Timestamp.class)
			.optional();
		lockStarted.ifPresent(until -> notice(key(username), address(address), until.toInstant()));
	}

	/** The notice of a lock, and its audit entry, for an existing account only: an unknown name has no holder. */
	private void notice(String username, String address, Instant lockedUntil) {
		int noticed = jdbc.sql("""
				insert into security.lock_notice (username, address, failures, locked_until)
				select username, :address, :failures, :until from security.account where username = :username
				""")
			.param("username", username)
			.param("address", address)
			.param("failures", maxFailures)
			.param("until", Timestamp.from(lockedUntil))
			.update();
		if (noticed > 0) {
			events.publishEvent(AccountChanged.locked(username, address, maxFailures, lockedUntil));
		}
	}

	/** A successful login clears the name's count from that address; other addresses' counts stay. */
	@Transactional
	void cleared(String username, String address) {
		jdbc.sql("delete from security.login_throttle where username = ? and address = ?")
			.params(key(username), address(address))
			.update();
	}

	/** An administrator's unlock or password reset clears the name's counts from every address. */
	@Transactional
	void clearedEverywhere(String username) {
		jdbc.sql("delete from security.login_throttle where username = ?").param(key(username)).update();
	}

	/** A request without an address (an authentication outside a web request) counts as an address of its own. */
	private static String address(String address) {
		return address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address;
	}

	private static String key(String username) {
		String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return key.length() > 200 ? key.substring(0, 200) : key;
	}

	enum Lock {
		ADDRESS, NAME
	}

}
