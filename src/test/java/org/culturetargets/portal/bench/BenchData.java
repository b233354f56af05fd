package org.culturetargets.portal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.culturetargets.portal.registry.CreditCode;

/**
 * The benchmarks' generated data: enterprises spread over Hangzhou's districts (every fourth below the size
 * threshold, every third in a digital industry class), and a CSV of their figures for twelve quarters from 2023Q1,
 * as the {@code enterprise-figures} template has them.
 */
final class BenchData {

	static final int QUARTERS = 12;

	static final List<String> DISTRICTS = List.of("330102", "330105", "330106", "330108", "330109", "330110",
			"330111", "330112", "330113", "330114", "330122", "330127", "330182");

	/** A news, a digital (integrated broadcast control) and a television class. */
	private static final List<String> CLASSES = List.of("0110", "0133", "0132");

	private BenchData() {
	}

	static void writeFigures(Path file, int enterprises) throws IOException {
		Random random = new Random(5);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("credit_code,period,revenue,employees\n");
			for (int e = 0; e < enterprises; e++) {
				String code = creditCode(e);
				double revenue = 500 + random.nextInt(50_000);
				for (int q = 0; q < QUARTERS; q++) {
					int quarter = q % 4 + 1;
					out.write(code + "," + (2023 + q / 4) + "Q" + quarter + ","
							+ String.format(Locale.ROOT, "%.2f", revenue * quarter / 4) + "," + (20 + e % 300) + "\n");
				}
			}
		}
	}

	/** Registers {@code enterprises} enterprises by COPY, marked {@code updated_by = 'bench'}. */
	static void registerEnterprises(DataSource dataSource, int enterprises) throws Exception {
		StringBuilder rows = new StringBuilder();
		for (int e = 0; e < enterprises; e++) {
			rows.append(creditCode(e))
				.append("\tBench enterprise ")
				.append(e)
				.append('\t')
				.append(DISTRICTS.get(e % DISTRICTS.size()))
				.append('\t')
				.append(CLASSES.get(e % CLASSES.size()))
				.append('\t')
				.append(e % 4 == 0 ? 'f' : 't')
				.append("\tbench\n");
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"copy registry.enterprise (credit_code, name, area_code, industry_class, above_size, updated_by) from stdin",
					new StringReader(rows.toString()));
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
