package org.culturetargets.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are the JSON API's: whatever is under {@code /api/}, answered with problem details, never a page. */
public final class ApiPaths {

	private ApiPaths() {
	}

	public static boolean isApi(HttpServletRequest request) {
		return isApi(request, request.getRequestURI());
	}

	/** For the error path, whose own address is {@code /error}: the address the request was made to. */
	public static boolean isApi(HttpServletRequest request, String requestUri) {
		return requestUri != null && requestUri.startsWith(request.getContextPath() + "/api/");
	}

}
