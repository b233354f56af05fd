package org.culturetargets.portal.registry.domain;

import java.util.List;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staged rows of a registry (parks, enterprises, projects): each staged row becomes its JSON {@code after} and each
 * stored row of the same natural key its JSON {@code before}, so that one comparison of the two decides whether a row
 * is new, changed or unchanged, and the change log keeps exactly what was compared. A changed row is updated as a
 * whole, its version raised, and marked real (not synthetic): whoever imports it vouches for it.
 */
abstract class StagedRegistryRows implements StagedMerge {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	StagedRegistryRows(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The registry's rules of a staged row, as checks of {@code {staged}} (see {@link #checks}). */
	abstract List<String> rules();

	@Override
	public List<String> checks(StagedRows rows) {
		return rules().stream().map(rows::sql).toList();
	}

	/**
	 * The staged rows of {@code :batch} as they would be stored: {@code row_no}, the key columns, every column the
	 * upsert writes, and {@code after} (jsonb).
	 */
	abstract String incoming(StagedRows rows);

	/** The stored rows with a key among the staged ones: {@code id}, the key columns and {@code before} (jsonb). */
	abstract String stored();

	/** The natural key's columns, named alike in {@link #incoming} and {@link #stored()}. */
	abstract String key();

	/** Inserts or updates the rows of the CTE {@code writes} (the new and changed rows of {@link #incoming}). */
	abstract String upsert();

	/** The change log's subject of a row of {@code writes}, e.g. its key and name. */
	abstract String subject();

	/** Statements that run after the upsert, e.g. to replace the rows' groups. */
	List<String> afterUpsert(StagedRows rows) {
		return List.of();
	}

	@Override
	public Comparison compare(StagedRows rows) {
		return rows.compare(jdbc, """
				with incoming as (%s), stored as (%s)
				select count(*) filter (where s.id is null),
				       count(*) filter (where s.before <> i.after),
				       count(*) filter (where s.before = i.after)
				from incoming i left join stored s using (%s)
				""".formatted(incoming(rows), stored(), key()));
	}

	@Override
	public void merge(StagedRows rows, Comparison comparison) {
		if (comparison.created() == 0 && comparison.changed() == 0) {
			return;
		}
		rows.execute(jdbc, List.of("""
				with incoming as (%s), stored as (%s),
				writes as (
				    select i.*, s.before from incoming i left join stored s using (%s)
				    where s.before is distinct from i.after
				), merged as (%s)
				insert into {changes} (import_id, row_no, subject, before, after)
				select :batch, row_no, %s, before, after from writes
				""".formatted(incoming(rows), stored(), key(), upsert(), subject())));
		rows.execute(jdbc, afterUpsert(rows));
		events.publishEvent(new DataChanged("registry"));
	}

	/** Registry rows belong to a district or county, never to the city as a whole (as the registry's editor says). */
	static String district() {
		return """
				select s.row_no, 'area', s.area_code, 'imports.problem.notADistrict', '{}'::text[]
				from {staged} s join plans.scope a on a.code = s.area_code
				where s.import_id = :batch and a.kind <> 'DISTRICT'
				""";
	}

	/**
	 * A staged row's groups as they will be: the file's (sorted, once each) when it has the column, else the stored
	 * ones that {@code stored} selects.
	 */
	static String groups(StagedRows rows, String stored) {
		return rows.has("groups") ? "array(select distinct g from unnest(s.groups) g order by 1)"
				: "array(%s order by 1)".formatted(stored);
	}

	/**
	 * The statements that make a row's groups those of the file, when the file has the column: groups it no longer
	 * names are dropped, new ones added. {@code owner} joins the registry's table as {@code o} to the staged row
	 * {@code s}.
	 */
	static List<String> replaceGroups(StagedRows rows, String owner, String groupTable, String ownerColumn) {
		if (!rows.has("groups")) {
			return List.of();
		}
		return List.of("""
				delete from %2$s g
				using {staged} s join %1$s
				where s.import_id = :batch and g.%3$s = o.id and not (g.group_code = any(coalesce(s.groups, '{}')))
				""".formatted(owner, groupTable, ownerColumn), """
				insert into %2$s (%3$s, group_code)
				select o.id, g from {staged} s join %1$s cross join unnest(s.groups) g
				where s.import_id = :batch
				on conflict do nothing
				""".formatted(owner, groupTable, ownerColumn));
	}

}
