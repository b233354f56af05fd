package org.culturetargets.portal.tasks;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** The task boards (plan, district, belt, department), their filters, the task page and the scorecard's summary. */
@PortalTest
class TaskPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static MockHttpServletRequestBuilder as(String user, String url) {
		return get(url).with(httpBasic(user, "demo"));
	}

	private long id(String plan, String code) {
		return jdbc.sql("select id from tasks.task where plan_code = ? and code = ?").params(plan, code).query(Long.class).single();
	}

	@Test
	void aPlansBoardCountsByStatusInChinese() throws Exception {
		mvc.perform(as("official", "/tasks/plans/HZ-14FYP").param("asOf", "2024-04-15"))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='count-total']").string("75"))
			.andExpect(xpath("//*[@id='count-NOT_STARTED']").string("75"))
			.andExpect(xpath("//*[@id='count-unassigned']").string("72"))
			.andExpect(xpath("count(//table[@id='tasks']/tbody/tr)").number(75.0))
			.andExpect(content().string(containsString("修订《杭州市文化产业园区、文化创意街区认定管理办法》")))
			.andExpect(content().string(containsString("责任单位待明确")))
			.andExpect(content().string(containsString("未启动")))
			.andExpect(content().string(not(containsString(">NOT_STARTED<"))))
			.andExpect(content().string(not(containsString(">DELIVERABLE<"))));
	}

	@Test
	void theSameBoardInEnglishShowsNoChineseInItsRows() throws Exception {
		mvc.perform(as("official", "/tasks/plans/HZ-ICCC-2025").param("asOf", "2024-04-15").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='count-BEHIND']").string("41"))
			.andExpect(content().string(containsString("Build a global digital content industry center")))
			.andExpect(content().string(containsString("Responsible units to be assigned")))
			.andExpect(result -> {
				String html = result.getResponse().getContentAsString();
				String rows = html.substring(html.indexOf("<table"), html.indexOf("</table>")).replaceAll("<[^>]*>", " ");
				assertThat(rows).doesNotContainPattern("\\p{IsHan}");
			});
		mvc.perform(as("official", "/tasks/plans/HZ-14FYP").param("asOf", "2024-04-15").param("lang", "en"))
			.andExpect(content().string(containsString("Revise the Hangzhou Measures for the Recognition")))
			.andExpect(content().string(containsString("6 (3) Cultural platform construction project")))
			.andExpect(result -> {
				String html = result.getResponse().getContentAsString();
				String rows = html.substring(html.indexOf("<table"), html.indexOf("</table>")).replaceAll("<[^>]*>", " ");
				assertThat(rows).doesNotContainPattern("\\p{IsHan}");
			})
			.andExpect(content().string(containsString("(translation)")));
	}

	@Test
	void overdueAndBehindComeFirstAndFiltersNarrowTheList() throws Exception {
		// 富阳: two tasks of the 14th FYP (not started as of September 2025) and the Action Plan's westward task (behind)
		mvc.perform(as("official", "/tasks/scopes/330111").param("asOf", "2025-09-01"))
			.andExpect(xpath("//h1[@id='board-title']").string("地区：富阳区"))
			.andExpect(xpath("count(//table[@id='tasks']/tbody/tr)").number(3.0))
			.andExpect(xpath("//table[@id='tasks']/tbody/tr[1]/@data-status").string("BEHIND"))
			.andExpect(xpath("//table[@id='tasks']/tbody/tr[2]/@data-status").string("NOT_STARTED"));
		mvc.perform(as("official", "/tasks/scopes/330111").param("asOf", "2025-09-01").param("status", "NOT_STARTED"))
			.andExpect(xpath("count(//table[@id='tasks']/tbody/tr)").number(2.0))
			.andExpect(xpath("//*[@id='count-total']").string("3"));
		mvc.perform(as("official", "/tasks/plans/HZ-ICCC-2025").param("asOf", "2024-04-15").param("unit", "area:330127"))
			.andExpect(xpath("count(//table[@id='tasks']/tbody/tr)").number(1.0));
		mvc.perform(as("official", "/tasks/plans/HZ-NEW3-2026").param("kind", "RECURRING"))
			.andExpect(xpath("count(//table[@id='tasks']/tbody/tr)").number(1.0));
		mvc.perform(as("official", "/tasks/plans/HZ-14FYP").param("asOf", "2026-01-10").param("status", "OVERDUE"))
			.andExpect(xpath("count(//table[@id='tasks']/tbody/tr)").number(75.0));
		mvc.perform(as("official", "/tasks/plans/HZ-14FYP").param("status", "NO_SUCH").param("kind", "x"))
			.andExpect(status().isOk());
	}

	@Test
	void beltAndDepartmentBoards() throws Exception {
		mvc.perform(as("district-330106", "/tasks/scopes/belt-zhijiang"))
			.andExpect(xpath("//h1[@id='board-title']").string("片区：之江文化产业带"))
			.andExpect(xpath("count(//table[@id='tasks']/tbody/tr)").number(3.0));
		mvc.perform(as("reviewer", "/tasks/departments/hz-cci-steering-committee").param("lang", "en"))
			.andExpect(xpath("//h1[@id='board-title']")
				.string("Unit: Hangzhou Municipal Steering Committee for Cultural and Creative Industries"))
			.andExpect(xpath("count(//table[@id='tasks']/tbody/tr)").number(2.0));
		mvc.perform(as("official", "/tasks"))
			.andExpect(status().isOk())
			.andExpect(xpath("count(//div[@id='plan-boards']/a)").number(5.0))
			.andExpect(content().string(containsString("/tasks/scopes/belt-canal")))
			.andExpect(content().string(containsString("/tasks/departments/hz-cci-association")));
	}

	@Test
	void aTaskPageCitesItsSourceAndSaysWhyInEitherLanguage() throws Exception {
		String page = "/tasks/" + id("HZ-14FYP", "6.3-revise-park-rules");
		mvc.perform(as("official", page).param("asOf", "2026-02-01"))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='task-title']/span").string("修订《杭州市文化产业园区、文化创意街区认定管理办法》"))
			.andExpect(xpath("//*[@id='task-source']").string(containsString("六（三）文化平台建设工程")))
			.andExpect(xpath("//*[@id='task-source']").string(containsString("杭州市文化产业发展“十四五”规划")))
			.andExpect(xpath("//*[@id='task-source-text']").string(containsString("推动园区由要素集聚空间向创新发展平台转变")))
			.andExpect(xpath("//*[@id='task-why-text']").string("截止日期 2025-12-31 已过 32 天，尚未完成。"))
			.andExpect(xpath("//*[@id='task-units']").string(containsString("责任单位待明确")))
			.andExpect(xpath("count(//ul[@id='task-targets']/li)").number(1.0))
			.andExpect(xpath("//ul[@id='task-history']/li").exists())
			.andExpect(xpath("//*[@id='task-actions']").doesNotExist());
		mvc.perform(as("official", page).param("asOf", "2026-02-01").param("lang", "en"))
			.andExpect(xpath("//*[@id='task-translated']").string("(translation)"))
			.andExpect(xpath("//*[@id='task-why-text']")
				.string("The deadline of 2025-12-31 passed 32 days ago and the task is not completed."))
			.andExpect(xpath("//*[@id='task-source-text']").doesNotExist());
		mvc.perform(as("admin", page)).andExpect(xpath("//*[@id='task-actions']").exists());
	}

	@Test
	void theActionPlansTaskShowsItsCycleAndMissedCheckpoints() throws Exception {
		mvc.perform(as("official", "/tasks/" + id("HZ-ICCC-2025", "4.3-annual-cycle")).param("asOf", "2024-04-15"))
			.andExpect(xpath("count(//table[@id='milestones']/tbody/tr)").number(8.0))
			.andExpect(xpath("count(//table[@id='milestones']/tbody/tr[contains(@class,'table-warning')])").number(3.0))
			.andExpect(xpath("//*[@id='task-why-text']").string("共 8 个节点中有 3 个到期未达成，最早一个应于 2023-07-31 达成。"));
	}

	@Test
	void whatDoesNotExistIsA404AndABadDateA400() throws Exception {
		mvc.perform(as("official", "/tasks/99999999")).andExpect(status().isNotFound());
		mvc.perform(as("official", "/tasks/plans/NOPE")).andExpect(status().isNotFound());
		mvc.perform(as("official", "/tasks/scopes/nope")).andExpect(status().isNotFound());
		mvc.perform(as("official", "/tasks/departments/nope")).andExpect(status().isNotFound());
		mvc.perform(as("official", "/tasks/plans/HZ-14FYP").param("asOf", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("yesterday")));
	}

	@Test
	void thePlansScorecardSummarisesItsTasks() throws Exception {
		mvc.perform(as("official", "/").param("plan", "HZ-14FYP"))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='task-summary']").exists())
			.andExpect(content().string(containsString("本规划共 75 项重点任务，其中 72 项待明确责任单位。")))
			.andExpect(xpath("//a[@id='task-summary-link']/@href").string("/tasks/plans/HZ-14FYP"));
		mvc.perform(as("official", "/").param("plan", "BJ-CCI-2018").param("lang", "en"))
			.andExpect(content().string(containsString("This plan has 30 key tasks; 30 still need responsible units.")));
	}

	@Test
	void theSummaryStandsAsOfTheScorecardsPeriod() throws Exception {
		// the 14th plan's tasks are due at the end of 2025: none is overdue at the end of 2023, all are today
		mvc.perform(as("official", "/").param("plan", "HZ-14FYP").param("asOf", "2023"))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='task-summary-OVERDUE']").string("0"));
		mvc.perform(as("official", "/").param("plan", "HZ-14FYP").param("asOf", "2026"))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='task-summary-OVERDUE']").string("75"));
	}

}
