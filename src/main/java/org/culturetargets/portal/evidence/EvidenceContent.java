package org.culturetargets.portal.evidence;

import java.io.InputStream;

/** A stored file with its content, whose checksum was verified as it was read. */
public record EvidenceContent(EvidenceFile file, InputStream content) {
}
