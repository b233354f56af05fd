package org.culturetargets.portal.evidence.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

import org.culturetargets.portal.evidence.EvidenceRefused;

/**
 * The kinds of file accepted as evidence, told from the content (Tika's magic numbers), and checked against the
 * kind the name says: a file is accepted when its name says an allowed kind and its content is that kind or the
 * container it is built on (a .docx is a ZIP; a .doc an OLE2 file), never on its name alone.
 */
class EvidenceTypes {

	static final MediaType SVG = MediaType.image("svg+xml");

	private static final Set<MediaType> ALLOWED = Set.of(MediaType.application("pdf"), MediaType.image("png"),
			MediaType.image("jpeg"), MediaType.image("gif"), MediaType.image("webp"), SVG,
			MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
			MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation"),
			MediaType.application("msword"), MediaType.application("vnd.ms-excel"),
			MediaType.application("vnd.ms-powerpoint"));

	private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

	/** How many entries of an Office file are looked through for its parts: they come first in every writer's files. */
	private static final int OOXML_ENTRIES = 100;

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

	private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

	/** The kind of the file, as its name says and its content confirms; refused otherwise. */
	MediaType of(String name, byte[] content) {
		MediaType sniffed = sniffed(content);
		MediaType named = types.getMimeType(name).getType();
		if (!ALLOWED.contains(named)) {
			if (ALLOWED.contains(sniffed) || named.equals(MediaType.OCTET_STREAM)) {
				throw new EvidenceRefused("evidence.refused.mismatch", name, sniffed.toString());
			}
			throw new EvidenceRefused("evidence.refused.type", name, named.toString());
		}
		if (!named.equals(sniffed) && !registry.isSpecializationOf(named, sniffed)) {
			throw new EvidenceRefused("evidence.refused.mismatch", name, sniffed.toString());
		}
		if (registry.isSpecializationOf(named, OOXML) && !isOfficeOpenXml(content)) {
			throw new EvidenceRefused("evidence.refused.mismatch", name, sniffed.toString());
		}
		return named;
	}

	private MediaType sniffed(byte[] content) {
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			return types.detect(stream, new Metadata(), new ParseContext());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Any ZIP is not an Office file: it has the package's [Content_Types].xml. */
	private static boolean isOfficeOpenXml(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			for (int i = 0; i < OOXML_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
				if (entry.getName().equals("[Content_Types].xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

}
