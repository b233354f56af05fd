package org.culturetargets.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.shared.web.DatabaseUnreachable;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic credentials that could not be checked because the database is out of reach: a 503 (problem JSON on
 * the API, the error page elsewhere) instead of the 401 that would tell the client its password is wrong.
 */
class UnreachableDatabaseEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint otherwise;

	private final RequestMatcher api;

	private final ObjectMapper json;

	UnreachableDatabaseEntryPoint(AuthenticationEntryPoint otherwise, RequestMatcher api, ObjectMapper json) {
		this.otherwise = otherwise;
		this.api = api;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException, ServletException {
		if (!DatabaseUnreachable.isCauseOf(e)) {
			otherwise.commence(request, response, e);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnreachable.RETRY_AFTER_SECONDS);
		if (!api.matches(request)) {
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), DatabaseUnreachable.problem());
	}

}
