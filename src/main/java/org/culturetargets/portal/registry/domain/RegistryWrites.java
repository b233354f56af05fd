package org.culturetargets.portal.registry.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.registry.RegistryChanged;
import org.culturetargets.portal.registry.StaleEntry;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every registry write does alike: districts and groups looked up in the reference data, a row inserted or
 * updated at the version edited, its groups replaced, its state read for the audit log, and the change published.
 */
@Component
class RegistryWrites {

	/** What a park's or project's check found, and its district and groups as stored when it found nothing. */
	record Checked(List<Problem> problems, String area, List<String> groups) {
	}

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	private final ApplicationEventPublisher events;

	RegistryWrites(JdbcClient jdbc, PlanCatalog catalog, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.events = events;
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	/** The district's code if {@code code} names one; otherwise a problem of {@code areaCode}. */
	String district(String code, List<Problem> problems) {
		Optional<ScopeView> scope = code == null ? Optional.empty() : catalog.scope(code.strip());
		if (scope.isEmpty() || scope.get().kind() != ScopeKind.DISTRICT) {
			problems.add(Problem.of("areaCode", "registry.invalid.area", String.valueOf(code)));
			return null;
		}
		return scope.get().code();
	}

	/** The group codes chosen, without blanks and repeats; each not a group is a problem. */
	List<String> groups(List<String> codes, List<Problem> problems) {
		List<String> groups = codes == null ? List.of() : codes.stream().filter(g -> !g.isBlank()).distinct().toList();
		for (String group : groups) {
			if (catalog.scope(group).filter(s -> !s.isArea()).isEmpty()) {
				problems.add(Problem.of("groups", "registry.invalid.group", group));
			}
		}
		return groups;
	}

	/** Whether another row of {@code table} than {@code id} has {@code value} in {@code column}. */
	boolean taken(String table, String column, Object value, Long id) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = ? and id <> ?")
			.params(value, id == null ? -1L : id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Inserts the row when {@code id} is null, else updates it at the version edited (a {@link StaleEntry} when
	 * someone changed it since; see {@link #requireVersion}); returns its id. The statements take {@code params}; an update also :id and
	 * :version.
	 */
	long insertOrUpdate(String table, Long id, Integer version, String insert, String update,
			Map<String, Object> params) {
		if (id == null) {
			return jdbc.sql(insert).params(params).query(Long.class).single();
		}
		params.put("id", id);
		params.put("version", version);
		if (jdbc.sql(update).params(params).update() == 0) {
			throw stale(table, id);
		}
		return id;
	}

	/** The groups of a park or project as chosen: {@code table} links {@code column} to group codes. */
	void replaceGroups(String table, String column, long id, List<String> groups) {
		jdbc.sql("delete from " + table + " where " + column + " = ?").param(id).update();
		for (String group : groups) {
			jdbc.sql("insert into " + table + " (" + column + ", group_code) values (?, ?)").params(id, group).update();
		}
	}

	/** One row's columns as the audit log shows them; a {@link NotFoundException} of {@code kind} when missing. */
	Map<String, Object> state(String kind, String select, long id) {
		return jdbc.sql(select).param(id).query().listOfRows().stream().findFirst()
			.orElseThrow(() -> new NotFoundException(kind, id));
	}

	void publish(PortalUser user, String subject, String action, Map<String, Object> before,
			Map<String, Object> after, String reason) {
		events.publishEvent(new RegistryChanged(user.getUsername(), Instant.now(), subject, action, text(before),
				text(after), reason == null || reason.isBlank() ? null : reason.strip()));
		events.publishEvent(new DataChanged("registry"));
	}

	/** An update names the version it edits: without it, a change made since could not be told. */
	static void requireVersion(Long id, Integer version, List<Problem> problems) {
		if (id != null && version == null) {
			problems.add(Problem.of("version", "registry.invalid.version"));
		}
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private StaleEntry stale(String table, long id) {
		return jdbc.sql("select updated_by, updated_at from " + table + " where id = ?")
			.param(id)
			.query((rs, row) -> {
				Timestamp at = rs.getTimestamp(2);
				return new StaleEntry(rs.getString(1), at == null ? null : at.toInstant());
			})
			.optional()
			.orElseThrow(() -> new NotFoundException(table.substring(table.indexOf('.') + 1), id));
	}

	private static String text(Map<String, Object> state) {
		return state == null ? null
				: state.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

}
