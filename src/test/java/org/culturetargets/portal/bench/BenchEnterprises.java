package org.culturetargets.portal.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.culturetargets.portal.registry.CreditCode;

/**
 * What the benchmarks share: enterprises registered by {@code COPY} (in district 330106, marked
 * {@code updated_by = 'bench'}) with valid credit codes numbered from 0, and the {@code [bench]} lines they print.
 */
final class BenchEnterprises {

	private BenchEnterprises() {
	}

	/** Registers the enterprises numbered {@code first} to {@code first + count - 1}. */
	static void register(DataSource dataSource, int first, int count) throws SQLException, IOException {
		StringBuilder rows = new StringBuilder();
		for (int e = first; e < first + count; e++) {
			rows.append(creditCode(e)).append("\tBench enterprise ").append(e).append("\t330106\t0110\tt\tbench\n");
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"copy registry.enterprise (credit_code, name, area_code, industry_class, above_size, updated_by) from stdin",
					new StringReader(rows.toString()));
		}
	}

	/** One enterprise-quarter row of the generated figures. */
	interface FigureRow {

		void row(String creditCode, String period, BigDecimal revenue, int employees) throws IOException;

	}

	/**
	 * The figures of enterprises {@code first} to {@code first + enterprises - 1}, {@code quarters} each from 2023Q1
	 * on: year-to-date revenue growing through the year, the same for every run (a fixed seed).
	 */
	static void figures(int first, int enterprises, int quarters, FigureRow sink) throws IOException {
		Random random = new Random(5);
		for (int e = first; e < first + enterprises; e++) {
			String code = creditCode(e);
			double revenue = 500 + random.nextInt(50_000);
			for (int q = 0; q < quarters; q++) {
				int quarter = q % 4 + 1;
				sink.row(code, (2023 + q / 4) + "Q" + quarter,
						BigDecimal.valueOf(revenue * quarter / 4).setScale(2, RoundingMode.HALF_UP), 20 + e % 300);
			}
		}
	}

	static String creditCode(int serial) {
		String first17 = "91330106B" + "%08d".formatted(serial);
		return first17 + CreditCode.checkCharacter(first17);
	}

	static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	static void log(String format, Object... args) {
		System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
	}

}
