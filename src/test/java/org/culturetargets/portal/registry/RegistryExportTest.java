package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.support.Downloads.csv;
import static org.culturetargets.portal.support.Downloads.xlsx;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The registry lists download whole, with the page's filters, as CSV and Excel: the import template's columns,
 * flags as 是/否 or Y/N, numbers as numbers, names that look like formulas neutralised, in one query.
 */
@PortalTest
@Import(StatementCounting.class)
class RegistryExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registry registry;

	private static RegistryFilter listed(String scope) {
		return new RegistryFilter(null, scope, null, null, null, null, null, null, true, null, null, null, null, null,
				null, null, null, null);
	}

	@Test
	void enterprisesAsCsvHaveTheTemplateColumnsInChineseAndEveryMatchingRow() throws Exception {
		Map<String, Object> one = jdbc.sql("""
				select e.credit_code, e.name, e.area_code, e.industry_class, e.stock_code, a.name_zh as area
				  from registry.enterprise e join plans.scope a on a.code = e.area_code
				 where e.listed and e.area_code = '330106' order by e.id limit 1
				""").query().singleRow();
		List<List<String>> records = csv(mvc, get("/registry/enterprises").param("format", "csv").param("scope", "330106")
			.param("listed", "true")
			.with(httpBasic("official", "demo")));
		assertThat(records.get(0)).startsWith("统一社会信用代码", "名称", "地区代码", "行业小类代码", "规模以上", "数字文化",
				"上市", "股票代码", "龙头企业", "总部企业", "文化出口重点企业", "所在园区", "地区", "行业小类");
		// every row, not one page: the count is the list's total
		assertThat(records).hasSize(1 + (int) registry.enterprises(listed("330106"), 0, 1).totalRows());
		assertThat(records.subList(1, records.size())).allSatisfy(r -> {
			assertThat(r.get(6)).isEqualTo("是");
			assertThat(r.get(2)).isEqualTo("330106");
		});
		List<String> row = records.stream().filter(r -> r.get(0).equals(one.get("credit_code"))).findFirst().orElseThrow();
		assertThat(row.get(1)).isEqualTo(one.get("name"));
		assertThat(row.get(3)).isEqualTo(one.get("industry_class"));
		assertThat(row.get(7)).isEqualTo(one.get("stock_code"));
		assertThat(row.get(12)).isEqualTo(one.get("area")).isEqualTo("西湖区");
	}

	@Test
	void enterprisesAsExcelInEnglishHaveNumericFiguresAndYesNoFlags() throws Exception {
		List<Row> rows = xlsx(mvc, get("/registry/enterprises").param("format", "xlsx").param("lang", "en")
			.param("aboveSize", "true")
			.with(httpBasic("official", "demo")));
		assertThat(rows.get(0).getCellText(0)).isEqualTo("credit_code");
		assertThat(rows.get(0).getCellText(11)).isEqualTo("park");
		RegistryFilter aboveSize = new RegistryFilter(null, null, null, null, null, null, true, null, null, null, null,
				null, null, null, null, null, null, null);
		assertThat(rows).hasSize(1 + (int) registry.enterprises(aboveSize, 0, 1).totalRows());
		Row first = rows.get(1);
		assertThat(first.getCellText(4)).isEqualTo("Y");
		assertThat(first.getCellText(6)).isIn("Y", "N");
		assertThat(first.getCell(15).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(16).getType()).isEqualTo(CellType.NUMBER);
		BigDecimal revenue = jdbc.sql("""
				select f.revenue from registry.enterprise e join registry.enterprise_figure f on f.enterprise_id = e.id
				 where e.credit_code = ? and f.period = ?
				""").params(first.getCellText(0), first.getCellText(14)).query(BigDecimal.class).single();
		assertThat(first.getCell(15).asNumber()).isEqualByComparingTo(revenue);
	}

	@Test
	@Transactional
	void namesThatLookLikeFormulasAreNeutralisedInBothFormats() throws Exception {
		String code = jdbc.sql("select credit_code from registry.enterprise order by id limit 1").query(String.class).single();
		jdbc.sql("update registry.enterprise set name = '=HYPERLINK(\"http://x\")' where credit_code = ?").param(code).update();
		jdbc.sql("update registry.park set name_zh = '@SUM(A1)' where id = (select min(id) from registry.park)").update();
		jdbc.sql("update registry.project set name = '-2+3' where id = (select min(id) from registry.project)").update();
		assertThat(csv(mvc, get("/registry/enterprises").param("format", "csv").param("q", code)
			.with(httpBasic("official", "demo"))).get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(xlsx(mvc, get("/registry/enterprises").param("format", "xlsx").param("q", code)
			.with(httpBasic("official", "demo"))).get(1).getCellText(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(csv(mvc, get("/registry/parks").param("format", "csv").param("q", "SUM(A1)")
			.with(httpBasic("official", "demo"))).get(1).get(0)).isEqualTo("'@SUM(A1)");
		assertThat(xlsx(mvc, get("/registry/parks").param("format", "xlsx").param("q", "SUM(A1)")
			.with(httpBasic("official", "demo"))).get(1).getCellText(0)).isEqualTo("'@SUM(A1)");
		assertThat(csv(mvc, get("/registry/projects").param("format", "csv").param("q", "2+3")
			.with(httpBasic("official", "demo"))).get(1).get(0)).isEqualTo("'-2+3");
		assertThat(xlsx(mvc, get("/registry/projects").param("format", "xlsx").param("q", "2+3")
			.with(httpBasic("official", "demo"))).get(1).getCellText(0)).isEqualTo("'-2+3");
	}

	@Test
	void parksDownloadWithTheirFilterAndCount() throws Exception {
		List<Row> rows = xlsx(mvc, get("/registry/parks").param("format", "xlsx").param("keyPlatform", "true")
			.with(httpBasic("official", "demo")));
		RegistryFilter keyPlatforms = new RegistryFilter(null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, true, null, null);
		assertThat(rows.get(0).getCellText(0)).isEqualTo("名称");
		assertThat(rows).hasSize(1 + (int) registry.parks(keyPlatforms, 0, 1).totalRows()).hasSizeGreaterThan(1);
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.getCellText(6)).isEqualTo("是"));
		assertThat(rows.get(1).getCell(9).getType()).isEqualTo(CellType.NUMBER);
	}

	@Test
	void projectsDownloadWithTheirFilterAndCount() throws Exception {
		List<List<String>> records = csv(mvc, get("/registry/projects").param("format", "csv").param("status", "STARTED")
			.param("lang", "en")
			.with(httpBasic("official", "demo")));
		RegistryFilter started = new RegistryFilter(null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, "STARTED");
		assertThat(records.get(0).get(0)).isEqualTo("name");
		assertThat(records).hasSize(1 + (int) registry.projects(started, 0, 1).totalRows()).hasSizeGreaterThan(1);
		assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(4)).isEqualTo("Started"));
	}

	@Test
	void projectsAsExcelHaveDatesAsDatesAndInvestmentsAsNumbers() throws Exception {
		Map<String, Object> one = jdbc.sql("""
				select name, planned_start::text as planned_start, planned_investment from registry.project
				 where planned_start is not null and planned_investment is not null order by id limit 1
				""").query().singleRow();
		String name = (String) one.get("name");
		List<Row> rows = xlsx(mvc, get("/registry/projects").param("format", "xlsx").param("q", name)
			.with(httpBasic("official", "demo")));
		assertThat(rows.get(0).getCellText(5)).isEqualTo("计划开工日期");
		assertThat(rows.get(0).getCellText(8)).isEqualTo("计划投资（万元）");
		Row project = rows.stream().filter(r -> name.equals(r.getCellText(0))).findFirst().orElseThrow();
		assertThat(project.getCell(5).getType()).isEqualTo(CellType.NUMBER);
		assertThat(project.getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(project.getCell(5).asDate().toLocalDate())
			.isEqualTo(LocalDate.parse((String) one.get("planned_start")));
		assertThat(project.getCell(8).getType()).isEqualTo(CellType.NUMBER);
		assertThat(project.getCell(8).asNumber()).isEqualByComparingTo((BigDecimal) one.get("planned_investment"));
	}

	@Test
	void theDrillListDownloadsExactlyTheRowsBehindTheFigure() throws Exception {
		mvc.perform(get("/registry/drill").param("indicator", "above_size_revenue").param("scope", "330106")
			.param("period", "2024").param("format", "csv").with(httpBasic("official", "demo")))
			.andExpect(redirectedUrl("/registry/enterprises?indicator=above_size_revenue&scope=330106&period=2024&format=csv"));
		List<List<String>> records = csv(mvc, get("/registry/enterprises").param("indicator", "above_size_revenue")
			.param("scope", "330106").param("period", "2024").param("format", "csv").with(httpBasic("official", "demo")));
		RegistryPage<EnterpriseView> page = registry.enterprises(new RegistryFilter(null, "330106", "above_size_revenue",
				"2024", null, null, null, null, null, null, null, null, null, null, null, null, null, null), 0, 1);
		assertThat(records).hasSize(1 + (int) page.totalRows());
		BigDecimal sum = records.subList(1, records.size()).stream().map(r -> new BigDecimal(r.get(15)))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// the page shows the total in 亿元, the rows are in 万元
		assertThat(sum.movePointLeft(4)).isEqualByComparingTo(page.total());
	}

	@Test
	void theListPagesOfferTheDownloadWithTheirFilters() throws Exception {
		// the query string as a browser sends it (MockMvc's param() leaves it empty)
		mvc.perform(get("/registry/enterprises?listed=true&page=1").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//a[@id='download-csv']/@href").string("/registry/enterprises?listed=true&format=csv"))
			.andExpect(xpath("//a[@id='download-xlsx']/@href").string("/registry/enterprises?listed=true&format=xlsx"))
			.andExpect(xpath("//a[@id='download-csv']").string(containsString("下载 CSV")));
		for (String list : List.of("parks", "projects")) {
			mvc.perform(get("/registry/" + list).with(httpBasic("official", "demo")))
				.andExpect(xpath("//a[@id='download-xlsx']/@href").string("/registry/" + list + "?format=xlsx"));
		}
	}

	@Test
	void aBadFilterOrFormatIsABadRequestNotABrokenFile() throws Exception {
		mvc.perform(get("/registry/enterprises").param("format", "pdf").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/registry/enterprises").param("format", "csv").param("indicator", "national_parks")
			.with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(header().doesNotExist("Content-Disposition"));
	}

	@Test
	void theWholeEnterpriseListCostsTheSameStatementsAsAFewRows() throws Exception {
		// the catalogue is read once per version of the data: read it before counting
		csv(mvc, get("/registry/enterprises").param("format", "csv").param("scope", "330106").param("listed", "true")
			.with(httpBasic("official", "demo")));
		long few = StatementCounting.during(() -> csv(mvc, get("/registry/enterprises").param("format", "csv")
			.param("scope", "330106").param("listed", "true").with(httpBasic("official", "demo"))));
		int[] rows = { 0 };
		long all = StatementCounting.during(() -> rows[0] = csv(mvc, get("/registry/enterprises").param("format", "csv")
			.with(httpBasic("official", "demo"))).size());
		assertThat(rows[0]).isGreaterThan(1000);
		assertThat(all).isEqualTo(few);
		// signing in, the top bar's unread messages, the list and what it needs once: never per row
		assertThat(few).isBetween(2L, 7L);
	}

	@Test
	void anonymousUsersAreSentToLogIn() throws Exception {
		mvc.perform(get("/registry/enterprises").param("format", "csv")).andExpect(status().is3xxRedirection());
	}

}
