/**
 * Evidence files: what district staff attach to their reports, kept in the database with their SHA-256 checksum.
 * A file is stored only when its content is what its name says and of an allowed kind (sniffed, never taken from
 * the name), within the size limit, and, for SVG, free of scripts and external references; it is served only as a
 * download ({@code GET /evidence/{id}}), never inline.
 */
package org.culturetargets.portal.evidence;
