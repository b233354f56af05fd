package org.culturetargets.portal.shared.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.Texts;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every parameter (name and values) and path variable of a request to a controller is acceptable text
 * ({@link Texts}), before anything binds or stores it; otherwise the request is refused as {@link InvalidInput}
 * naming the field. Tab and line breaks only in the multi-line fields: a report's narrative and notes, a
 * reviewer's comment.
 */
class TextParameters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// the error page of a refused request has the same parameters, and shows none of them
		if (!(handler instanceof HandlerMethod) || request.getDispatcherType() == DispatcherType.ERROR) {
			return true;
		}
		InvalidInput.Check check = new InvalidInput.Check();
		request.getParameterMap().forEach((name, values) -> {
			if (!Texts.acceptable(name, false)) {
				check.reject(Texts.shown(name), Texts.REFUSED, Texts.shown(name));
				return;
			}
			for (String value : values) {
				if (!Texts.acceptable(value, multiLine(name))) {
					check.reject(name, Texts.REFUSED, name);
					return;
				}
			}
		});
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables != null) {
			variables.forEach((name, value) -> {
				if (!Texts.acceptable(value, false)) {
					check.reject(name, Texts.REFUSED, name);
				}
			});
		}
		check.done();
		return true;
	}

	static boolean multiLine(String name) {
		return name.equals("narrative") || name.equals("comment") || name.equals("note") || name.startsWith("note.");
	}

}
