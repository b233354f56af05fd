package org.culturetargets.portal.figures.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.culturetargets.portal.shared.Period;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the real published figures (a copy of {@code shared/data/hangzhou-published-values.csv}) and the actual
 * figures the seed documents state ({@code data/seed-values.csv}), each with its note and source, once. They are
 * real data, loaded in every mode; demo data never overwrites them.
 */
@Component
class V2_2__Published_values extends BaseJavaMigration {

	static final List<String> FILES = List.of("data/hangzhou-published-values.csv", "data/seed-values.csv");

	private static final String INSERT = """
			insert into figures.indicator_value
			    (indicator_code, scope_code, period, value, status, note, source, recorded_by)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (String file : FILES) {
				load(file, insert);
			}
			insert.executeBatch();
		}
	}

	private static void load(String file, PreparedStatement insert) throws IOException, SQLException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(reader)) {
				// the header is row 1, as a spreadsheet shows it
				String where = file + " row " + (row.getRecordNumber() + 1);
				try {
					insert.setString(1, row.get("indicator"));
					insert.setString(2, row.get("area"));
					insert.setString(3, Period.parse(row.get("period")).toString());
					insert.setBigDecimal(4, new BigDecimal(row.get("value")));
					insert.setString(5, status(row.get("status")));
					insert.setString(6, row.get("note").isEmpty() ? null : row.get("note"));
					insert.setString(7, row.get("source"));
					insert.setString(8, "published-data");
					insert.addBatch();
				}
				catch (IllegalArgumentException e) {
					throw new IllegalStateException(where + ": " + e.getMessage(), e);
				}
			}
		}
	}

	private static String status(String text) {
		return switch (text) {
			case "final" -> "FINAL";
			case "provisional" -> "PROVISIONAL";
			default -> throw new IllegalArgumentException("status must be 'final' or 'provisional': '" + text + "'");
		};
	}

}
