package org.culturetargets.portal.evidence.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.apache.tika.mime.MediaType;

import org.culturetargets.portal.evidence.EvidenceContent;
import org.culturetargets.portal.evidence.EvidenceFile;
import org.culturetargets.portal.evidence.EvidenceFiles;
import org.culturetargets.portal.evidence.EvidenceRefused;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The evidence store over {@code evidence.file}. A file is read into memory only up to the limit and one byte more
 * (so that a larger one is known to be too large without reading the rest), checked, and written in one insert.
 */
@Service
class EvidenceStore implements EvidenceFiles {

	/** The length of {@code evidence.file.name}. */
	static final int NAME_LENGTH = 255;

	private final JdbcClient jdbc;

	private final DataSize maxBytes;

	private final EvidenceTypes types = new EvidenceTypes();

	private final SvgCheck svgCheck = new SvgCheck();

	EvidenceStore(JdbcClient jdbc, @Value("${portal.evidence.max-bytes:20MB}") DataSize maxBytes) {
		if (maxBytes.toBytes() <= 0 || maxBytes.toBytes() >= Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("portal.evidence.max-bytes must be above 0 and below 2 GB: " + maxBytes);
		}
		this.jdbc = jdbc;
		this.maxBytes = maxBytes;
	}

	@Override
	@Transactional
	public EvidenceFile store(String declaredName, InputStream content, String uploaderName) {
		String name = fileName(declaredName);
		byte[] bytes = bounded(name, content);
		MediaType type = types.of(name, bytes);
		if (type.equals(EvidenceTypes.SVG)) {
			svgCheck.check(name, bytes);
		}
		String sha256 = sha256(bytes);
		Stored stored = jdbc.sql("""
				insert into evidence.file (name, media_type, size, sha256, content, uploader_name)
				values (?, ?, ?, ?, ?, ?) returning id, stored_at""")
			.params(name, type.toString(), bytes.length, sha256, bytes, uploaderName)
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getObject("stored_at", OffsetDateTime.class).toInstant()))
			.single();
		return new EvidenceFile(stored.id(), name, type.toString(), bytes.length, sha256, uploaderName, stored.at());
	}

	@Override
	@Transactional(readOnly = true)
	public EvidenceContent open(long id) {
		return jdbc.sql("""
				select id, name, media_type, size, sha256, uploader_name, stored_at, content
				from evidence.file where id = ?""")
			.param(id)
			.query((rs, row) -> {
				EvidenceFile file = new EvidenceFile(rs.getLong("id"), rs.getString("name"), rs.getString("media_type"),
						rs.getLong("size"), rs.getString("sha256"), rs.getString("uploader_name"),
						rs.getObject("stored_at", OffsetDateTime.class).toInstant());
				byte[] bytes = rs.getBytes("content");
				if (!sha256(bytes).equals(file.sha256())) {
					throw new EvidenceDamaged(file);
				}
				return new EvidenceContent(file, new ByteArrayInputStream(bytes));
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("evidence", id));
	}

	/** The name without any path a browser sent with it, within the column and free of control characters. */
	private static String fileName(String declaredName) {
		String name = declaredName == null ? "" : declaredName.substring(
				Math.max(declaredName.lastIndexOf('/'), declaredName.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty() || name.length() > NAME_LENGTH || name.codePoints().anyMatch(Character::isISOControl)) {
			throw new EvidenceRefused("evidence.refused.name", name.length() > 40 ? name.substring(0, 40) + "…" : name,
					NAME_LENGTH);
		}
		return name;
	}

	/** Reads at most the limit and one byte: a longer stream is refused without reading the rest. */
	private byte[] bounded(String name, InputStream content) {
		try {
			byte[] bytes = content.readNBytes(Math.toIntExact(maxBytes.toBytes() + 1));
			if (bytes.length == 0) {
				throw new EvidenceRefused("evidence.refused.empty", name);
			}
			if (bytes.length > maxBytes.toBytes()) {
				throw new EvidenceRefused("evidence.refused.tooLarge", name, limit());
			}
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The limit as people write it: 20 MB, 512 KB, or bytes when it is neither. */
	private String limit() {
		long bytes = maxBytes.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return maxBytes.toMegabytes() + " MB";
		}
		return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? maxBytes.toKilobytes() + " KB" : bytes + " B";
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private record Stored(long id, Instant at) {
	}

}
