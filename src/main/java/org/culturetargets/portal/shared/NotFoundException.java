package org.culturetargets.portal.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Something addressed by a code (a plan, an indicator, a scope) does not exist: a 404, never a 500. It names what
 * was looked for as a message key ({@code notFound.<what>} in the shared bundle) and the code asked for, so that
 * a page says it in the reader's language; the exception's own message is for the log.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final List<String> keys;

	/** Nothing of this kind ({@code plan}, {@code scope}, {@code enterprise}, …) under these codes. */
	public NotFoundException(String what, Object... keys) {
		super("no " + what + " " + Arrays.toString(keys));
		this.what = what;
		// as text, so that a message shows an id as it was asked for (12345, not 12,345)
		this.keys = Arrays.stream(keys).map(String::valueOf).toList();
	}

	/** The message key of what was not found, with the codes as its arguments. */
	public String messageKey() {
		return "notFound." + what;
	}

	public Object[] arguments() {
		return keys.toArray();
	}

}
