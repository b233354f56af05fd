package org.culturetargets.portal.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.ObjectMapper;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.web.util.HtmlUtils;

import org.culturetargets.portal.shared.web.ErrorTexts;
import org.culturetargets.portal.shared.web.ApiPaths;

/**
 * What Tomcat answers itself, before the portal sees the request (an address it cannot decode such as {@code /%},
 * a body over its limits): with the portal's security headers, in both languages from the bundles, as a problem
 * detail under {@code /api}, and without Tomcat's page and its inline style. It replaces the error report valve
 * that Spring Boot puts on the host, and is named as the host's own so that Tomcat adds no default one beside it.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final MessageSource messages;

	private final ObjectMapper json;

	ContainerErrors(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** After Spring Boot's own customizer, whose valve this one takes the place of. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new Report(messages, json));
			host.setErrorReportValveClass(Report.class.getName());
		});
	}

	static final class Report extends ErrorReportValve {

		private final MessageSource messages;

		private final ObjectMapper json;

		Report(MessageSource messages, ObjectMapper json) {
			this.messages = messages;
			this.json = json;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			securityHeaders(response);
			// by the raw address: one Tomcat could not decode has no decoded form
			boolean api = ApiPaths.isApi(request);
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setContentType(api ? "application/problem+json" : "text/html");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(api ? problem(status) : page(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client has gone, or the response was already under way: nothing more can be said to it
			}
		}

		private static void securityHeaders(Response response) {
			header(response, "Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
			header(response, "X-Content-Type-Options", "nosniff");
			header(response, "X-Frame-Options", "DENY");
			header(response, "Referrer-Policy", "same-origin");
			header(response, "Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
			header(response, "Cache-Control", "no-store");
		}

		private static void header(Response response, String name, String value) {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		}

		private String problem(int status) {
			return json.writeValueAsString(ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
					messages.getMessage(ErrorTexts.textKey(status), null, Locale.SIMPLIFIED_CHINESE)));
		}

		/** Chinese first, English under it: nothing about the request can be trusted to tell the reader's language. */
		private String page(int status) {
			String zhTitle = text(ErrorTexts.titleKey(status), Locale.SIMPLIFIED_CHINESE);
			String enTitle = text(ErrorTexts.titleKey(status), Locale.ENGLISH);
			return "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<link rel=\"stylesheet\" href=\"/css/portal.css\"><title>" + zhTitle + " · " + enTitle + "</title></head>"
					+ "<body><main><h1>" + zhTitle + "</h1><p>" + text(ErrorTexts.textKey(status), Locale.SIMPLIFIED_CHINESE)
					+ "</p><h2 lang=\"en\">" + enTitle + "</h2><p lang=\"en\">" + text(ErrorTexts.textKey(status), Locale.ENGLISH)
					+ "</p><p><a href=\"/\">" + text("error.back", Locale.SIMPLIFIED_CHINESE) + "</a> · <a lang=\"en\" href=\"/?lang=en\">"
					+ text("error.back", Locale.ENGLISH) + "</a></p></main></body></html>";
		}

		private String text(String key, Locale locale) {
			return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale), StandardCharsets.UTF_8.name());
		}

	}

}
