package org.culturetargets.portal.imports.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.culturetargets.portal.imports.ImportKind;

/**
 * An import as its history shows it: the file (name, checksum, size, format, encoding), its counts, who uploaded
 * and who committed it. {@code problems} stop a commit; {@code warnings} (soft validation rules' findings) do not. {@code headers} maps template columns to the file's own headers; {@code ignored} are the
 * file's columns that the template does not have.
 */
public record ImportView(long id, ImportKind kind, String fileName, String checksum, long sizeBytes, String format,
		String encoding, int rows, int accepted, int problems, int warnings, int created, int changed, int unchanged, String status,
		String uploadedBy, Instant uploadedAt, String committedBy, Instant committedAt, Map<String, String> headers,
		List<String> ignored) {

	public boolean committable() {
		return "PREVIEWED".equals(status) && problems == 0;
	}

	public boolean committed() {
		return "COMMITTED".equals(status);
	}

	/** The column as the file names it, or the template's code when the file has no such column. */
	public String header(String columnCode) {
		return headers.getOrDefault(columnCode, columnCode);
	}

}
