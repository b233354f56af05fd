package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * An enterprise's quarterly figures: who may record them, what is refused and why, the soft check on year-to-date
 * revenue, the audit, and that the derived figures follow.
 */
@PortalTest
@RecordApplicationEvents
class EnterpriseFiguresTest {

	private static final Period LAST = Period.lastEndedQuarter(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	@Autowired
	ApplicationEvents events;

	private static MockHttpServletRequestBuilder figure(long enterprise, String period, String revenue, String employees) {
		return post("/registry/enterprises/{id}/figures", enterprise).param("period", period)
			.param("revenue", revenue)
			.param("employees", employees);
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** A new above-size enterprise of {@code area}, registered through its form, without figures. */
	private long newEnterprise(String area, int serial) throws Exception {
		String first17 = "91" + area + String.format("8%08d", serial);
		String code = first17 + CreditCode.checkCharacter(first17);
		mvc.perform(post("/registry/enterprises").param("creditCode", code)
			.param("name", "季度数据测试企业" + serial)
			.param("areaCode", area)
			.param("industryClass", "0241")
			.param("aboveSize", "true")
			.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
		return count("select id from registry.enterprise where credit_code = ?", code);
	}

	private BigDecimal revenue(String area, Period period) {
		return figures.series("above_size_revenue", area)
			.stream()
			.filter(v -> v.period().equals(period))
			.map(FigureView::value)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	@Test
	void districtStaffCorrectAQuarterTheAuditKeepsOldAndNewAndTheDistrictsRevenueMovesByTheDifference()
			throws Exception {
		long id = count("""
				select min(e.id) from registry.enterprise e join registry.enterprise_figure f on f.enterprise_id = e.id
				 where e.area_code = '330106' and e.above_size and f.period = ?
				""", LAST.toString());
		BigDecimal old = jdbc.sql("select revenue from registry.enterprise_figure where enterprise_id = ? and period = ?")
			.params(id, LAST.toString())
			.query(BigDecimal.class)
			.single();
		BigDecimal before = revenue("330106", LAST);
		BigDecimal corrected = old.add(new BigDecimal("1234.56"));
		mvc.perform(figure(id, LAST.toString(), corrected.toPlainString(), "321").param("reason", "年报核实")
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/registry/enterprises/" + id));
		assertThat(count("select count(*) from registry.enterprise_figure where enterprise_id = ? and period = ?"
				+ " and revenue = ? and employees = 321", id, LAST.toString(), corrected)).isEqualTo(1);
		// 万元 in the registry, 亿元 in the derived figure
		assertThat(revenue("330106", LAST)).isEqualByComparingTo(before.add(new BigDecimal("0.123456")));
		assertThat(events.stream(RegistryChanged.class)).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("district-330106");
			assertThat(e.action()).isEqualTo("updated");
			assertThat(e.subject()).endsWith("figures " + LAST);
			assertThat(e.oldValue()).contains("revenue=" + old.toPlainString());
			assertThat(e.newValue()).isEqualTo("revenue=" + corrected.toPlainString() + "; employees=321");
			assertThat(e.reason()).isEqualTo("年报核实");
		});
		assertThat(count("select count(*) from audit.change where actor = 'district-330106' and action = 'updated'"
				+ " and subject like ? and old_value like ? and new_value like ? and reason = '年报核实'",
				"%figures " + LAST, "%revenue=" + old.toPlainString() + "%", "revenue=" + corrected.toPlainString() + "%"))
			.isEqualTo(1);
	}

	@Test
	void anAdministratorRecordsANewQuarterAndTheDerivedRevenueIncludesIt() throws Exception {
		long id = newEnterprise("330108", 1);
		BigDecimal before = revenue("330108", LAST);
		mvc.perform(figure(id, LAST.toString().toLowerCase(), "5000.5", "").with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from registry.enterprise_figure where enterprise_id = ? and period = ?"
				+ " and revenue = 5000.50 and employees is null", id, LAST.toString())).isEqualTo(1);
		assertThat(revenue("330108", LAST)).isEqualByComparingTo(before.add(new BigDecimal("0.50005")));
		assertThat(count("select count(*) from audit.change where actor = 'admin' and action = 'created'"
				+ " and subject like ? and old_value is null and new_value = 'revenue=5000.50; employees=null'",
				"%figures " + LAST)).isEqualTo(1);
		mvc.perform(get("/registry/enterprises/{id}", id).with(httpBasic("admin", "demo")))
			.andExpect(xpath("//table[@id='figures']/tbody/tr/td[1]").string(LAST.year() + "年" + "一二三四".charAt(LAST.endQuarter() - 1) + "季度"))
			.andExpect(xpath("//table[@id='figures']//a/@href")
				.string("/registry/enterprises/" + id + "/figures?period=" + LAST));
		mvc.perform(get("/registry/enterprises/{id}/figures", id).param("period", LAST.toString())
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//input[@id='period']/@value").string(LAST.toString()))
			.andExpect(xpath("//input[@id='revenue']/@value").string("5000.50"));
	}

	@Test
	void theFormIsOfferedToThoseWhoMayRecordOnly() throws Exception {
		long id = count("select min(id) from registry.enterprise where area_code = '330106'");
		for (String user : new String[] { "district-330106", "admin" }) {
			mvc.perform(get("/registry/enterprises/{id}", id).with(httpBasic(user, "demo")))
				.andExpect(xpath("//form[@id='figure-form']/@action").string("/registry/enterprises/" + id + "/figures"))
				.andExpect(xpath("//input[@id='period']/@value").string(LAST.toString()))
				.andExpect(xpath("//a[@id='edit']").exists());
		}
		for (String user : new String[] { "district-330110", "official", "reviewer" }) {
			mvc.perform(get("/registry/enterprises/{id}", id).with(httpBasic(user, "demo")))
				.andExpect(status().isOk())
				.andExpect(xpath("//form[@id='figure-form']").doesNotExist())
				.andExpect(xpath("//a[@id='edit']").doesNotExist());
		}
	}

	@Test
	void otherDistrictsAndRolesThatMaintainNothingAreRefusedAndToldWhy() throws Exception {
		long id = count("select min(id) from registry.enterprise where area_code = '330110'");
		long rows = count("select count(*) from registry.enterprise_figure");
		mvc.perform(figure(id, LAST.toString(), "100", "1").with(httpBasic("district-330106", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("属于其他区县")));
		mvc.perform(get("/registry/enterprises/{id}/figures", id).with(httpBasic("district-330106", "demo")))
			.andExpect(status().isForbidden());
		for (String user : new String[] { "official", "reviewer" }) {
			mvc.perform(figure(id, "not a quarter", "abc", "1").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("角色")));
		}
		assertThat(count("select count(*) from registry.enterprise_figure")).isEqualTo(rows);
		assertThat(events.stream(RegistryChanged.class)).isEmpty();
		mvc.perform(figure(999999, LAST.toString(), "100", "1").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyProblemOfAQuarterIsNamedAndNothingIsSaved() throws Exception {
		long id = newEnterprise("330102", 2);
		Period next = LAST.endQuarter() == 4 ? Period.ofQuarter(LAST.year() + 1, 1)
				: Period.ofQuarter(LAST.year(), LAST.endQuarter() + 1);
		mvc.perform(figure(id, "2024", "-1", "-3").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“2024”不是季度：请按 2025Q3 的格式")))
			.andExpect(content().string(containsString("不能为负数")))
			.andExpect(xpath("//input[@id='employees']/@class").string(containsString("is-invalid")));
		mvc.perform(figure(id, next.toString(), "1.234", "").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(next + " 尚未结束：只能录入已结束的季度（最近一个是 " + LAST + "）")))
			.andExpect(content().string(containsString("最多保留两位小数")));
		// what is not a number at all is named before the figures are checked
		mvc.perform(figure(id, LAST.toString(), "100", "2.5").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写整数")))
			.andExpect(xpath("//input[@id='employees']/@value").string("2.5"));
		mvc.perform(figure(id, "2024Q5", "", "").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“2024Q5”不是季度")))
			.andExpect(content().string(containsString("必填")));
		mvc.perform(figure(id, LAST.toString(), "一百", "").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写数字")))
			.andExpect(xpath("//input[@id='revenue']/@value").string("一百"));
		mvc.perform(figure(id, LAST.toString(), "1" + "0".repeat(16), "").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请检查单位是否为万元")));
		assertThat(count("select count(*) from registry.enterprise_figure where enterprise_id = ?", id)).isZero();
		assertThat(events.stream(RegistryChanged.class).filter(e -> e.subject().contains("figures"))).isEmpty();
	}

	@Test
	void aYearToDateRevenueThatFallsWithinAYearNeedsAReason() throws Exception {
		long id = newEnterprise("330105", 3);
		mvc.perform(figure(id, "2024Q1", "500", "10").with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(figure(id, "2024Q2", "300", "10").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("年初至季末的累计数，年内不会下降，而同年 2024Q1 已为 500.00 万元")));
		assertThat(count("select count(*) from registry.enterprise_figure where enterprise_id = ? and period = '2024Q2'", id))
			.isZero();
		mvc.perform(figure(id, "2024Q2", "300", "10").param("reason", "2024Q1 含一笔已退回的合同收入")
			.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from audit.change where subject like ? and reason = '2024Q1 含一笔已退回的合同收入'",
				"%figures 2024Q2")).isEqualTo(1);
		// correcting an earlier quarter above a later one is the same fall, seen from the other side
		mvc.perform(figure(id, "2024Q1", "200", "10").with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(figure(id, "2024Q1", "900", "10").with(httpBasic("admin", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("而同年较晚的 2024Q2 仅为 300.00 万元")));
		// a new year starts again from its first quarter
		mvc.perform(figure(id, "2025Q1", "50", "10").with(httpBasic("admin", "demo")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select revenue from registry.enterprise_figure where enterprise_id = ? and period = '2024Q1'")
			.param(id)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("200");
	}

}
