package org.culturetargets.portal.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry's writes through the JSON API over HTTP against the real database: create and change each kind of
 * row, the version a change carries, who may write where, the problems of an entry by field, and the audit log.
 * Rows are in 滨江区 (330108) and named for this class, since all test classes share one database.
 */
@PortalTest
class RegistryApiWriteTest {

	private static final String AREA = "330108";

	private static final String STAFF = "district-" + AREA;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static String code(int serial) {
		String first17 = "91" + AREA + String.format("4%08d", serial);
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static String enterprise(String code, String name, Integer version) {
		return """
				{"creditCode": "%s", "name": "%s", "areaCode": "%s", "parkId": null, "industryClass": "0241",
				 "aboveSize": true, "digital": null, "listed": false, "stockCode": null, "leading": false,
				 "headquarters": false, "exportKey": false, "version": %s, "reason": "API registration"}
				""".formatted(code, name, AREA, version);
	}

	private static String project(String name, String status, String startedOn, String completedOn, Integer version) {
		return """
				{"name": "%s", "areaCode": "%s", "category": "KEY", "plannedInvestment": 1200.50,
				 "completedInvestment": 300, "status": "%s", "plannedStart": null, "startedOn": %s, "completedOn": %s,
				 "groups": ["belt-zhijiang"], "version": %s, "reason": "API"}
				""".formatted(name, AREA, status, quoted(startedOn), quoted(completedOn), version);
	}

	private static String park(String name, String type, Integer version) {
		return """
				{"nameZh": "%s", "nameEn": "API park", "areaCode": "%s", "level": "MUNICIPAL", "type": "%s",
				 "keyPlatform": false, "recognisedYear": 2023, "groups": [], "source": "杭州市认定文件",
				 "version": %s, "reason": "recognised"}
				""".formatted(name, AREA, type, version);
	}

	private static String quoted(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void districtStaffRegisterAndChangeAnEnterpriseAndEachWriteIsAudited() throws Exception {
		String code = code(1);
		MvcResult created = send(post("/api/enterprises"), STAFF, enterprise(code, "滨江接口测试文化有限公司", null))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/enterprises/")))
			.andExpect(jsonPath("$.creditCode").value(code))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn();
		long id = id(created);
		assertThat(created.getResponse().getHeader("Location")).endsWith("/api/enterprises/" + id);

		send(put("/api/enterprises/" + id), STAFF, enterprise(code, "滨江接口测试文化科技有限公司", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("滨江接口测试文化科技有限公司"))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(count("select count(*) from audit.change where actor = ? and subject like ? and reason = 'API registration'",
				STAFF, "enterprise " + code + "%")).isEqualTo(2);
	}

	@Test
	void aChangeOfAVersionSomeoneHasChangedSinceIsAConflictAndSavesNothing() throws Exception {
		String code = code(2);
		long id = id(send(post("/api/enterprises"), "admin", enterprise(code, "滨江版本测试公司", null)).andReturn());
		send(put("/api/enterprises/" + id), "admin", enterprise(code, "滨江版本测试公司（一）", 0)).andExpect(status().isOk());
		send(put("/api/enterprises/" + id), STAFF, enterprise(code, "滨江版本测试公司（二）", 0))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.changedBy").value("admin"));
		send(put("/api/enterprises/" + id), STAFF, enterprise(code, "滨江版本测试公司（二）", null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.version[0]").value(containsString("version as read")));
		assertThat(jdbc.sql("select name from registry.enterprise where id = ?").param(id).query(String.class).single())
			.isEqualTo("滨江版本测试公司（一）");
	}

	@Test
	void districtStaffMayNotWriteAnotherDistrictNorParksAndUnknownRowsAreNotFound() throws Exception {
		String other = "district-330109";
		long id = id(send(post("/api/enterprises"), STAFF, enterprise(code(3), "滨江越权测试公司", null)).andReturn());
		long audited = count("select count(*) from audit.change");
		send(put("/api/enterprises/" + id), other, enterprise(code(3), "被改名", 0))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("another district")));
		send(post("/api/enterprises"), other, enterprise(code(4), "跨区登记", null)).andExpect(status().isForbidden());
		send(post("/api/parks"), STAFF, park("滨江越权园区", "PARK", null))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("administrators")));
		send(post("/api/projects"), "official", project("官员项目", "PLANNED", null, null, null))
			.andExpect(status().isForbidden());
		send(put("/api/projects/999999999"), STAFF, project("无此项目", "PLANNED", null, null, 0))
			.andExpect(status().isNotFound());
		assertThat(count("select count(*) from audit.change")).isEqualTo(audited);
	}

	@Test
	void aProjectWhoseDatesDisagreeWithItsStatusIsRefusedFieldByField() throws Exception {
		send(post("/api/projects"), STAFF, project("滨江拒收建成项目", "COMPLETED", "2024-03-01", null, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.completedOn[0]").value(containsString("completion date")));
		send(post("/api/projects"), STAFF, project("滨江拒收计划项目", "PLANNED", "2024-03-01", null, null)
			.replace("1200.50", "-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.startedOn").exists())
			.andExpect(jsonPath("$.errors.plannedInvestment").exists());
		assertThat(count("select count(*) from registry.project where name like '滨江拒收%'")).isZero();
	}

	@Test
	void projectsAreCreatedAndChangedWithTheirGroups() throws Exception {
		MvcResult created = send(post("/api/projects"), STAFF, project("滨江接口项目", "STARTED", "2024-03-01", null, null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("STARTED"))
			.andExpect(jsonPath("$.groups[0]").value("belt-zhijiang"))
			.andReturn();
		long id = id(created);
		send(put("/api/projects/" + id), STAFF, project("滨江接口项目", "COMPLETED", "2024-03-01", "2025-06-30", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.completedOn").value("2025-06-30"));
		assertThat(count("select count(*) from audit.change where subject = 'project 滨江接口项目' and action = 'updated'"
				+ " and new_value like '%status=COMPLETED%'")).isEqualTo(1);
	}

	@Test
	void administratorsCreateAndChangeParks() throws Exception {
		MvcResult created = send(post("/api/parks"), "admin", park("滨江接口园区", "BASE", null))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/parks/")))
			.andExpect(jsonPath("$.type").value("BASE"))
			.andReturn();
		long id = id(created);
		send(put("/api/parks/" + id), "admin", park("滨江接口园区", "EXPORT_BASE", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("EXPORT_BASE"))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(count("select count(*) from audit.change where subject = 'park 滨江接口园区'")).isEqualTo(2);
	}

	@Test
	void anEnterprisesFiguresAreRecordedByQuarter() throws Exception {
		Period quarter = Period.lastEndedQuarter(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		long id = id(send(post("/api/enterprises"), STAFF, enterprise(code(5), "滨江季度数据测试公司", null)).andReturn());
		send(put("/api/enterprises/" + id + "/figures/" + quarter), STAFF,
				"{\"revenue\": 5200.5, \"employees\": 48, \"reason\": null}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value(quarter.toString()))
			.andExpect(jsonPath("$.revenue").value(5200.5))
			.andExpect(jsonPath("$.employees").value(48));
		send(put("/api/enterprises/" + id + "/figures/" + (quarter.year() + 1) + "Q1"), STAFF,
				"{\"revenue\": 1.005, \"employees\": -1}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.period").exists())
			.andExpect(jsonPath("$.errors.revenue").exists())
			.andExpect(jsonPath("$.errors.employees").exists());
		assertThat(count("select count(*) from audit.change where subject like ? and action = 'created'",
				"%滨江季度数据测试公司 figures " + quarter)).isEqualTo(1);
	}

	@Test
	void unknownFieldsWrongTypesAndUnknownChoicesAreBadRequests() throws Exception {
		send(post("/api/projects"), STAFF, project("滨江类型错误项目", "BUILT", null, null, null))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(post("/api/parks"), "admin", park("滨江未知字段园区", "PARK", null).replace("{", "{\"owner\": \"x\", "))
			.andExpect(status().isBadRequest());
		send(post("/api/enterprises"), STAFF, enterprise(code(6), "滨江类型错误公司", null).replace("\"aboveSize\": true",
				"\"aboveSize\": \"many\""))
			.andExpect(status().isBadRequest());
		send(put("/api/enterprises/1/figures/2024Q1"), "admin", "{\"revenue\": [1]}").andExpect(status().isBadRequest());
		assertThat(count("select count(*) from registry.project where name = '滨江类型错误项目'")).isZero();
	}

}
