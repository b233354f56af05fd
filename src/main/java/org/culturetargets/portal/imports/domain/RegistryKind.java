package org.culturetargets.portal.imports.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * A registry kind (parks, enterprises, projects): each staged row becomes its JSON {@code after} and each stored
 * row of the same natural key its JSON {@code before}, so that one comparison of the two decides whether a row is
 * new, changed or unchanged, and the change log keeps exactly what was compared. A changed row is updated as a
 * whole, its version raised, and marked real (not synthetic): whoever imports it vouches for it.
 */
abstract class RegistryKind implements Kind {

	/**
	 * The staged rows of {@code :import} as they would be stored: {@code row_no}, the key columns, every column the
	 * upsert writes, and {@code after} (jsonb).
	 */
	abstract String incoming();

	/** The stored rows with a key among the staged ones: {@code id}, the key columns and {@code before} (jsonb). */
	abstract String stored();

	/** The natural key's columns, named alike in {@link #incoming()} and {@link #stored()}. */
	abstract String key();

	/** Inserts or updates the rows of the CTE {@code writes} (the new and changed rows of {@link #incoming()}). */
	abstract String upsert();

	/** The change log's subject of a row of {@code writes}, e.g. its key and name. */
	abstract String subject();

	/** Statements that run after the upsert, e.g. to replace the rows' groups. */
	List<String> afterUpsert() {
		return List.of();
	}

	@Override
	public String comparison() {
		return """
				with incoming as (%s), stored as (%s)
				select count(*) filter (where s.id is null),
				       count(*) filter (where s.before <> i.after),
				       count(*) filter (where s.before = i.after)
				from incoming i left join stored s using (%s)
				""".formatted(incoming(), stored(), key());
	}

	@Override
	public List<String> merge() {
		String upsert = """
				with incoming as (%s), stored as (%s),
				writes as (
				    select i.*, s.before from incoming i left join stored s using (%s)
				    where s.before is distinct from i.after
				), merged as (%s)
				insert into imports.change (import_id, row_no, subject, before, after)
				select :import, row_no, %s, before, after from writes
				""".formatted(incoming(), stored(), key(), upsert(), subject());
		return Stream.concat(Stream.of(upsert), afterUpsert().stream()).toList();
	}

	/** A row whose key an earlier row of the file has already: "same as row n", on the key's last column. */
	static String duplicateKey(String stagingTable, String column, String keyColumns) {
		return """
				select s.row_no, '%2$s', s.%4$s::text, 'imports.problem.duplicateRow', array[d.first_row::text]
				from %1$s s
				join (select %3$s, min(row_no) as first_row from %1$s where import_id = :import
				      group by %3$s having count(*) > 1) d using (%3$s)
				where s.import_id = :import and s.row_no > d.first_row
				""".formatted(stagingTable, column, keyColumns, lastOf(keyColumns));
	}

	private static String lastOf(String columns) {
		String[] parts = columns.split(",");
		return parts[parts.length - 1].strip();
	}

	/** Registry rows belong to a district or county, never to the city as a whole (as the registry's editor says). */
	static String district(String stagingTable) {
		return """
				select s.row_no, 'area', s.area_code, 'imports.problem.notADistrict', '{}'::text[]
				from %s s join plans.scope a on a.code = s.area_code
				where s.import_id = :import and a.kind <> 'DISTRICT'
				""".formatted(stagingTable);
	}

	/** Whether the import's file has a {@code groups} column: without it, the rows keep the groups they have. */
	private static final String FILE_HAS_GROUPS = """
			exists (select 1 from imports.import i where i.id = :import and i.headers ->> 'groups' is not null)""";

	/**
	 * A staged row's groups as they will be: the file's (sorted, once each) when it has the column, else the stored
	 * ones that {@code stored} selects.
	 */
	static String groups(String staged, String stored) {
		return """
				case when %s then array(select distinct g from unnest(%s) g order by 1)
				     else array(%s order by 1) end""".formatted(FILE_HAS_GROUPS, staged, stored);
	}

	/**
	 * The statements that make a row's groups those of the file, when the file has the column: groups it no longer
	 * names are dropped, new ones added. {@code owner} joins the registry's table as {@code o} to the staged row {@code s}.
	 */
	static List<String> replaceGroups(String stagingTable, String owner, String groupTable, String ownerColumn) {
		return List.of("""
				delete from %3$s g
				using %1$s s join %2$s
				where s.import_id = :import and g.%4$s = o.id and not (g.group_code = any(coalesce(s.groups, '{}')))
				  and %5$s
				""".formatted(stagingTable, owner, groupTable, ownerColumn, FILE_HAS_GROUPS), """
				insert into %3$s (%4$s, group_code)
				select o.id, g from %1$s s join %2$s cross join unnest(s.groups) g
				where s.import_id = :import and %5$s
				on conflict do nothing
				""".formatted(stagingTable, owner, groupTable, ownerColumn, FILE_HAS_GROUPS));
	}

}
