package org.culturetargets.portal.evidence;

import java.io.InputStream;

/** The evidence store: files attached to reports, checked before they are kept and verified when they are read. */
public interface EvidenceFiles {

	/**
	 * Reads the content (at most the size limit and one byte more), checks it and stores it in one transaction.
	 * @param declaredName the name the file was uploaded under; a path before it is dropped
	 * @throws EvidenceRefused when the file is empty, too large, not what its name says, of a kind not accepted, or
	 * an SVG with scripts or external references; nothing is stored then
	 */
	EvidenceFile store(String declaredName, InputStream content, String uploaderName);

	/**
	 * The file and its content, whose checksum has been verified.
	 * @throws org.culturetargets.portal.shared.NotFoundException when there is no file with this id
	 */
	EvidenceContent open(long id);

}
