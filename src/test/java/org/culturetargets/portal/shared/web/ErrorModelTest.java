package org.culturetargets.portal.shared.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One error model over real HTTP: every API error is an RFC 9457 problem detail, every page error a page in the
 * reader's language without a framework's words, and even what Tomcat refuses before the portal sees it carries
 * the security headers.
 */
@PortalTest
class ErrorModelTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder at(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\"")
			.doesNotContain("timestamp").doesNotContain("Exception");
	}

	@Test
	void apiErrorsOutsideAnyControllerAreProblemDetails() throws Exception {
		HttpResponse<String> unknown = send("official", at("/api/no-such-thing"));
		assertProblem(unknown, 404);
		// the address asked for, not the error path's own
		assertThat(unknown.body()).contains("\"instance\":\"/api/no-such-thing\"");
		HttpResponse<String> unauthenticated = send(null, at("/api/plans"));
		assertProblem(unauthenticated, 401);
		assertThat(unauthenticated.headers().firstValue("WWW-Authenticate")).isPresent();
		assertProblem(send("official", at("/api/imports/values").POST(HttpRequest.BodyPublishers.noBody())), 403);
		// even when the client asks for HTML only
		assertProblem(send("official", at("/api/no-such-thing").header("Accept", "text/html")), 404);
	}

	@Test
	void anErrorNoHandlerTookIsAProblemForTheApiAndAPageElsewhere() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/plans")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.detail").value("请求未能完成。请返回重试；如问题持续，请联系管理员。"));
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/registry/enterprises")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("出错了")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
	}

	@Test
	void aMalformedParameterOnAPageIsNamedInTheReadersLanguage() throws Exception {
		HttpResponse<String> zh = send("official", at("/registry/enterprises?page=abc").header("Accept", "text/html"));
		assertThat(zh.statusCode()).isEqualTo(400);
		assertThat(zh.body()).contains("“页码”的值“abc”无法识别").doesNotContain("For input string")
			.doesNotContain("Failed to convert");
		HttpResponse<String> en = send("official",
				at("/registry/enterprises?page=abc&lang=en").header("Accept", "text/html"));
		assertThat(en.body()).contains("The value “abc” of “page” cannot be read").doesNotContain("无法识别");
	}

	@Test
	void whatWasNotFoundIsSaidInTheReadersLanguage() throws Exception {
		HttpResponse<String> page = send("official", at("/?plan=HZ-99FYP").header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("没有代码为“HZ-99FYP”的规划").doesNotContain("no plan");
		HttpResponse<String> api = send("official", at("/api/plans/HZ-99FYP?lang=en"));
		assertProblem(api, 404);
		assertThat(api.body()).contains("There is no plan with the code “HZ-99FYP”");
	}

	@Test
	void aMultipartBodyWithoutBoundaryOrCutShortIsABadRequest() throws Exception {
		assertProblem(send("admin", at("/api/imports/values?dryRun=true").header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("file=x"))), 400);
		HttpResponse<String> truncated = send("admin", at("/api/imports/values?dryRun=true")
			.header("Content-Type", "multipart/form-data; boundary=xx")
			.POST(HttpRequest.BodyPublishers.ofString(
					"--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc")));
		assertProblem(truncated, 400);
		assertThat(truncated.body()).contains("上传的内容不完整或格式有误");
	}

	/** A lone surrogate as a form sends it (its three CESU-8 bytes) is no UTF-8: Tomcat refuses to read the parameters. */
	@Test
	void parametersTomcatCannotReadAreABadRequestNamingWhy() throws Exception {
		HttpResponse<String> page = send("official",
				at("/registry/enterprises?q=%ED%A0%80").header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("不是 UTF-8 编码的字符");
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
		HttpResponse<String> form = send("district-330106", at("/registry/enterprises/new")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=%ED%A0%80")));
		assertThat(form.statusCode()).isEqualTo(400);
		assertProblem(send("official", at("/api/enterprises?q=%ED%A0%80")), 400);
	}

	/** A form body over Tomcat's limit for form parameters (2 MB): 413, with the headers, not an empty 500. */
	@Test
	void aFormOverTheContainersLimitIsTooLarge() throws Exception {
		HttpResponse<String> form = send("district-330106", at("/registry/enterprises/new")
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("name=" + "x".repeat(3 * 1024 * 1024))));
		assertThat(form.statusCode()).isEqualTo(413);
		assertThat(form.body()).contains("内容过大");
		assertThat(form.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	/** Tomcat answers an address it cannot decode itself, before any filter of the portal runs. */
	@Test
	void whatTheContainerRefusesCarriesTheSecurityHeadersAndNoInlineStyle() throws Exception {
		String response = raw("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("Content-Security-Policy: default-src 'self'", "X-Frame-Options: DENY",
				"X-Content-Type-Options: nosniff", "Referrer-Policy: same-origin", "Permissions-Policy: camera=()");
		assertThat(response).contains("请求有误", "Bad request").doesNotContain("<style").doesNotContain("Tomcat");
		String api = raw("GET /api/% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(api).startsWith("HTTP/1.1 400").contains("application/problem+json", "\"status\":400");
	}

	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
