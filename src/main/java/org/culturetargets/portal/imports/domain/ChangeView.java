package org.culturetargets.portal.imports.domain;

/** One row a commit changed: its natural key, and its values before (null when new) and after, as JSON text. */
public record ChangeView(int row, String subject, String before, String after) {
}
