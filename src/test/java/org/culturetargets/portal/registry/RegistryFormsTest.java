package org.culturetargets.portal.registry;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** Maintaining enterprises and projects: who may, what is refused and why, and that nothing half-saves. */
@PortalTest
@RecordApplicationEvents
class RegistryFormsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	@Autowired
	ApplicationEvents events;

	private static String code(String area, int serial) {
		String first17 = "91" + area + String.format("7%08d", serial);
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static MockHttpServletRequestBuilder enterprise(String url, String code, String area, String name) {
		return post(url).param("creditCode", code)
			.param("name", name)
			.param("areaCode", area)
			.param("industryClass", "0241")
			.param("aboveSize", "true")
			.param("digital", "")
			.param("reason", "new registration");
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void districtStaffRegisterAnEnterpriseInTheirDistrictAndTheChangeIsAudited() throws Exception {
		String code = code("330106", 1);
		mvc.perform(enterprise("/registry/enterprises", code, "330106", "西湖测试文化科技有限公司")
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/registry/enterprises/*"));
		assertThat(count("select count(*) from registry.enterprise where credit_code = ? and updated_by = 'district-330106'",
				code)).isEqualTo(1);
		assertThat(events.stream(RegistryChanged.class)).anySatisfy(e -> {
			assertThat(e.actor()).isEqualTo("district-330106");
			assertThat(e.action()).isEqualTo("created");
			assertThat(e.subject()).contains(code);
			assertThat(e.newValue()).contains("area=330106");
			assertThat(e.reason()).isEqualTo("new registration");
		});
		// the audit log records it, in the same transaction as the write
		assertThat(count("select count(*) from audit.change where actor = 'district-330106' and action = 'created'"
				+ " and subject like ? and new_value like '%area=330106%' and reason = 'new registration'", "%" + code + "%"))
			.isEqualTo(1);
	}

	@Test
	void aWrongCheckCharacterIsAClearErrorAndNothingIsStored() throws Exception {
		String good = code("330106", 2);
		String bad = good.substring(0, 17) + (good.charAt(17) == 'A' ? 'B' : 'A');
		mvc.perform(enterprise("/registry/enterprises", bad, "330106", "校验位错误的企业").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("校验位应为“" + good.charAt(17) + "”")))
			.andExpect(xpath("//input[@id='creditCode']/@value").string(bad));
		assertThat(count("select count(*) from registry.enterprise where credit_code = ?", bad)).isZero();
		assertThat(events.stream(RegistryChanged.class)).isEmpty();
	}

	@Test
	void everyProblemOfAnEntryIsNamedAtOnce() throws Exception {
		mvc.perform(post("/registry/enterprises").param("creditCode", "123")
			.param("name", " ")
			.param("areaCode", "330100")
			.param("industryClass", "9999")
			.param("listed", "true")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("18位")))
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("不是区县代码")))
			.andExpect(content().string(containsString("不是已知的行业小类")))
			.andExpect(content().string(containsString("须填写股票代码")));
	}

	@Test
	void districtStaffCannotWriteAnotherDistrictAndAreToldWhy() throws Exception {
		long other = count("select min(id) from registry.enterprise where area_code = '330110'");
		mvc.perform(get("/registry/enterprises/{id}/edit", other).with(httpBasic("district-330106", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("属于其他区县")));
		mvc.perform(enterprise("/registry/enterprises/" + other, code("330110", 3), "330110", "改名")
			.param("version", "0")
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(enterprise("/registry/enterprises", code("330110", 4), "330110", "他区企业")
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(enterprise("/registry/enterprises", code("330106", 5), "330106", "官员不能登记")
			.with(httpBasic("official", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("角色")));
		// refused for who they are, before any typo of theirs is looked at
		mvc.perform(post("/registry/projects").param("name", "官员项目").param("plannedInvestment", "很多")
			.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from registry.enterprise where name in ('改名', '他区企业', '官员不能登记')")).isZero();
	}

	@Test
	void aStaleEditIsRefusedNamingWhoChangedTheRowAndWhen() throws Exception {
		String code = code("330108", 6);
		mvc.perform(enterprise("/registry/enterprises", code, "330108", "滨江版本测试有限公司").with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection());
		long id = count("select id from registry.enterprise where credit_code = ?", code);
		mvc.perform(enterprise("/registry/enterprises/" + id, code, "330108", "滨江版本测试（第一次修改）").param("version", "0")
			.with(httpBasic("district-330108", "demo")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(enterprise("/registry/enterprises/" + id, code, "330108", "滨江版本测试（过时的修改）").param("version", "0")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("district-330108")))
			.andExpect(xpath("//input[@id='name']/@value").string("滨江版本测试（过时的修改）"));
		assertThat(jdbc.sql("select name from registry.enterprise where id = ?").param(id).query(String.class).single())
			.isEqualTo("滨江版本测试（第一次修改）");
	}

	@Test
	void aRegistryChangeShowsInTheDerivedFigures() throws Exception {
		Period last = Period.lastEndedQuarter(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		BigDecimal before = listed("330127", last);
		String code = code("330127", 7);
		mvc.perform(enterprise("/registry/enterprises", code, "330127", "淳安新上市文化有限公司").param("listed", "true")
			.param("stockCode", "688999")
			.with(httpBasic("district-330127", "demo"))).andExpect(status().is3xxRedirection());
		assertThat(listed("330127", last)).isEqualByComparingTo(before.add(BigDecimal.ONE));
	}

	private BigDecimal listed(String area, Period period) {
		return figures.series("listed_enterprises", area)
			.stream()
			.filter(v -> v.period().equals(period))
			.map(FigureView::value)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	@Test
	void projectsKeepTheirStatusAndDatesConsistent() throws Exception {
		mvc.perform(post("/registry/projects").param("name", "日期矛盾项目")
			.param("areaCode", "330106")
			.param("category", "KEY")
			.param("status", "COMPLETED")
			.param("plannedStart", "2024-01-01")
			.param("startedOn", "2024-06-01")
			.param("completedOn", "2024-03-01")
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("建成日期不能早于开工日期")));
		mvc.perform(post("/registry/projects").param("name", "西湖数字文化测试项目")
			.param("areaCode", "330106")
			.param("category", "KEY")
			.param("status", "STARTED")
			.param("plannedStart", "2024-01-01")
			.param("startedOn", "2024-02-01")
			.param("plannedInvestment", "12000")
			.param("groups", "belt-zhijiang")
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().is3xxRedirection());
		assertThat(count("""
				select count(*) from registry.project j join registry.project_group g on g.project_id = j.id
				 where j.name = '西湖数字文化测试项目' and g.group_code = 'belt-zhijiang' and j.status = 'STARTED'
				""")).isEqualTo(1);
	}

	@Test
	void investmentsBeyondTheirColumnAreRefusedNamingTheLimit() throws Exception {
		for (String typed : new String[] { "1e309", "1e5000000", "12345678901234567890123456789012345", "1e17",
				"10000000000000000", "0.125" }) {
			mvc.perform(post("/registry/projects").param("name", "巨额投资测试项目")
				.param("areaCode", "330106")
				.param("category", "KEY")
				.param("status", "PLANNED")
				.param("plannedInvestment", typed)
				.with(httpBasic("district-330106", "demo")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(xpath("//input[@id='plannedInvestment']/@class").string(containsString("is-invalid")))
				.andExpect(content().string(containsString("最多 16 位整数、2 位小数")));
		}
		assertThat(count("select count(*) from registry.project where name = '巨额投资测试项目'")).isZero();
	}

	@Test
	void aStockCodeLongerThanItsColumnIsRefusedNamingTheLimit() throws Exception {
		String code = code("330106", 8);
		mvc.perform(enterprise("/registry/enterprises", code, "330106", "长股票代码测试有限公司").param("listed", "true")
			.param("stockCode", "1234567890123456789012345")
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(xpath("//input[@id='stockCode']/@class").string(containsString("is-invalid")))
			.andExpect(content().string(containsString("不能超过 20 个字符")));
		assertThat(count("select count(*) from registry.enterprise where credit_code = ?", code)).isZero();
	}

	@Test
	void flagsAreOnlyTheValuesTheFormSends() throws Exception {
		String code = code("330106", 9);
		for (String digital : new String[] { "NaN", "maybe", " true", "TRUE" }) {
			mvc.perform(flags(code, "true", digital))
				.andExpect(status().isUnprocessableContent())
				.andExpect(xpath("//select[@id='digital']/@class").string(containsString("is-invalid")))
				.andExpect(content().string(containsString("“数字文化”请从选项中选择")));
		}
		for (String aboveSize : new String[] { "NaN", "yes", "on", "1" }) {
			mvc.perform(flags(code, aboveSize, ""))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("勾选项的值无效")));
		}
		assertThat(count("select count(*) from registry.enterprise where credit_code = ?", code)).isZero();
	}

	private static MockHttpServletRequestBuilder flags(String code, String aboveSize, String digital) {
		return post("/registry/enterprises").param("creditCode", code)
			.param("name", "标志测试有限公司")
			.param("areaCode", "330106")
			.param("industryClass", "0241")
			.param("aboveSize", aboveSize)
			.param("digital", digital)
			.param("reason", "new registration")
			.with(httpBasic("district-330106", "demo"));
	}

}
