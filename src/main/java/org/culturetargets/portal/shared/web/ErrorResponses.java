package org.culturetargets.portal.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The container's error path: whatever ended in an error status outside a controller's own handling (an unknown
 * address, a login or role refused, an upload the multipart parser could not read, an exception no handler took)
 * is answered in one form. The API, and a client that takes no HTML, gets an RFC 9457 problem detail; everyone
 * else a page in the reader's language. Neither ever carries a stack trace or a framework's own message.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorResponses implements ErrorController {

	private final MessageSource messages;

	ErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		ErrorReason reason = ErrorReason.of(request);
		String text = reason == null ? null : messages.getMessage(reason.messageKey(), reason.arguments(), locale);
		if (wantsProblem(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					text != null ? text : messages.getMessage(ErrorTexts.textKey(status.value()), null, locale));
			String uri = originalUri(request);
			if (uri != null) {
				problem.setInstance(instance(uri));
			}
			// the type is preset, so that no Accept header can turn the answer into a 406 or an empty body
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return new ModelAndView("error/problem",
				text == null ? Map.of("titleKey", ErrorTexts.titleKey(status.value()), "textKey", ErrorTexts.textKey(status.value()))
						: Map.of("titleKey", ErrorTexts.titleKey(status.value()), "problem", text),
				status);
	}

	private static String originalUri(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
	}

	/** The address the request was made to, not {@code /error}; one that is no URI is named by its encoded form. */
	private static URI instance(String uri) {
		try {
			return new URI(uri);
		}
		catch (URISyntaxException e) {
			return URI.create(UriUtils.encodePath(uri, StandardCharsets.UTF_8));
		}
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
			HttpStatus status = HttpStatus.resolve(code);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** The API always; another address when its client asks for JSON and not for HTML. */
	private static boolean wantsProblem(HttpServletRequest request) {
		if (ApiPaths.isApi(request, originalUri(request))) {
			return true;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().noneMatch(type -> type.includes(MediaType.TEXT_HTML))
					&& types.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
		}
		catch (InvalidMediaTypeException e) {
			return false;
		}
	}

}
