package org.culturetargets.portal.imports;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/**
 * An import was applied: published inside the commit's transaction, so the audit log records it with the rows or
 * not at all, and whatever was computed from the imported tables can be recomputed.
 */
public record ImportCommitted(long importId, ImportKind kind, String actor, Instant occurredAt, String fileName,
		int created, int changed, int unchanged) implements AuditedChange {

	@Override
	public String subject() {
		return "import #" + importId + " " + kind.slug() + " " + fileName;
	}

	@Override
	public String action() {
		return "imported";
	}

	@Override
	public String oldValue() {
		return null;
	}

	@Override
	public String newValue() {
		return "new " + created + ", changed " + changed + ", unchanged " + unchanged;
	}

	@Override
	public String reason() {
		return null;
	}

}
