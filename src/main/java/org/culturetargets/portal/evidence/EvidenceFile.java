package org.culturetargets.portal.evidence;

import java.time.Instant;

/**
 * A stored evidence file: the name it was uploaded under, the media type its content was recognised as, its size in
 * bytes and its SHA-256 checksum (64 hexadecimal digits).
 */
public record EvidenceFile(long id, String name, String mediaType, long size, String sha256, String uploaderName,
		Instant storedAt) {
}
