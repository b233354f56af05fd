package org.culturetargets.portal.imports.domain;

/**
 * How the text of one cell becomes a staged value: the value in PostgreSQL's text form (null for an empty
 * optional cell), or a {@link CellProblem} saying why the text is not acceptable.
 */
@FunctionalInterface
interface CellType {

	String read(String text, ScopeNames names);

}
