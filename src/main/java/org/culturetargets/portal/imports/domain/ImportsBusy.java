package org.culturetargets.portal.imports.domain;

/**
 * Every permit to read a file was taken for the whole wait: not the user's mistake but the server's load, a 503 with
 * the seconds after which to try again.
 */
public class ImportsBusy extends RuntimeException {

	private final long retryAfterSeconds;

	ImportsBusy(long retryAfterSeconds) {
		super("all import parsing permits taken");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
