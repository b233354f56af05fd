package org.culturetargets.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Why a request was refused before any controller could say so (a filter, a malformed upload): a message key and
 * its arguments, kept on the request so that the error path ({@link ErrorResponses}) names the problem in the
 * reader's language, as a page or as a problem detail, instead of only its status.
 */
public record ErrorReason(String messageKey, Object... arguments) {

	static final String ATTRIBUTE = ErrorReason.class.getName();

	/** Attaches the reason; the caller then ends the request with {@code response.sendError(status)}. */
	public void attachTo(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

	static ErrorReason of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof ErrorReason reason ? reason : null;
	}

}
