package org.culturetargets.portal.imports.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows on their way into a staging table through PostgreSQL's {@code COPY … FROM STDIN}, in its text format,
 * written in blocks so that a file of any length passes in constant memory.
 */
final class Staging implements AutoCloseable {

	private static final int BLOCK = 1 << 16;

	private final CopyIn copy;

	private final ByteArrayOutputStream block = new ByteArrayOutputStream(BLOCK + 1024);

	private final StringBuilder line = new StringBuilder(256);

	private long rows;

	Staging(Connection connection, String table, List<String> columns) throws SQLException {
		String sql = "copy " + table + " (import_id, row_no, " + String.join(", ", columns) + ") from stdin";
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
	}

	void add(long importId, int rowNo, List<String> values) throws SQLException {
		line.setLength(0);
		line.append(importId).append('\t').append(rowNo);
		for (String value : values) {
			line.append('\t');
			if (value == null) {
				line.append("\\N");
			}
			else {
				escape(value);
			}
		}
		line.append('\n');
		block.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
		rows++;
		if (block.size() >= BLOCK) {
			flush();
		}
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				default -> line.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		copy.writeToCopy(block.toByteArray(), 0, block.size());
		block.reset();
	}

	long finish() throws SQLException {
		flush();
		copy.endCopy();
		return rows;
	}

	/** Abandons the copy when reading the file failed; the transaction is rolled back afterwards. */
	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

}
