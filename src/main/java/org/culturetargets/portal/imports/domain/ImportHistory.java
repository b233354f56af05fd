package org.culturetargets.portal.imports.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.culturetargets.portal.imports.ImportKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What the import centre keeps of each import: its record, its problems and what its commit changed. */
@Service
public class ImportHistory {

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Kinds kinds;

	private final ObjectMapper json;

	ImportHistory(JdbcClient jdbc, Kinds kinds, ObjectMapper json) {
		this.jdbc = jdbc;
		this.kinds = kinds;
		this.json = json;
	}

	public Optional<ImportView> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(this::view).optional();
	}

	public List<ImportView> history(int limit) {
		return jdbc.sql(SELECT + " order by id desc limit ?").param(limit).query(this::view).list();
	}

	/** Earlier committed imports of the same file, newest first. */
	public List<Long> sameFile(ImportView record) {
		return jdbc.sql("select id from imports.import where checksum = ? and kind = ? and id <> ? and status = 'COMMITTED' order by id desc")
			.params(record.checksum(), record.kind().slug(), record.id()).query(Long.class).list();
	}

	/** The import's problems, which stop its commit, by row, and within a row in the template's order of columns. */
	public List<ProblemView> problems(ImportView record) {
		return problems(record, false);
	}

	/** The import's warnings (soft validation rules' findings), which do not stop its commit, in the same order. */
	public List<ProblemView> warnings(ImportView record) {
		return problems(record, true);
	}

	private List<ProblemView> problems(ImportView record, boolean warnings) {
		String columns = kinds.of(record.kind()).columns().stream().map(Column::code).collect(Collectors.joining(","));
		// a row's rule findings come after its own checks' problems, in the order the rules found them
		return jdbc.sql("""
				select row_no, column_name, value, message_key, arguments, rule, warning from imports.problem
				where import_id = ? and warning = ?
				order by row_no, array_position(string_to_array(?, ','), column_name::text), rule is not null, ctid
				""").params(record.id(), warnings, columns)
			.query((rs, n) -> new ProblemView(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					List.of((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	/**
	 * What a committed import changed, by row: the change log's rows, and for a kind whose rows carry their import,
	 * the rows it created that still hold its values.
	 */
	public List<ChangeView> changes(ImportView record, int offset, int limit) {
		return jdbc.sql("""
				select * from (%s) changes order by 1 offset :offset limit :limit
				""".formatted(changeRows(record)))
			.param("batch", record.id()).param("offset", offset).param("limit", limit)
			.query((rs, n) -> new ChangeView(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public long changeCount(ImportView record) {
		return jdbc.sql("select count(*) from (%s) changes".formatted(changeRows(record)))
			.param("batch", record.id()).query(Long.class).single();
	}

	private String changeRows(ImportView record) {
		String logged = "select row_no, subject, before::text, after::text from imports.change where import_id = :batch";
		return kinds.of(record.kind()).owner().created(kinds.staged(record))
			.map(created -> logged + " union all select row_no, subject, null, after::text from (" + created
					+ ") as created (row_no, subject, after)")
			.orElse(logged);
	}

	private static final String SELECT = """
			select id, kind, file_name, checksum, size_bytes, format, encoding, rows, accepted, problems, warnings, created,
			       changed, unchanged, status, uploaded_by, uploaded_at, committed_by, committed_at, headers, ignored
			from imports.import
			""";

	private ImportView view(ResultSet rs, int n) throws SQLException {
		Timestamp committed = rs.getTimestamp("committed_at");
		String headers = rs.getString("headers");
		return new ImportView(rs.getLong("id"), ImportKind.of(rs.getString("kind")).orElseThrow(),
				rs.getString("file_name"), rs.getString("checksum"), rs.getLong("size_bytes"), rs.getString("format"),
				rs.getString("encoding"), rs.getInt("rows"), rs.getInt("accepted"), rs.getInt("problems"), rs.getInt("warnings"),
				rs.getInt("created"), rs.getInt("changed"), rs.getInt("unchanged"), rs.getString("status"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("committed_by"),
				committed == null ? null : committed.toInstant(),
				headers == null ? Map.of() : new LinkedHashMap<>(json.readValue(headers, HEADERS)),
				List.of((String[]) rs.getArray("ignored").getArray()));
	}

}
