package org.culturetargets.portal.evidence.domain;

import org.culturetargets.portal.evidence.EvidenceFile;

/** A stored file whose content no longer has its checksum: it is not served. */
public class EvidenceDamaged extends RuntimeException {

	private final transient EvidenceFile file;

	EvidenceDamaged(EvidenceFile file) {
		super("evidence file " + file.id() + " does not match its checksum " + file.sha256());
		this.file = file;
	}

	public EvidenceFile file() {
		return file;
	}

}
