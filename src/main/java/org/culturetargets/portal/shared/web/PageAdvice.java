package org.culturetargets.portal.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs: the demo banner in demo mode (SPEC §9), a link to the same page in the
 * other language, and a link to the same page in the other text size (whether the large-text mode is on comes
 * from {@link TextSizeChange}).
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
		return sameUrlWith(request, "lang", "en".equals(locale.getLanguage()) ? "zh" : "en");
	}

	@ModelAttribute("otherTextSizeUrl")
	String otherTextSizeUrl(HttpServletRequest request) {
		return sameUrlWith(request, TextSizeChange.PARAMETER,
				TextSizeChange.isLarge(request) ? TextSizeChange.NORMAL : TextSizeChange.LARGE);
	}

	private static String sameUrlWith(HttpServletRequest request, String parameter, String value) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam(parameter, value)
			.build()
			.toUriString();
	}

}
