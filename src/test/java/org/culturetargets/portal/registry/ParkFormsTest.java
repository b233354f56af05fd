package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** Maintaining parks and platforms: administrators only, every problem named, stale edits refused, audited. */
@PortalTest
@RecordApplicationEvents
class ParkFormsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	@Autowired
	ApplicationEvents events;

	/** A valid park entry; {@code changes} are field and value pairs that replace or add to it. */
	private static MockHttpServletRequestBuilder park(String url, String name, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nameZh", name);
		fields.put("nameEn", "Test park");
		fields.put("areaCode", "330106");
		fields.put("level", "PROVINCIAL");
		fields.put("type", "PARK");
		fields.put("recognisedYear", "2022");
		fields.put("source", "浙江省文化和旅游厅公告");
		fields.put("reason", "recognised in 2022");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url);
		fields.forEach(request::param);
		return request;
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private long idOf(String name) {
		return count("select id from registry.park where name_zh = ?", name);
	}

	@Test
	void anAdministratorAddsAParkInItsGroupsAndTheChangeIsAuditedAndCounted() throws Exception {
		int lastYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() - 1;
		BigDecimal keyPlatformsBefore = value("key_platforms", "belt-zhijiang", lastYear);
		mvc.perform(park("/registry/parks", "西湖测试文化创意园").param("keyPlatform", "true")
			.param("groups", "belt-zhijiang", "cluster-xixi-film-content")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/registry/parks/*"));
		long id = idOf("西湖测试文化创意园");
		assertThat(count("""
				select count(*) from registry.park where id = ? and name_en = 'Test park' and area_code = '330106'
				   and level = 'PROVINCIAL' and type = 'PARK' and key_platform and recognised_year = 2022
				   and updated_by = 'admin' and version = 0
				""", id)).isEqualTo(1);
		assertThat(jdbc.sql("select group_code from registry.park_group where park_id = ? order by 1")
			.param(id)
			.query(String.class)
			.list()).containsExactly("belt-zhijiang", "cluster-xixi-film-content");
		assertThat(events.stream(RegistryChanged.class)).anySatisfy(e -> {
			assertThat(e.actor()).isEqualTo("admin");
			assertThat(e.action()).isEqualTo("created");
			assertThat(e.oldValue()).isNull();
			assertThat(e.newValue()).contains("groups=belt-zhijiang,cluster-xixi-film-content");
		});
		assertThat(count("select count(*) from audit.change where actor = 'admin' and action = 'created'"
				+ " and subject = 'park 西湖测试文化创意园' and new_value like '%level=PROVINCIAL%' and reason = 'recognised in 2022'"))
			.isEqualTo(1);
		// the belt now counts one more key platform
		assertThat(value("key_platforms", "belt-zhijiang", lastYear))
			.isEqualByComparingTo(keyPlatformsBefore.add(BigDecimal.ONE));
	}

	private BigDecimal value(String indicator, String scope, int year) {
		return figures.series(indicator, scope)
			.stream()
			.filter(v -> v.period().isAnnual() && v.period().year() == year)
			.map(FigureView::value)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	@Test
	void theParkPageOffersAnEditToAdministratorsOnly() throws Exception {
		mvc.perform(park("/registry/parks", "编辑按钮测试园区").with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection());
		long id = idOf("编辑按钮测试园区");
		mvc.perform(get("/registry/parks/{id}", id).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//a[@id='edit']/@href").string("/registry/parks/" + id + "/edit"));
		mvc.perform(get("/registry/parks").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//a[@id='new-park']/@href").string("/registry/parks/new"));
		for (String user : new String[] { "official", "district-330106", "reviewer" }) {
			mvc.perform(get("/registry/parks/{id}", id).with(httpBasic(user, "demo")))
				.andExpect(status().isOk())
				.andExpect(xpath("//a[@id='edit']").doesNotExist());
			mvc.perform(get("/registry/parks").with(httpBasic(user, "demo")))
				.andExpect(xpath("//a[@id='new-park']").doesNotExist());
		}
		mvc.perform(get("/registry/parks/{id}/edit", id).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//input[@id='nameZh']/@value").string("编辑按钮测试园区"))
			.andExpect(xpath("//select[@id='level']/option[@selected]/@value").string("PROVINCIAL"))
			.andExpect(xpath("//input[@id='version']/@value").string("0"));
	}

	@Test
	void onlyAdministratorsMaintainParksAndOthersAreToldWhyBeforeTheirInputIsLookedAt() throws Exception {
		long id = count("select min(id) from registry.park");
		long parks = count("select count(*) from registry.park");
		for (String user : new String[] { "official", "district-330106", "reviewer" }) {
			mvc.perform(get("/registry/parks/new").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("园区平台由管理员维护")));
			mvc.perform(get("/registry/parks/{id}/edit", id).with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			// a valid entry, and one whose year is not even a number: refused alike
			mvc.perform(park("/registry/parks", "非管理员新增的园区").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("园区平台由管理员维护")));
			mvc.perform(park("/registry/parks/" + id, "非管理员修改的园区", "recognisedYear", "abc")
				.param("version", "0")
				.with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("请填写整数"))));
		}
		assertThat(count("select count(*) from registry.park")).isEqualTo(parks);
		assertThat(count("select count(*) from registry.park where name_zh like '非管理员%'")).isZero();
		assertThat(events.stream(RegistryChanged.class)).isEmpty();
	}

	@Test
	void everyProblemOfAParkIsNamedAtOnceAndNothingIsSaved() throws Exception {
		long parks = count("select count(*) from registry.park");
		mvc.perform(post("/registry/parks").param("nameZh", " ")
			.param("nameEn", "x".repeat(201))
			.param("areaCode", "330100")
			.param("level", "GLOBAL")
			.param("type", "MUSEUM")
			.param("recognisedYear", "1900")
			.param("groups", "330106")
			.param("source", "")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("不能超过 200 个字符")))
			.andExpect(content().string(containsString("“330100”不是区县代码")))
			.andExpect(content().string(containsString("“GLOBAL”不是园区级别")))
			.andExpect(content().string(containsString("“MUSEUM”不是园区类型")))
			.andExpect(content().string(containsString("认定年份应在 1949 至 " + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + " 年之间，“1900”")))
			.andExpect(content().string(containsString("“330106”不是板块代码")))
			.andExpect(xpath("//input[@id='source']/@class").string(containsString("is-invalid")))
			.andExpect(xpath("//input[@id='nameZh']/@class").string(containsString("is-invalid")));
		String existing = jdbc.sql("select name_zh from registry.park order by id limit 1").query(String.class).single();
		mvc.perform(park("/registry/parks", existing, "recognisedYear", String.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1))
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("已有名为“" + existing + "”的园区平台")))
			.andExpect(content().string(containsString("“" + (LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1) + "”不在此范围内")));
		mvc.perform(park("/registry/parks", "年份不是数字的园区", "recognisedYear", "二〇二二")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写整数")))
			.andExpect(xpath("//input[@id='nameZh']/@value").string("年份不是数字的园区"));
		assertThat(count("select count(*) from registry.park")).isEqualTo(parks);
		assertThat(events.stream(RegistryChanged.class)).isEmpty();
	}

	@Test
	void aKeyPlatformKeepsNoDistrictOrLevelAndAnEditReplacesItsGroups() throws Exception {
		mvc.perform(park("/registry/parks", "无区县的重点平台", "areaCode", "", "level", "", "type", "PLATFORM",
				"recognisedYear", "").param("keyPlatform", "true")
			.param("groups", "belt-canal")
			.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
		long id = idOf("无区县的重点平台");
		assertThat(count("select count(*) from registry.park where id = ? and area_code is null and level is null"
				+ " and recognised_year is null", id)).isEqualTo(1);
		mvc.perform(park("/registry/parks/" + id, "无区县的重点平台", "areaCode", "", "level", "", "type", "PLATFORM",
				"recognisedYear", "").param("groups", "belt-zhijiang")
			.param("version", "0")
			.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select group_code from registry.park_group where park_id = ?").param(id).query(String.class).list())
			.containsExactly("belt-zhijiang");
		assertThat(count("select count(*) from audit.change where subject = 'park 无区县的重点平台' and action = 'updated'"
				+ " and old_value like '%groups=belt-canal%' and new_value like '%groups=belt-zhijiang%'")).isEqualTo(1);
	}

	@Test
	void aStaleParkEditIsRefusedNamingWhoChangedItAndWhen() throws Exception {
		mvc.perform(park("/registry/parks", "版本测试园区").with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection());
		long id = idOf("版本测试园区");
		mvc.perform(park("/registry/parks/" + id, "版本测试园区（第一次修改）").param("version", "0")
			.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
		MvcResult stale = mvc.perform(park("/registry/parks/" + id, "版本测试园区（过时的修改）").param("version", "0")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(xpath("//input[@id='nameZh']/@value").string("版本测试园区（过时的修改）"))
			.andReturn();
		Instant changed = jdbc.sql("select updated_at from registry.park where id = ?")
			.param(id)
			.query(Timestamp.class)
			.single()
			.toInstant();
		String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai")).format(changed);
		assertThat(stale.getResponse().getContentAsString()).contains("admin 已于 " + at);
		assertThat(jdbc.sql("select name_zh from registry.park where id = ?").param(id).query(String.class).single())
			.isEqualTo("版本测试园区（第一次修改）");
	}

	@Test
	void anUnknownParkIsNotFound() throws Exception {
		mvc.perform(get("/registry/parks/999999/edit").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
		mvc.perform(park("/registry/parks/999999", "不存在的园区").param("version", "0").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
	}

}
