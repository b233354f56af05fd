package org.culturetargets.portal.audit.web;

import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.support.Downloads.csv;
import static org.culturetargets.portal.support.Downloads.xlsx;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The audit log downloads with the page's filters, newest first, for those who may read it; capped, and saying so.
 * Entries are added inside each test's transaction, which rolls back (the log itself refuses updates and deletes).
 */
@PortalTest
@Transactional
class AuditExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private void entries(String actor, int count) {
		jdbc.sql("""
				insert into audit.change (actor, occurred_at, subject, action, old_value, new_value, reason)
				select ?, timestamp with time zone '2026-03-01 10:00:00+08' + n * interval '1 second', 'export test ' || n,
				       'updated', '=old ' || n, '@new ' || n, '+reason'
				  from generate_series(1, ?) n
				""").params(actor, count).update();
	}

	@Test
	void aPersonsWordsInTheSubjectFilterFindTheEntriesStoredByCode() throws Exception {
		jdbc.sql("""
				insert into audit.change (actor, occurred_at, subject, action)
				values ('words-tester', now(), 'report 330106/2026Q3 r1', 'submitted'),
				       ('words-tester', now(), 'report 330105/2026Q3 r1', 'submitted'),
				       ('words-tester', now(), 'indicator added_value', 'updated')
				""").update();
		mvc.perform(get("/audit").param("actor", "words-tester").param("subject", "西湖区")
				.with(httpBasic("admin", "demo")))
			.andExpect(xpath("count(//tr[@class='audit-entry'])").number(1.0));
		mvc.perform(get("/audit").param("actor", "words-tester").param("subject", "xihu")
				.with(httpBasic("admin", "demo")))
			.andExpect(xpath("count(//tr[@class='audit-entry'])").number(1.0));
		mvc.perform(get("/audit").param("actor", "words-tester").param("subject", "文化产业增加值")
				.with(httpBasic("admin", "demo")))
			.andExpect(xpath("count(//tr[@class='audit-entry'])").number(1.0));
		mvc.perform(get("/audit").param("actor", "words-tester").param("subject", "330105")
				.with(httpBasic("admin", "demo")))
			.andExpect(xpath("count(//tr[@class='audit-entry'])").number(1.0));
		assertThat(csv(mvc, get("/audit").param("format", "csv").param("actor", "words-tester")
			.param("subject", "西湖区").with(httpBasic("admin", "demo")))).hasSize(1 + 1);
	}

	@Test
	void theLogAsCsvHasThePageFiltersAndEveryMatchingEntryNewestFirst() throws Exception {
		entries("export-tester", 3);
		entries("someone-else", 2);
		List<List<String>> records = csv(mvc, get("/audit").param("format", "csv").param("actor", "export-tester")
			.with(httpBasic("admin", "demo")));
		assertThat(records.get(0)).containsExactly("时间", "操作人", "对象", "操作", "原值", "新值", "原因");
		mvc.perform(get("/audit").param("actor", "export-tester").with(httpBasic("admin", "demo")))
			.andExpect(xpath("count(//tr[@class='audit-entry'])").number(3.0));
		assertThat(records).hasSize(1 + 3);
		assertThat(records.get(1)).containsExactly("2026-03-01 10:00:03", "export-tester", "export test 3", "修改",
				"'=old 3", "'@new 3", "'+reason");
		assertThat(records.get(3).get(2)).isEqualTo("export test 1");
	}

	@Test
	void theLogAsExcelHasTimesAsTimesNeutralisesFormulasAndHonoursTheDateFilter() throws Exception {
		entries("export-tester", 2);
		List<Row> rows = xlsx(mvc, get("/audit").param("format", "xlsx").param("lang", "en")
			.param("actor", "export-tester").param("from", "2026-03-01").param("to", "2026-03-01")
			.with(httpBasic("reviewer", "demo")));
		assertThat(rows.get(0).getCellText(0)).isEqualTo("When");
		assertThat(rows).hasSize(1 + 2);
		assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.NUMBER);
		assertThat(rows.get(1).getCell(0).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
		assertThat(rows.get(1).getCell(0).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 0, 2));
		assertThat(rows.get(1).getCellText(4)).isEqualTo("'=old 2");
		assertThat(rows.get(1).getCellText(5)).isEqualTo("'@new 2");
		assertThat(xlsx(mvc, get("/audit").param("format", "xlsx").param("actor", "export-tester")
			.param("from", "2026-03-02").with(httpBasic("reviewer", "demo")))).hasSize(1);
	}

	@Test
	void aDownloadBeyondTheCapSaysSoInItsLastRow() throws Exception {
		entries("cap-tester", AuditController.DOWNLOAD_LIMIT + 5);
		List<List<String>> records = csv(mvc, get("/audit").param("format", "csv").param("actor", "cap-tester")
			.with(httpBasic("admin", "demo")));
		assertThat(records).hasSize(1 + AuditController.DOWNLOAD_LIMIT + 1);
		assertThat(records.get(1).get(2)).isEqualTo("export test " + (AuditController.DOWNLOAD_LIMIT + 5));
		assertThat(records.get(records.size() - 1).get(0)).isEqualTo("仅列出最新的 10,000 条；请缩小筛选范围后再下载其余记录。");
	}

	@Test
	void onlyAdministratorsAndReviewersMayDownloadIt() throws Exception {
		for (String user : List.of("official", "district-330106")) {
			mvc.perform(get("/audit").param("format", "csv").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden())
				.andExpect(header().doesNotExist("Content-Disposition"))
				.andExpect(xpath("//main").string(containsString("审计日志仅限管理员和审核人员查看")));
		}
	}

	@Test
	void thePageLinksToTheDownloadWithItsFilters() throws Exception {
		mvc.perform(get("/audit").param("actor", "admin").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//a[@id='download-xlsx']/@href").string(startsWith("/audit?actor=admin&")))
			.andExpect(xpath("//a[@id='download-xlsx']/@href").string(endsWith("&format=xlsx")));
	}

}
