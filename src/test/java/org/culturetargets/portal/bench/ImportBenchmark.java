package org.culturetargets.portal.bench;

import static org.culturetargets.portal.bench.BenchEnterprises.log;
import static org.culturetargets.portal.bench.BenchEnterprises.seconds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.imports.domain.ImportService;
import org.culturetargets.portal.imports.domain.ImportView;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5's goal: a million enterprise-quarter rows import at no less than half the speed of a plain PostgreSQL
 * {@code COPY} of the same rows. Both run in one process against the same database, on the same generated file;
 * the plain copy goes into a table of the same columns, key and index as {@code registry.enterprise_figure}.
 * Not part of the suite: run it with {@code bench/import.sh} (see bench/README.md).
 */
@PortalTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ImportBenchmark {

	private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);

	static final int QUARTERS = 12;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void importComparedWithPlainCopy() throws Exception {
		int enterprises = ROWS / QUARTERS;
		Path file = Files.createTempFile("bench-figures-", ".csv");
		long started = System.nanoTime();
		writeFile(file, 0, enterprises);
		BenchEnterprises.register(dataSource, 0, enterprises);
		log("generated %,d rows (%,d enterprises × %d quarters, %.1f MB) in %.1f s", ROWS, enterprises, QUARTERS,
				Files.size(file) / 1e6, seconds(started));

		String columns = """
				(credit_code varchar(18) not null %s, period varchar(6) not null check (period ~ '^[0-9]{4}Q[1-4]$'),
				 revenue numeric(18, 2) not null check (revenue >= 0), employees integer check (employees >= 0),
				 primary key (credit_code, period))""";
		jdbc.sql("create table bench_bare " + columns.formatted("")).update();
		jdbc.sql("create table bench_checked " + columns.formatted("references registry.enterprise (credit_code)")).update();
		// the index registry.enterprise_figure has since registry V4_21 (the lists by revenue), the enterprise's
		// credit code standing for its id
		jdbc.sql("create index on bench_bare (period, revenue desc, credit_code)").update();
		jdbc.sql("create index on bench_checked (period, revenue desc, credit_code)").update();

		double bare = Math.min(plainCopy(file, "bench_bare"), plainCopy(file, "bench_bare"));
		double checked = plainCopy(file, "bench_checked");
		double twoStep = previewThenCommit(file);
		clearFigures();
		double imported = importNow(file, "import (dryRun=false: one transaction)");
		checked = Math.min(checked, plainCopy(file, "bench_checked"));
		double again = importNow(file, "the same file again");

		log("plain COPY into a table of the file's columns, key and index: %.2f s (%,.0f rows/s)", bare, ROWS / bare);
		log("plain COPY into the same with the registry's foreign key too: %.2f s (%,.0f rows/s)", checked,
				ROWS / checked);
		log("import: %.2f s (%,.0f rows/s); the same file again: %.2f s; preview, then commit: %.2f s", imported,
				ROWS / imported, again, twoStep);
		log("RATIO import speed / plain COPY speed (same constraints) = %.2f (goal >= 0.50)", checked / imported);
		log("ratio import speed / plain COPY speed (no foreign key) = %.2f", bare / imported);
		Files.delete(file);
	}

	private double plainCopy(Path file, String table) throws Exception {
		jdbc.sql("truncate " + table).update();
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); Reader reader = Files.newBufferedReader(file)) {
			connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy " + table + " from stdin (format csv, header true)", reader);
		}
		return seconds(started);
	}

	private void clearFigures() {
		jdbc.sql("""
				delete from registry.enterprise_figure
				where enterprise_id in (select id from registry.enterprise where updated_by = 'bench')""").update();
	}

	private double importNow(Path file, String what) {
		long started = System.nanoTime();
		ImportView record = imports.importNow(ImportKind.ENTERPRISE_FIGURES, file, "bench.csv", "bench", rows -> {
		});
		double took = seconds(started);
		log("%s: %.2f s — status %s, rows %,d, problems %d, new %,d, changed %,d, unchanged %,d", what, took,
				record.status(), record.rows(), record.problems(), record.created(), record.changed(),
				record.unchanged());
		return took;
	}

	private double previewThenCommit(Path file) {
		long started = System.nanoTime();
		ImportView preview = imports.preview(ImportKind.ENTERPRISE_FIGURES, file, "bench.csv", "bench", rows -> {
		});
		double previewed = seconds(started);
		ImportView committed = imports.commit(preview.id(), "bench");
		double total = seconds(started);
		log("preview, then commit: preview %.2f s, commit %.2f s — new %,d", previewed, total - previewed,
				committed.created());
		return total;
	}

	/** A CSV of the figures of enterprises {@code first} to {@code first + enterprises - 1}, 12 quarters each. */
	static void writeFile(Path file, int first, int enterprises) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("credit_code,period,revenue,employees\n");
			BenchEnterprises.figures(first, enterprises, QUARTERS, (code, period, revenue, employees) -> out
				.write(code + "," + period + "," + revenue.toPlainString() + "," + employees + "\n"));
		}
	}

}
