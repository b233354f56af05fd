package org.culturetargets.portal.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs: the demo banner in demo mode (SPEC §9), and a link to the same page in
 * the other language.
 */
@ControllerAdvice
class PageAdvice {

	private final boolean demo;

	PageAdvice(@Value("${portal.demo:false}") boolean demo) {
		this.demo = demo;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demo;
	}

	@ModelAttribute("otherLanguageUrl")
	String otherLanguageUrl(Locale locale, HttpServletRequest request) {
		String other = "en".equals(locale.getLanguage()) ? "zh" : "en";
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
	}

}
