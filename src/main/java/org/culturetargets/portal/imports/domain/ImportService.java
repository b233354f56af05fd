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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The import centre's work (SPEC §5): a preview reads the file, checks every cell and stages the good rows with
 * {@code COPY}; the owner of the data checks them by its rules and compares them with what is stored, changing
 * nothing else. A commit has the owner merge the staged rows in one transaction, or none of them.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final Kinds kinds;

	private final ImportHistory history;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final PlanCatalog catalog;

	private final ApplicationEventPublisher events;

	private final ImportSettings settings;

	private final ObjectMapper json;

	private final RuleFindings rules;

	ImportService(Kinds kinds, ImportHistory history, JdbcClient jdbc, DataSource dataSource,
			PlatformTransactionManager transactions, PlanCatalog catalog, ApplicationEventPublisher events,
			ImportSettings settings, ObjectMapper json, RuleFindings rules) {
		this.kinds = kinds;
		this.history = history;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactions);
		this.catalog = catalog;
		this.events = events;
		this.settings = settings;
		this.json = json;
		this.rules = rules;
	}

	public List<ImportKind> kinds() {
		return kinds.all();
	}

	public List<TemplateColumn> template(ImportKind kind) {
		return kinds.of(kind).columns().stream()
			.map(column -> new TemplateColumn(column.code(), column.headerZh(), column.required(), column.example()))
			.toList();
	}

	/**
	 * Reads and checks the file and stages its rows; nothing but the import's own record changes. A file that
	 * cannot be read as this kind's table is refused ({@link UnreadableFile}, {@link ImportRefused}) and leaves
	 * no trace.
	 */
	public ImportView preview(ImportKind kind, Path file, String fileName, String actor, IntConsumer progress) {
		Kind definition = kinds.of(kind);
		discardStalePreviews();
		String checksum = checksum(file);
		long id = transactions.execute(status -> newPreview(kind, definition, file, fileName, checksum, actor, progress));
		return history.find(id).orElseThrow();
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
		FileReading reading = new FileReading(importId, settings.maxProblems(), kind.columns(), names, progress);
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
		StagedRows rows = kinds.staged(history.find(importId).orElseThrow());
		Found found = check(rows, kind, settings.maxProblems() - reading.problems.size());
		// the report rules judge only rows that passed the owner's checks (a known indicator, no duplicate)
		RuleFindings.Outcome ruled = rules.check(kind, importId,
				settings.maxProblems() - reading.problems.size() - found.problems());
		long checked = System.nanoTime();
		Comparison comparison = kind.owner().compare(rows);
		log.info("Import {} previewed: {} rows read and staged in {} ms, checked in {} ms, compared in {} ms", importId,
				reading.rows, millis(started, read), millis(read, checked), millis(checked, System.nanoTime()));
		jdbc.sql("""
				update imports.import set rows = ?, accepted = ?, problems = ?, warnings = ?, created = ?, changed = ?,
				       unchanged = ?
				where id = ?
				""")
			.params(reading.rows, reading.rows - reading.rejectedRows - found.rows() - ruled.rows(),
					reading.problemCount + found.problems() + ruled.problems(), ruled.warnings(), comparison.created(),
					comparison.changed(), comparison.unchanged(), importId)
			.update();
	}

	private static String requiredColumns(Kind kind) {
		return kind.columns().stream().filter(Column::required)
			.map(column -> column.code() + " (" + column.headerZh() + ")").collect(Collectors.joining(", "));
	}

	private record Found(int problems, int rows) {
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
				.query(Long.class).optional().flatMap(history::find)
				.orElseThrow(() -> new ImportRefused("imports.refused.unknown", id));
			if (!"PREVIEWED".equals(record.status())) {
				throw new ImportRefused("imports.refused.notPreviewed", id);
			}
			if (record.problems() > 0) {
				throw new ImportRefused("imports.refused.hasProblems", record.problems());
			}
			Kind kind = kinds.of(record.kind());
			lock(kind);
			StagedRows rows = kinds.staged(record);
			Found found = check(rows, kind, settings.maxProblems());
			if (found.problems() > 0) {
				jdbc.sql("update imports.import set problems = ?, accepted = rows - ? where id = ?")
					.params(found.problems(), found.rows(), id).update();
				return false;
			}
			RuleFindings.Outcome ruled = rules.check(kind, id, settings.maxProblems());
			jdbc.sql("update imports.import set problems = ?, accepted = rows - ?, warnings = ? where id = ?")
				.params(ruled.problems(), ruled.rows(), ruled.warnings(), id).update();
			if (ruled.problems() > 0) {
				return false;
			}
			merge(record, kind, kind.owner().compare(rows), actor);
			return true;
		});
		if (!applied) {
			throw new ImportRefused("imports.refused.newProblems", id);
		}
		return history.find(id).orElseThrow();
	}

	/**
	 * Previews and, when the file has no problem, commits in one transaction (the API's {@code dryRun=false}):
	 * nothing can change between the checks and the merge, so nothing is checked twice. A file with problems is
	 * left as a preview listing them.
	 */
	public ImportView importNow(ImportKind kind, Path file, String fileName, String actor, IntConsumer progress) {
		Kind definition = kinds.of(kind);
		discardStalePreviews();
		String checksum = checksum(file);
		long id = inCommit(null, () -> {
			lock(definition);
			long importId = newPreview(kind, definition, file, fileName, checksum, actor, progress);
			ImportView record = history.find(importId).orElseThrow();
			if (record.problems() == 0) {
				merge(record, definition, new Comparison(record.created(), record.changed(), record.unchanged()), actor);
			}
			return importId;
		});
		return history.find(id).orElseThrow();
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
		kind.owner().merge(kinds.staged(record), comparison);
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
			ImportView record = history.find(id).orElseThrow(() -> new ImportRefused("imports.refused.unknown", id));
			if (!"PREVIEWED".equals(record.status())) {
				throw new ImportRefused("imports.refused.notPreviewed", id);
			}
			jdbc.sql("delete from " + kinds.of(record.kind()).stagingTable() + " where import_id = ?").param(id).update();
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
