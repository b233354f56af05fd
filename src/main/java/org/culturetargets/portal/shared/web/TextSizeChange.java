package org.culturetargets.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The large-text mode (大字版, for older officials): {@code ?textSize=large} turns it on and {@code ?textSize=normal}
 * off for the rest of the session, as {@code ?lang=} does for the language. Any other value is ignored. Every page
 * reads the mode from the request attribute {@code largeText}, set here before the handler runs, so that error pages
 * rendered by an exception handler (which gets no model attributes) show it too.
 */
class TextSizeChange implements HandlerInterceptor {

	static final String PARAMETER = "textSize";

	static final String LARGE = "large";

	static final String NORMAL = "normal";

	static final String REQUEST_ATTRIBUTE = "largeText";

	private static final String SESSION_ATTRIBUTE = TextSizeChange.class.getName() + ".LARGE";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String size = request.getParameter(PARAMETER);
		if (LARGE.equals(size)) {
			request.getSession().setAttribute(SESSION_ATTRIBUTE, Boolean.TRUE);
		}
		else if (NORMAL.equals(size)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(SESSION_ATTRIBUTE);
			}
		}
		request.setAttribute(REQUEST_ATTRIBUTE, isLarge(request));
		return true;
	}

	static boolean isLarge(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_ATTRIBUTE));
	}

}
