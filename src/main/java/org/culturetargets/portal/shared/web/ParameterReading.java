package org.culturetargets.portal.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * Tomcat reads a request's parameters (query, form body, multipart parts) on their first use and throws when it
 * cannot: bytes that are not UTF-8 (a lone surrogate), too many parameters, a body over its limit, a multipart body
 * without boundary or cut short. That first use is often a filter (the CSRF check), where no controller advice
 * sees it, and it became a 500. Read here first, each is a 400 or 413 whose reason the error path names. The
 * security configuration puts it right after the filter that writes the security headers, so that the refusal
 * carries them, and before any filter that reads a parameter.
 */
public final class ParameterReading extends OncePerRequestFilter {

	private final DataSize maxFileSize;

	/** The servlet's multipart limit, named when an upload is over it. */
	public ParameterReading(DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	/** The error path of a refused request runs through here too, to be spared its unreadable parameters. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (InvalidParameterException e) {
			if (isAsyncDispatch(request) || request.getDispatcherType() == DispatcherType.ERROR) {
				// Tomcat throws again on every read: the error page is rendered as if there were no parameters
				chain.doFilter(new WithoutParameters(request), response);
			}
			else {
				refuse(request, response, e);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, InvalidParameterException e)
			throws IOException {
		boolean upload = request.getContentType() != null && request.getContentType().startsWith("multipart/");
		int status = e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value() ? e.getErrorCode()
				: HttpStatus.BAD_REQUEST.value();
		if (upload) {
			// seen there, the DispatcherServlet does not parse the body again for the error path (which would fail again)
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException(e.getMessage(), e));
		}
		ErrorReason reason = status == HttpStatus.CONTENT_TOO_LARGE.value()
				? upload ? new ErrorReason("error.upload.tooLarge", shown(maxFileSize))
						: new ErrorReason("error.tooLarge.text")
				: upload ? new ErrorReason("error.upload.malformed") : new ErrorReason("error.parameter.unreadable");
		reason.attachTo(request);
		response.sendError(status);
	}

	/** 210 MB, or 512 KB for a limit under a megabyte. */
	private static String shown(DataSize size) {
		return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
