package org.culturetargets.portal.figures.domain;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldModifiers;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecordHandler;
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
		NamedCsvRecordHandler trimmed = NamedCsvRecordHandler.builder().fieldModifier(FieldModifiers.TRIM).build();
		try (CsvReader<NamedCsvRecord> rows = CsvReader.builder()
			.build(trimmed, new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
			for (NamedCsvRecord row : rows) {
				// the header is line 1, as a spreadsheet shows it
				String where = file + " line " + row.getStartingLineNumber();
				try {
					insert.setString(1, row.getField("indicator"));
					insert.setString(2, row.getField("area"));
					insert.setString(3, Period.parse(row.getField("period")).toString());
					insert.setBigDecimal(4, new BigDecimal(row.getField("value")));
					insert.setString(5, status(row.getField("status")));
					insert.setString(6, row.getField("note").isEmpty() ? null : row.getField("note"));
					insert.setString(7, row.getField("source"));
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
