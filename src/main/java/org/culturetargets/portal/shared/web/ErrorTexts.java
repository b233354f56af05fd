package org.culturetargets.portal.shared.web;

/** The message keys of an error status's title and text, for the error page, problem details and the container's own errors. */
public final class ErrorTexts {

	private ErrorTexts() {
	}

	public static String titleKey(int status) {
		return "error." + kind(status) + ".title";
	}

	/** What the page says when it has no particular problem to name. */
	public static String textKey(int status) {
		return "error." + kind(status) + ".text";
	}

	private static String kind(int status) {
		return switch (status) {
			case 400 -> "badRequest";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "notFound";
			case 405 -> "methodNotAllowed";
			case 413 -> "tooLarge";
			case 415 -> "unsupported";
			case 503 -> "unavailable";
			default -> "generic";
		};
	}

}
