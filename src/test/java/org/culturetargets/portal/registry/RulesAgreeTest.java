package org.culturetargets.portal.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry checks a project entered one at a time (form, API: {@link ProjectRules}) and a file of them (the
 * import centre's staged rows: {@code StagedProjects}, set-based). Both are the registry's, side by side; this test
 * keeps them agreeing: each entry below is refused by both on the same field, or accepted by both.
 */
@PortalTest
class RulesAgreeTest {

	/** The form's fields as the import template's columns name them. */
	private static final Map<String, String> COLUMNS = Map.of("startedOn", "started_on",
			"completedOn", "completed_on", "areaCode", "area");

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> projects() {
		String future = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
		return Stream.of(
				Arguments.of("started without a start date", "330106", "STARTED", null, null, "startedOn"),
				Arguments.of("planned with a start date", "330106", "PLANNED", "2025-04-01", null, "startedOn"),
				Arguments.of("completed without a completion date", "330106", "COMPLETED", "2025-04-01", null,
						"completedOn"),
				Arguments.of("not completed with a completion date", "330106", "STARTED", "2025-04-01", "2025-06-01",
						"completedOn"),
				Arguments.of("completed before it started", "330106", "COMPLETED", "2025-04-01", "2025-03-01",
						"completedOn"),
				Arguments.of("started in the future", "330106", "STARTED", future, null, "startedOn"),
				Arguments.of("the whole city", "330100", "PLANNED", null, null, "areaCode"),
				Arguments.of("as it should be", "330106", "COMPLETED", "2025-04-01", "2025-09-30", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("projects")
	void theFormsRulesAndTheImportsChecksRefuseTheSameProjectOnTheSameField(String what, String area, String status,
			String startedOn, String completedOn, String expected) throws Exception {
		String name = "规则一致项目" + SERIAL.incrementAndGet();

		var api = mvc.perform(post("/api/projects").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "areaCode": "%s", "category": "KEY", "plannedInvestment": null,
					 "completedInvestment": null, "status": "%s", "plannedStart": null, "startedOn": %s,
					 "completedOn": %s, "groups": [], "version": null, "reason": null}
					""".formatted(name, area, status, json(startedOn), json(completedOn))))
			.andReturn()
			.getResponse();

		String file = "name,area,category,status,started_on,completed_on\n%s,%s,KEY,%s,%s,%s\n".formatted(name, area,
				status, startedOn == null ? "" : startedOn, completedOn == null ? "" : completedOn);
		String imported = mvc.perform(multipart("/api/imports/projects")
			.file(new MockMultipartFile("file", "projects.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "true")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> columns = JsonPath.read(imported, "$.problems[*].column");

		if (expected == null) {
			assertThat(api.getStatus()).as(what + ": the API").isEqualTo(201);
			assertThat(columns).as(what + ": the import").isEmpty();
			return;
		}
		assertThat(api.getStatus()).as(what + ": the API").isEqualTo(422);
		List<String> fields = List.copyOf(JsonPath.<Map<String, Object>>read(
				api.getContentAsString(StandardCharsets.UTF_8), "$.errors").keySet());
		assertThat(fields).as(what + ": the API's fields").containsExactly(expected);
		assertThat(columns).as(what + ": the import's columns").containsExactly(COLUMNS.get(expected));
	}

	private static String json(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

}
