package org.culturetargets.portal.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.culturetargets.portal.imports.ImportCommitted;
import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.imports.read.TableLimits;
import org.culturetargets.portal.imports.read.TableSummary;
import org.culturetargets.portal.imports.read.Tables;
import org.culturetargets.portal.imports.read.UnreadableFile;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.shared.StagedMerge.Comparison;
import org.culturetargets.portal.shared.StagedRows;
import org.culturetargets.portal.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import centre's work (SPEC §5): a preview reads the file, checks every cell, stages the good rows with
 * {@code COPY}, checks what needs the database set-based, and compares the rows with what is stored, changing
 * nothing else; a commit applies the staged rows in one transaction, or none of them.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final Map<ImportKind, Kind> kinds = new EnumMap<>(ImportKind.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final PlanCatalog catalog;

	private final ApplicationEventPublisher events;

	private final ImportSettings settings;

	private final ObjectMapper json;

	ImportService(List<Kind> kinds, JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			PlanCatalog catalog, ApplicationEventPublisher events, ImportSettings settings, ObjectMapper json) {
		kinds.forEach(kind -> this.kinds.put(kind.kind(), kind));
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactions);
		this.catalog = catalog;
		this.events = events;
		this.settings = settings;
		this.json = json;
	}

	public List<ImportKind> kinds() {
		return List.copyOf(kinds.keySet());
	}

	public List<TemplateColumn> template(ImportKind kind) {
		return kind(kind).columns().stream()
			.map(column -> new TemplateColumn(column.code(), column.headerZh(), column.required(), column.example()))
			.toList();
	}

	/**
	 * Reads and checks the file and stages its rows; nothing but the import's own record changes. A file that
	 * cannot be read as this kind's table is refused ({@link UnreadableFile}, {@link ImportRefused}) and leaves
	 * no trace.
	 */
	public ImportView preview(ImportKind kind, Path file, String fileName, String actor, IntConsumer progress) {
		Kind definition = kind(kind);
		discardStalePreviews();
		String checksum = checksum(file);
		long id = transactions.execute(status -> newPreview(kind, definition, file, fileName, checksum, actor, progress));
		return find(id).orElseThrow();
	}

	/** The import's record and its staged, checked rows, in the caller's transaction. */
	private long newPreview(ImportKind kind, Kind definition, Path file, String fileName, String checksum,
			String actor, IntConsumer progress) {
		long importId = jdbc.sql("""
				insert into imports.import (kind, file_name, checksum, size_bytes, format, status, uploaded_by)
				values (?, ?, ?, ?, '', 'PREVIEWED', ?) returning id
				""").params(kind.slug(), fileName, checksum, size(file), actor).query(Long.class).single();
		stage(importId, definition, file, fileName, progress);
		return importId;
	}

	private void stage(long importId, Kind kind, Path file, String fileName, IntConsumer progress) {
		ScopeNames names = new ScopeNames(catalog.scopes());
		Connection connection = DataSourceUtils.getConnection(dataSource);
		List<String> staged = kind.columns().stream().map(Column::staged).toList();
		Reading reading = new Reading(importId, kind.columns(), names, progress);
		TableSummary summary;
		long started = System.nanoTime();
		try (Staging staging = new Staging(connection, kind.stagingTable(), staged)) {
			reading.staging = staging;
			summary = Tables.read(file, fileName, limits(), reading::row);
			staging.finish();
		}
		catch (SQLException e) {
			throw new IllegalStateException("staging import " + importId + " failed", e);
		}
		if (reading.header == null) {
			throw new ImportRefused("imports.refused.noHeader", HeaderRow.SEARCHED_ROWS, requiredColumns(kind));
		}
		if (reading.rows == 0) {
			throw new ImportRefused("imports.refused.noRows");
		}
		// The staging table was empty when last analysed: without fresh statistics the planner joins a million
		// staged rows by nested loops.
		jdbc.sql("analyze " + kind.stagingTable()).update();
		long read = System.nanoTime();
		// The file's headers first: a kind's checks and comparison may depend on which columns the file has.
		jdbc.sql("update imports.import set format = ?, encoding = ?, headers = ?::jsonb, ignored = ? where id = ?")
			.params(summary.format(), summary.encoding(), json.writeValueAsString(reading.header.headers()),
					array(connection, reading.header.ignored()), importId)
			.update();
		saveProblems(importId, reading.problems);
		StagedRows rows = staged(find(importId).orElseThrow(), kind);
		Found found = check(rows, kind, settings.maxProblems() - reading.problems.size());
		long checked = System.nanoTime();
		Comparison comparison = kind.owner().compare(rows);
		log.info("Import {} previewed: {} rows read and staged in {} ms, checked in {} ms, compared in {} ms", importId,
				reading.rows, millis(started, read), millis(read, checked), millis(checked, System.nanoTime()));
		jdbc.sql("""
				update imports.import set rows = ?, accepted = ?, problems = ?, created = ?, changed = ?, unchanged = ?
				where id = ?
				""")
			.params(reading.rows, reading.rows - reading.rejectedRows - found.rows(),
					reading.problemCount + found.problems(), comparison.created(), comparison.changed(),
					comparison.unchanged(), importId)
			.update();
	}

	private static String requiredColumns(Kind kind) {
		return kind.columns().stream().filter(Column::required)
			.map(column -> column.code() + " (" + column.headerZh() + ")").collect(Collectors.joining(", "));
	}

	/** The rows of a file as they are read: header found, cells checked, good rows staged. */
	private final class Reading {

		final long importId;

		final List<Column> columns;

		final ScopeNames names;

		final IntConsumer progress;

		final List<ProblemView> problems = new ArrayList<>();

		Staging staging;

		HeaderRow header;

		int rows;

		int rejectedRows;

		int problemCount;

		Reading(long importId, List<Column> columns, ScopeNames names, IntConsumer progress) {
			this.importId = importId;
			this.columns = columns;
			this.names = names;
			this.progress = progress;
		}

		void row(int number, List<String> cells) {
			if (header == null) {
				if (number <= HeaderRow.SEARCHED_ROWS) {
					header = HeaderRow.match(number, cells, columns);
				}
				return;
			}
			rows++;
			if (rows % 10_000 == 0) {
				progress.accept(rows);
			}
			List<String> values = new ArrayList<>(columns.size());
			boolean good = true;
			for (Column column : columns) {
				String text = header.cell(cells, column);
				if (text.isBlank()) {
					if (column.required()) {
						problem(number, column, "", "imports.problem.required");
						good = false;
					}
					values.add(null);
					continue;
				}
				// tab and line breaks are spaces to every type; other control characters are nobody's data
				if (!Texts.acceptable(text, true)) {
					problem(number, column, Texts.shown(text), "imports.problem.characters");
					good = false;
					values.add(null);
					continue;
				}
				try {
					values.add(column.type().read(text, names));
				}
				catch (CellProblem problem) {
					problem(number, column, text, problem.messageKey(), problem.arguments());
					good = false;
				}
			}
			if (!good) {
				rejectedRows++;
				return;
			}
			try {
				staging.add(importId, number, values);
			}
			catch (SQLException e) {
				throw new IllegalStateException("staging row " + number + " failed", e);
			}
		}

		private void problem(int number, Column column, String value, String key, Object... arguments) {
			problemCount++;
			if (problems.size() < settings.maxProblems()) {
				problems.add(new ProblemView(number, column.code(), value, key,
						Arrays.stream(arguments).map(String::valueOf).toList()));
			}
		}

	}

	private record Found(int problems, int rows) {
	}

	/** The import's staged rows as the owner of their data reads them. */
	private static StagedRows staged(ImportView record, Kind kind) {
		Set<String> present = kind.columns().stream().filter(column -> record.headers().containsKey(column.code()))
			.map(Column::staged).collect(Collectors.toSet());
		String writer = "import #" + record.id();
		return new StagedRows(kind.stagingTable(), record.id(), writer, writer + " " + record.fileName(), CHANGE_LOG,
				present);
	}

	/** Runs the owner's set-based checks, keeps at most {@code room} of their problems, counts them all. */
	private Found check(StagedRows rows, Kind kind, int room) {
		String checks = String.join(" union all ", kind.owner().checks(rows).stream().map(sql -> "(" + sql + ")").toList());
		return jdbc.sql("""
				with found (row_no, column_code, value, message_key, arguments) as (%s),
				kept as (
				    insert into imports.problem (import_id, row_no, column_name, value, message_key, arguments)
				    select :batch, row_no, column_code, left(value, 300), message_key, arguments
				    from found order by row_no limit :room
				    returning 1
				)
				select (select count(*) from found), (select count(distinct row_no) from found), (select count(*) from kept)
				""".formatted(checks))
			.param("batch", rows.batch())
			.param("room", Math.max(room, 0))
			.query((rs, n) -> new Found(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	/** The problems found cell by cell, in one batch: a file may have a thousand of them. */
	private void saveProblems(long importId, List<ProblemView> problems) {
		new JdbcTemplate(dataSource).batchUpdate("""
				insert into imports.problem (import_id, row_no, column_name, value, message_key, arguments)
				values (?, ?, ?, left(?, 300), ?, ?)
				""", problems, 500, (statement, problem) -> {
			statement.setLong(1, importId);
			statement.setInt(2, problem.row());
			statement.setString(3, problem.column());
			statement.setString(4, problem.value());
			statement.setString(5, problem.messageKey());
			statement.setArray(6, statement.getConnection().createArrayOf("text", problem.arguments().toArray()));
		});
	}

	/**
	 * Applies a previewed import in one transaction: the staged rows are checked again (the database may have
	 * changed since the preview), then merged. Any failure rolls back every row.
	 */
	public ImportView commit(long id, String actor) {
		boolean applied = inCommit(id, () -> {
			ImportView record = jdbc.sql("select id from imports.import where id = ? for update").param(id)
				.query(Long.class).optional().flatMap(this::find)
				.orElseThrow(() -> new ImportRefused("imports.refused.unknown", id));
			if (!"PREVIEWED".equals(record.status())) {
				throw new ImportRefused("imports.refused.notPreviewed", id);
			}
			if (record.problems() > 0) {
				throw new ImportRefused("imports.refused.hasProblems", record.problems());
			}
			Kind kind = kind(record.kind());
			lock(kind);
			StagedRows rows = staged(record, kind);
			Found found = check(rows, kind, settings.maxProblems());
			if (found.problems() > 0) {
				jdbc.sql("update imports.import set problems = ?, accepted = rows - ? where id = ?")
					.params(found.problems(), found.rows(), id).update();
				return false;
			}
			merge(record, kind, kind.owner().compare(rows), actor);
			return true;
		});
		if (!applied) {
			throw new ImportRefused("imports.refused.newProblems", id);
		}
		return find(id).orElseThrow();
	}

	/**
	 * Previews and, when the file has no problem, commits in one transaction (the API's {@code dryRun=false}):
	 * nothing can change between the checks and the merge, so nothing is checked twice. A file with problems is
	 * left as a preview listing them.
	 */
	public ImportView importNow(ImportKind kind, Path file, String fileName, String actor, IntConsumer progress) {
		Kind definition = kind(kind);
		discardStalePreviews();
		String checksum = checksum(file);
		long id = inCommit(null, () -> {
			lock(definition);
			long importId = newPreview(kind, definition, file, fileName, checksum, actor, progress);
			ImportView record = find(importId).orElseThrow();
			if (record.problems() == 0) {
				merge(record, definition, new Comparison(record.created(), record.changed(), record.unchanged()), actor);
			}
			return importId;
		});
		return find(id).orElseThrow();
	}

	/**
	 * Runs a commit's work in a transaction with room for its joins; a database failure rolls it all back and is
	 * reported as a commit that failed, not as a server error.
	 */
	private <T> T inCommit(Long id, Supplier<T> work) {
		try {
			return transactions.execute(status -> {
				jdbc.sql("set local work_mem = '256MB'").update();
				return work.get();
			});
		}
		catch (DataAccessException e) {
			log.warn("Import {} failed while committing; nothing of it was applied", id == null ? "(new)" : id, e);
			throw new ImportRefused("imports.refused.commitFailed", id == null ? "" : id);
		}
	}

	/** One commit of a kind at a time: the merges decide "new or changed" from what is stored. */
	private void lock(Kind kind) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("imports:" + kind.kind().slug())
			.query(Object.class).single();
	}

	private void merge(ImportView record, Kind kind, Comparison comparison, String actor) {
		long started = System.nanoTime();
		kind.owner().merge(staged(record, kind), comparison);
		long merged = System.nanoTime();
		jdbc.sql("delete from " + kind.stagingTable() + " where import_id = ?").param(record.id()).update();
		log.info("Import {} committed: merged in {} ms, staging cleared in {} ms", record.id(),
				millis(started, merged), millis(merged, System.nanoTime()));
		Instant now = Instant.now();
		jdbc.sql("""
				update imports.import set status = 'COMMITTED', committed_by = ?, committed_at = ?,
				       created = ?, changed = ?, unchanged = ?
				where id = ?
				""")
			.params(actor, Timestamp.from(now), comparison.created(), comparison.changed(), comparison.unchanged(),
					record.id())
			.update();
		events.publishEvent(new ImportCommitted(record.id(), record.kind(), actor, now, record.fileName(),
				comparison.created(), comparison.changed(), comparison.unchanged()));
	}

	/** Drops a preview's staged rows; the record stays in the history as discarded. */
	public void discard(long id) {
		transactions.executeWithoutResult(status -> {
			ImportView record = find(id).orElseThrow(() -> new ImportRefused("imports.refused.unknown", id));
			if (!"PREVIEWED".equals(record.status())) {
				throw new ImportRefused("imports.refused.notPreviewed", id);
			}
			jdbc.sql("delete from " + kind(record.kind()).stagingTable() + " where import_id = ?").param(id).update();
			jdbc.sql("update imports.import set status = 'DISCARDED' where id = ?").param(id).update();
		});
	}

	private void discardStalePreviews() {
		List<Long> stale = jdbc.sql("""
				select id from imports.import
				where status = 'PREVIEWED' and uploaded_at < now() - make_interval(hours => ?)
				""").param(settings.keepPreviewHours()).query(Long.class).list();
		stale.forEach(this::discard);
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

	/** The import's problems by row, and within a row in the template's order of columns. */
	public List<ProblemView> problems(ImportView record) {
		String columns = kind(record.kind()).columns().stream().map(Column::code).collect(Collectors.joining(","));
		return jdbc.sql("""
				select row_no, column_name, value, message_key, arguments from imports.problem
				where import_id = ? order by row_no, array_position(string_to_array(?, ','), column_name::text)
				""").params(record.id(), columns)
			.query((rs, n) -> new ProblemView(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					List.of((String[]) rs.getArray(5).getArray())))
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
		Kind kind = kind(record.kind());
		return kind.owner().created(staged(record, kind))
			.map(created -> logged + " union all select row_no, subject, null, after::text from (" + created
					+ ") as created (row_no, subject, after)")
			.orElse(logged);
	}

	/** Where the owners log the rows a commit wrote. */
	private static final String CHANGE_LOG = "imports.change";

	private static final String SELECT = """
			select id, kind, file_name, checksum, size_bytes, format, encoding, rows, accepted, problems, created,
			       changed, unchanged, status, uploaded_by, uploaded_at, committed_by, committed_at, headers, ignored
			from imports.import
			""";

	private ImportView view(ResultSet rs, int n) throws SQLException {
		Timestamp committed = rs.getTimestamp("committed_at");
		String headers = rs.getString("headers");
		return new ImportView(rs.getLong("id"), ImportKind.of(rs.getString("kind")).orElseThrow(),
				rs.getString("file_name"), rs.getString("checksum"), rs.getLong("size_bytes"), rs.getString("format"),
				rs.getString("encoding"), rs.getInt("rows"), rs.getInt("accepted"), rs.getInt("problems"),
				rs.getInt("created"), rs.getInt("changed"), rs.getInt("unchanged"), rs.getString("status"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("committed_by"),
				committed == null ? null : committed.toInstant(),
				headers == null ? Map.of() : new LinkedHashMap<>(json.readValue(headers, HEADERS)),
				List.of((String[]) rs.getArray("ignored").getArray()));
	}

	private Kind kind(ImportKind kind) {
		Kind definition = kinds.get(kind);
		if (definition == null) {
			throw new ImportRefused("imports.refused.kindNotSupported", kind.slug());
		}
		return definition;
	}

	private TableLimits limits() {
		return new TableLimits(settings.maxFileSize().toBytes(), settings.maxRows(), settings.maxColumns(),
				settings.maxCellChars());
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String checksum(Path file) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Array array(Connection connection, List<String> values) {
		try {
			return connection.createArrayOf("text", values.toArray());
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
