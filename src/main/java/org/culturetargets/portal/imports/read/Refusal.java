package org.culturetargets.portal.imports.read;

/**
 * Why a file or an import was refused, as a key of the imports bundle and its arguments: the user's mistake, answered
 * with a 4xx in the reader's language by the page and the API alike.
 */
public interface Refusal {

	String messageKey();

	Object[] arguments();

}
