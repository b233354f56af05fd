package org.culturetargets.portal.security;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values — NUL and other control characters, lone surrogates, numbers beyond any column (1e309, 1e5000000,
 * 400 digits), 100,000 characters, braces and template expressions, malformed JSON and multipart — sent over real
 * HTTP to every parameter of every operation in the OpenAPI document and to every field of every form the pages
 * show, as each role. Any 5xx, and any answer slower than {@link #BOUND}, fails the test with the requests that
 * caused it. A context of its own (its own database), so that whatever the hostile requests manage to save stays
 * away from the other tests.
 */
@PortalTest
@TestPropertySource(properties = "portal.hostile-requests-test=true")
class HostileRequestsTest {

	/** Generous for a 2-core machine running the whole suite; the growth hint took 14 s before it was bounded. */
	static final Duration BOUND = Duration.ofSeconds(5);

	static final String LONG_TEXT = "文".repeat(100_000);

	/** {@code %ED%A0%80} is the lone surrogate U+D800 as a form or query sends it (CESU-8). */
	static final String LONE_SURROGATE = "\uD800";

	static final List<String> HOSTILE = List.of("\u0000", "a\u0001b\u001Fc", LONE_SURROGATE, "1e309", "-1e5000000",
			"9".repeat(400), LONG_TEXT, "{x}", "${7*7}", "NaN", "1.5", "");

	/** For each field of each form: what a field of text, number or flag can be hurt by. */
	static final List<String> FORM = List.of("\u0000", "a\u0001b\u001Fc", LONE_SURROGATE, "1e309", "9".repeat(400),
			LONG_TEXT, "{x}", "NaN");

	/** Fewer for the roles whose pages and calls are mostly the administrator's, or refused earlier. */
	static final List<String> SHORT = List.of("\u0000", LONE_SURROGATE, "1e5000000", "{x}");

	static final List<String> ROLES = List.of("official", "reviewer", "district-330106", "admin");

	static final int MAX_PAGES = 90;

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	private final List<String> failures = new CopyOnWriteArrayList<>();

	private final AtomicInteger sent = new AtomicInteger();

	private final Map<String, AtomicInteger> sentBy = new ConcurrentHashMap<>();

	@Test
	void noHostileValueGetsA5xxOrASlowAnswer() throws Exception {
		long start = System.nanoTime();
		// two roles at a time: the client's work and the server's overlap on two cores
		ExecutorService roles = Executors.newFixedThreadPool(2);
		List<Future<?>> done = new ArrayList<>();
		for (String role : ROLES) {
			done.add(roles.submit(() -> {
				Session session = login(role);
				List<String> values = role.equals("admin") ? HOSTILE : SHORT;
				session.part = "api";
				api(session, values);
				session.part = "crawl";
				pages(session, values);
				return null;
			}));
		}
		for (Future<?> role : done) {
			role.get();
		}
		roles.shutdown();
		System.out.println("[hostile] by role and part: " + new TreeMap<>(sentBy));
		System.out.printf("[hostile] %d requests in %.1f s, %d failures%n", sent.get(),
				(System.nanoTime() - start) / 1e9, failures.size());
		assertThat(sent.get()).as("requests sent").isGreaterThan(2_000);
		assertThat(failures).as("5xx or answers slower than " + BOUND).isEmpty();
		HttpResponse<String> health = HttpClient.newHttpClient().send(Call.get("/actuator/health").build(port),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).as("health after it all").isEqualTo(200);
		assertThat(health.body()).contains("UP");
	}

	// ----------------------------------------------------------------- the API, from its OpenAPI document

	private void api(Session session, List<String> values) throws Exception {
		JsonNode doc = json.readTree(session.send(Call.get("/v3/api-docs")).body());
		JsonNode schemas = doc.path("components").path("schemas");
		for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				JsonNode op = operation.getValue();
				Map<String, String> pathParams = new LinkedHashMap<>();
				Map<String, String> queryParams = new LinkedHashMap<>();
				for (JsonNode parameter : op.path("parameters")) {
					String name = parameter.path("name").asString();
					(parameter.path("in").asString().equals("path") ? pathParams : queryParams).put(name, sample(name));
				}
				JsonNode content = op.path("requestBody").path("content");
				Body body = content.has("application/json")
						? Body.json(json.writeValueAsString(skeleton(content.path("application/json").path("schema"), schemas, 0)))
						: content.has("multipart/form-data") ? Body.csv("指标代码,地区代码,期间,数值\nadded_value,330106,2026Q3,1\n")
								: Body.NONE;
				Operation call = new Operation(method, path.getKey(), pathParams, queryParams, body);
				session.check(call.request());
				for (String name : pathParams.keySet()) {
					for (String value : values) {
						session.check(call.withPath(name, value).request());
					}
				}
				for (String name : queryParams.keySet()) {
					for (String value : values) {
						session.check(call.withQuery(name, value).request());
					}
				}
				if (body.type().equals("application/json")) {
					jsonBodies(session, call, values);
				}
				if (body.type().startsWith("multipart/")) {
					for (String value : values) {
						session.check(call.withBody(Body.csv("指标代码,地区代码,期间,数值\n" + value + ",330106,2026Q3," + value
								+ "\n")).request());
					}
					session.check(call.withBody(new Body("multipart/form-data", "file=x".getBytes())).request());
					session.check(call.withBody(new Body("multipart/form-data; boundary=xx",
							"--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"
								.getBytes(StandardCharsets.UTF_8)))
						.request());
				}
			}
		}
	}

	/** Every leaf of the JSON body in turn as each hostile value (as a string, and as a bare number), then broken JSON. */
	private void jsonBodies(Session session, Operation call, List<String> values) throws Exception {
		JsonNode skeleton = json.readTree(new String(call.body().bytes(), StandardCharsets.UTF_8));
		for (List<String> leaf : leaves(skeleton, new ArrayList<>())) {
			for (String value : values) {
				session.check(call.withBody(Body.json(json.writeValueAsString(replaced(skeleton, leaf, json.getNodeFactory()
					.stringNode(value))))).request());
			}
			for (String number : List.of("1e5000000", "1.5", "123456789012345678901234567890")) {
				String text = json.writeValueAsString(replaced(skeleton, leaf, json.getNodeFactory().stringNode("§")))
					.replace("\"§\"", number);
				session.check(call.withBody(Body.json(text)).request());
			}
		}
		for (String broken : List.of("{", "[]", "null", "\"x\"", "{\"values\": " + "[".repeat(5_000), "{\"a\":\"\\ud800\"}",
				"{\"narrative\": \"" + LONG_TEXT + "\"}")) {
			session.check(call.withBody(Body.json(broken)).request());
		}
	}

	private static List<List<String>> leaves(JsonNode node, List<String> at) {
		List<List<String>> found = new ArrayList<>();
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				List<String> next = new ArrayList<>(at);
				next.add(field.getKey());
				found.addAll(leaves(field.getValue(), next));
			}
		}
		else {
			found.add(at);
		}
		return found;
	}

	private static JsonNode replaced(JsonNode skeleton, List<String> leaf, JsonNode value) {
		JsonNode copy = skeleton.deepCopy();
		if (leaf.isEmpty()) {
			return value;
		}
		JsonNode parent = copy;
		for (String name : leaf.subList(0, leaf.size() - 1)) {
			parent = parent.get(name);
		}
		((ObjectNode) parent).set(leaf.get(leaf.size() - 1), value);
		return copy;
	}

	/** A plausible body after the schema, so that a hostile leaf reaches the code behind the parser. */
	private JsonNode skeleton(JsonNode schema, JsonNode schemas, int depth) {
		if (schema.has("$ref")) {
			String ref = schema.path("$ref").asString();
			return skeleton(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), schemas, depth + 1);
		}
		String type = schema.path("type").asString("object");
		return switch (type) {
			case "integer" -> json.getNodeFactory().numberNode(0);
			case "number" -> json.getNodeFactory().numberNode(1);
			case "boolean" -> json.getNodeFactory().booleanNode(false);
			case "string" -> json.getNodeFactory().stringNode("说明");
			case "array" -> json.getNodeFactory().arrayNode();
			default -> {
				ObjectNode object = json.createObjectNode();
				if (depth > 4) {
					yield object;
				}
				for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
					object.set(property.getKey(), skeleton(property.getValue(), schemas, depth + 1));
				}
				if (schema.path("additionalProperties").isObject()) {
					object.set("added_value", skeleton(schema.path("additionalProperties"), schemas, depth + 1));
				}
				yield object;
			}
		};
	}

	private static String sample(String name) {
		return switch (name) {
			case "area" -> "330106";
			case "period", "asOf" -> "2026Q3";
			case "plan" -> "HZ-14FYP";
			case "indicator" -> "added_value";
			case "scope" -> "330100";
			case "kind" -> "values";
			case "dryRun" -> "true";
			case "version", "revision" -> "1";
			case "page" -> "1";
			case "size" -> "20";
			default -> "1";
		};
	}

	// ----------------------------------------------------------------- the pages: every link's parameters, every form's fields

	/**
	 * The links' parameters only as the administrator, who reaches every page the others do; each role's forms,
	 * but the official's, whose forms are the administrator's filters. The CSRF token is left to SessionAndCsrfTest.
	 */
	private void pages(Session session, List<String> values) throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/areas", "/registry/enterprises", "/registry/parks",
				"/registry/projects", "/reports", "/reports/review", "/reports/completeness", "/admin/users", "/admin/plans",
				"/admin/indicators", "/admin/scopes", "/imports", "/audit", "/registry/enterprises/new", "/registry/projects/new",
				"/registry/parks/new", "/admin/users/new"));
		Set<String> seen = new HashSet<>();
		Set<String> shapes = new HashSet<>();
		List<Link> links = new ArrayList<>();
		List<Form> forms = new ArrayList<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String address = queue.poll();
			if (!seen.add(address)) {
				continue;
			}
			HttpResponse<String> response = session.check(Call.get(address));
			pages++;
			if (response == null || response.statusCode() != 200
					|| !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(response.body(), "http://localhost:" + port + address);
			for (Element a : page.select("a[href]")) {
				String href = a.attr("href");
				if (!href.startsWith("/") || href.startsWith("//") || href.contains("lang=") || href.startsWith("/logout")
						|| href.startsWith("/webjars") || href.startsWith("/swagger") || href.contains("format=")
						|| href.contains(".pdf")) {
					continue;
				}
				String withoutFragment = href.replaceAll("#.*", "");
				Link link = Link.of(withoutFragment);
				if (shapes.add("link " + link.shape())) {
					links.add(link);
					queue.add(withoutFragment);
				}
			}
			for (Element element : page.select("form")) {
				Form form = Form.of(element, address);
				if (form != null && shapes.add("form " + form.shape())) {
					forms.add(form);
				}
			}
		}
		session.part = "links";
		Set<String> fuzzed = new HashSet<>();
		for (Link link : session.user.equals("admin") ? links : List.<Link>of()) {
			for (String name : link.query().keySet()) {
				// a parameter of a kind of page once, whatever the other parameters beside it
				if (!fuzzed.add(link.path().replaceAll("\\d+", "#") + "?" + name)) {
					continue;
				}
				for (String value : values) {
					session.check(link.with(name, value));
				}
			}
		}
		session.part = "forms";
		List<String> formValues = session.user.equals("admin") ? FORM : values;
		for (Form form : session.user.equals("official") ? List.<Form>of() : forms) {
			if (form.action().startsWith("/logout") || form.action().startsWith("/login")
					|| form.action().matches("/admin/users/(official|reviewer|admin|district-330106)/.*")) {
				continue;
			}
			for (String name : form.fields().keySet()) {
				if (name.equals("_csrf")) {
					continue;
				}
				for (String value : formValues) {
					session.check(form.with(name, value));
				}
			}
		}
	}

	record Link(String path, Map<String, String> query) {

		static Link of(String href) {
			int mark = href.indexOf('?');
			Map<String, String> query = new LinkedHashMap<>();
			if (mark >= 0) {
				for (String pair : href.substring(mark + 1).split("&")) {
					int eq = pair.indexOf('=');
					String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
					query.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
			return new Link(mark < 0 ? href : href.substring(0, mark), query);
		}

		/** Pages of one kind (every enterprise's page) are one shape, fuzzed once. */
		String shape() {
			return path.replaceAll("\\d+", "#") + "?" + new TreeSet<>(query.keySet());
		}

		Call with(String name, String value) {
			Map<String, String> changed = new LinkedHashMap<>(query);
			changed.put(name, value);
			return Call.get(path + "?" + encode(changed));
		}

	}

	record Form(String method, String action, boolean multipart, Map<String, String> fields) {

		static Form of(Element form, String page) {
			String action = form.attr("action").isBlank() ? page.replaceAll("\\?.*", "") : form.attr("action");
			if (!action.startsWith("/")) {
				return null;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (Element input : form.select("input[name], select[name], textarea[name]")) {
				String name = input.attr("name");
				String value = switch (input.tagName()) {
					case "select" -> input.select("option[selected]").isEmpty()
							? input.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("")
							: input.select("option[selected]").first().attr("value");
					case "textarea" -> input.text();
					default -> input.attr("type").equals("checkbox") && !input.hasAttr("checked") ? null : input.val();
				};
				if (value != null && !fields.containsKey(name)) {
					fields.put(name, value);
				}
				else if (value == null && !fields.containsKey(name)) {
					fields.put(name, "");
				}
			}
			return new Form(form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase(), action,
					form.attr("enctype").equals("multipart/form-data"), fields);
		}

		String shape() {
			return method + " " + action.replaceAll("\\d+", "#") + " " + new TreeSet<>(fields.keySet());
		}

		/** The form as the page gave it, its CSRF token included, with one field changed. */
		Call with(String name, String value) {
			Map<String, String> changed = new LinkedHashMap<>(fields);
			changed.put(name, value);
			if (method.equals("GET")) {
				return Call.get(action + (action.contains("?") ? "&" : "?") + encode(changed));
			}
			if (multipart) {
				return new Call("POST", action, Body.multipart(changed));
			}
			return new Call("POST", action, Body.form(changed));
		}

	}

	record Body(String type, byte[] bytes) {

		static final Body NONE = new Body("", new byte[0]);

		static Body json(String text) {
			return new Body("application/json", text.getBytes(StandardCharsets.UTF_8));
		}

		static Body form(Map<String, String> fields) {
			return new Body("application/x-www-form-urlencoded", encode(fields).getBytes(StandardCharsets.US_ASCII));
		}

		static Body csv(String content) {
			return multipart(Map.of("file", content));
		}

		/** Every field a part; "file" as an uploaded CSV file, with its text as the form or test gives it. */
		static Body multipart(Map<String, String> fields) {
			String boundary = "----hostile" + System.nanoTime();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (Map.Entry<String, String> field : fields.entrySet()) {
				String disposition = "form-data; name=\"" + field.getKey() + "\""
						+ (field.getKey().equals("file") ? "; filename=\"hostile.csv\"\r\nContent-Type: text/csv" : "");
				out.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				out.writeBytes(utf8(field.getValue()));
				out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
		}

	}

	record Operation(String method, String path, Map<String, String> pathParams, Map<String, String> queryParams, Body body) {

		Operation withPath(String name, String value) {
			Map<String, String> changed = new LinkedHashMap<>(pathParams);
			changed.put(name, value);
			return new Operation(method, path, changed, queryParams, body);
		}

		Operation withQuery(String name, String value) {
			Map<String, String> changed = new LinkedHashMap<>(queryParams);
			changed.put(name, value);
			return new Operation(method, path, pathParams, changed, body);
		}

		Operation withBody(Body changed) {
			return new Operation(method, path, pathParams, queryParams, changed);
		}

		Call request() {
			String address = path;
			for (Map.Entry<String, String> parameter : pathParams.entrySet()) {
				address = address.replace("{" + parameter.getKey() + "}", percent(parameter.getValue()));
			}
			return new Call(method, address + (queryParams.isEmpty() ? "" : "?" + encode(queryParams)), body);
		}

	}

	/** One request: its method, its address under the portal and its body. */
	record Call(String method, String address, Body body) {

		static Call get(String address) {
			return new Call("GET", address, Body.NONE);
		}

		HttpRequest build(int port) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + address))
				.timeout(BOUND.multipliedBy(3));
			if (!body.type().isEmpty()) {
				request.header("Content-Type", body.type());
			}
			return request.method(method, body.bytes().length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
		}

	}

	// ----------------------------------------------------------------- sending


	private Session login(String username) throws Exception {
		Session session = new Session(HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build());
		HttpResponse<String> page = session.send(Call.get("/login"));
		String csrf = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
		HttpResponse<String> login = session.send(new Call("POST", "/login",
				Body.form(Map.of("username", username, "password", AccountBootstrap.DEMO_PASSWORD, "_csrf", csrf))));
		assertThat(login.headers().firstValue("Location").orElse("")).as("login of " + username).doesNotContain("error");
		session.user = username;
		return session;
	}

	final class Session {

		private final HttpClient client;

		String user;

		String part = "crawl";

		Session(HttpClient client) {
			this.client = client;
		}

		HttpResponse<String> send(Call call) throws Exception {
			return client.send(call.build(port), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		/** Sends and notes a 5xx or a slow answer; the page's or problem's text, to show what went wrong. */
		HttpResponse<String> check(Call request) throws Exception {
			sent.incrementAndGet();
			sentBy.computeIfAbsent(user + " " + part, k -> new AtomicInteger()).incrementAndGet();
			String what = user + " " + request.method() + " " + shorten(request.address());
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = send(request);
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				if (response.statusCode() >= 500 || took.compareTo(BOUND) > 0) {
					failures.add(what + " → " + response.statusCode() + " in " + took.toMillis() + " ms: "
							+ shorten(response.body()));
				}
				return response;
			}
			catch (HttpTimeoutException e) {
				failures.add(what + " → no answer within " + BOUND.multipliedBy(3));
				return null;
			}
		}

	}

	private static String shorten(String text) {
		String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
		return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
	}

	static String encode(Map<String, String> parameters) {
		StringBuilder query = new StringBuilder();
		for (Iterator<Map.Entry<String, String>> it = parameters.entrySet().iterator(); it.hasNext();) {
			Map.Entry<String, String> parameter = it.next();
			query.append(percent(parameter.getKey())).append('=').append(percent(parameter.getValue()));
			if (it.hasNext()) {
				query.append('&');
			}
		}
		return query.toString();
	}

	/** Percent-encoding of the value's UTF-8, a lone surrogate as its three CESU-8 bytes (which UTF-8 refuses). */
	static String percent(String value) {
		byte[] bytes = utf8(value);
		StringBuilder out = new StringBuilder(bytes.length * 3);
		for (byte b : bytes) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				out.append((char) c);
			}
			else {
				out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		return out.toString();
	}

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	/** UTF-8, except that a lone surrogate is written as its own three bytes instead of '?'. */
	static byte[] utf8(String value) {
		if (value.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
			return value.getBytes(StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1));
			if (paired) {
				out.writeBytes(value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
				i++;
			}
			else if (Character.isSurrogate(c)) {
				out.write(0xE0 | (c >> 12));
				out.write(0x80 | ((c >> 6) & 0x3F));
				out.write(0x80 | (c & 0x3F));
			}
			else {
				out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

}
