package org.culturetargets.portal.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.imports.domain.Parsing;
import org.culturetargets.portal.support.Downloads;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.newEnterprise;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The import centre's pages and the files users really send: preview, commit and history on the page; templates,
 * whose Excel example row has numbers and dates as such; a file saved by Excel on Chinese Windows (GB18030); hostile
 * files refused with a clear message; and a commit that fails half-way leaving nothing behind.
 */
@PortalTest
class ImportCentreTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Parsing parsing;

	private long figures(String creditCode) {
		return jdbc.sql("""
				select count(*) from registry.enterprise_figure f join registry.enterprise e on e.id = f.enterprise_id
				where e.credit_code = ?""").param(creditCode).query(Long.class).single();
	}

	private MvcResult uploadOnPage(String kind, String fileName, byte[] content) throws Exception {
		return mvc.perform(multipart("/imports").file(new MockMultipartFile("file", fileName, "text/csv", content))
			.param("kind", kind)
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andReturn();
	}

	@Test
	void onlyAdministratorsReachTheImportCentre() throws Exception {
		mvc.perform(get("/imports").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(xpath("//form[@id='upload']//select[@name='kind']/option").nodeCount(8))
			.andExpect(xpath("//table[@id='templates']//a").nodeCount(32));
		mvc.perform(get("/imports").with(user("official").roles("OFFICIAL"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/imports/values").file(new MockMultipartFile("file", "v.csv", "text/csv", csv("a\n")))
			.with(httpBasic("reviewer", "demo"))).andExpect(status().isForbidden());
	}

	@Test
	void theTemplateHasTheSpecHeadersInEitherLanguageAndReadsBackAsItsOwnKind() throws Exception {
		byte[] english = mvc.perform(get("/imports/templates/enterprises").param("format", "csv").param("headers", "en")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(english, StandardCharsets.UTF_8)).startsWith("\uFEFFcredit_code,name,area,industry_class,"
				+ "above_size,digital,listed,stock_code,leading,headquarters,export_key,park");
		String chinese = mvc.perform(get("/imports/templates/enterprise-figures").param("format", "csv")
				.with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(chinese).contains("统一社会信用代码,期别,营业收入");
		mvc.perform(upload("enterprises", true, "template.csv", english))
			.andExpect(jsonPath("$.problems[?(@.column == 'credit_code')]").isEmpty());
		mvc.perform(get("/imports/templates/enterprises").param("format", "xlsx").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void theExcelTemplateHasNumbersAndDatesAsSuchAndReadsBackAsItsOwnKind() throws Exception {
		MockHttpServletRequestBuilder template = get("/imports/templates/projects").param("format", "xlsx")
			.param("headers", "en")
			.with(user("admin").roles("ADMIN"));
		List<Row> rows = Downloads.xlsx(mvc, template);
		assertThat(rows.get(0).getCellText(3)).isEqualTo("planned_investment");
		assertThat(rows.get(1).getCell(3).getType()).isEqualTo(CellType.NUMBER);
		assertThat(rows.get(1).getCell(3).asNumber()).isEqualByComparingTo("50000");
		assertThat(rows.get(0).getCellText(6)).isEqualTo("planned_start");
		assertThat(rows.get(1).getCell(6).getType()).isEqualTo(CellType.NUMBER);
		assertThat(rows.get(1).getCell(6).asDate()).isEqualTo(LocalDate.of(2025, 3, 1).atStartOfDay());
		byte[] xlsx = mvc.perform(template).andReturn().getResponse().getContentAsByteArray();
		mvc.perform(upload("projects", true, "template.xlsx", xlsx))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(1))
			.andExpect(jsonPath("$.problems").isEmpty());
	}

	@Test
	void previewOnThePageChangesNothingThenCommitAppliesAndTheHistoryShowsWhatChanged() throws Exception {
		String a = newEnterprise(jdbc);
		MvcResult uploaded = uploadOnPage("enterprise-figures", "页面导入.csv",
				csv("credit_code,period,revenue,序号\n" + a + ",2025Q1,10,1\n" + a + ",2025Q2,20,2\n"));
		String location = uploaded.getResponse().getRedirectedUrl();
		assertThat(location).matches("/imports/\\d+");
		assertThat(figures(a)).isZero();

		mvc.perform(get(location).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='count-rows']").string("2"))
			.andExpect(xpath("//*[@id='count-created']").string("2"))
			.andExpect(xpath("//*[@id='commit-button']").exists())
			.andExpect(content().string(containsString("序号")));

		mvc.perform(post(location + "/commit").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("committed", true));
		assertThat(figures(a)).isEqualTo(2);
		mvc.perform(get(location).with(user("admin").roles("ADMIN")))
			.andExpect(xpath("//table[@id='changes']/tbody/tr").nodeCount(2))
			.andExpect(xpath("//*[@id='commit-button']").doesNotExist());
		mvc.perform(get("/imports").with(user("admin").roles("ADMIN")))
			.andExpect(xpath("//table[@id='history']//td[text()='页面导入.csv']").exists());
		assertThat(jdbc.sql("select count(*) from audit.change where subject like ? and action = 'imported'")
			.param("import #" + location.substring(9) + " %").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aFileSavedByExcelOnChineseWindowsIsReadAsGb18030() throws Exception {
		String a = newEnterprise(jdbc);
		byte[] file = csv("""
				统一社会信用代码,期别,营业收入（万元）,从业人员
				%s,2025年第3季度,"１，５００",１２
				""".formatted(a), Charset.forName("GB18030"));
		mvc.perform(upload("enterprise-figures", false, "季度.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(1));
		assertThat(jdbc.sql("""
				select f.revenue || '/' || f.employees from registry.enterprise_figure f
				join registry.enterprise e on e.id = f.enterprise_id where e.credit_code = ? and f.period = '2025Q3'""")
			.param(a).query(String.class).single()).isEqualTo("1500.00/12");
	}

	@Test
	void anExcelWorkbookWithAMergedTitleAndNumericCellsIsReadAsExcelShowsIt() throws Exception {
		String a = newEnterprise(jdbc);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(bytes, "test", "1.0");
		org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("季度数据");
		sheet.value(0, 0, "西湖区文化企业 2025 年季度数据");
		sheet.range(0, 0, 0, 3).merge();
		String[] header = { "统一社会信用代码", "期别", "营业收入（万元）", "从业人员" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(1, c, header[c]);
		}
		sheet.value(2, 0, a);
		sheet.value(2, 1, "2025Q1");
		sheet.value(2, 2, 1234.5);
		sheet.value(2, 3, 18);
		sheet.value(3, 0, a);
		sheet.value(3, 1, "2025Q2");
		sheet.value(3, 2, 0.1 + 0.2);
		workbook.finish();

		mvc.perform(upload("enterprise-figures", false, "季度数据.xlsx", bytes.toByteArray()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.committed").value(2));
		assertThat(Importing.figuresOf(jdbc, a))
			.isEqualTo("2025Q1=1234.50/18 2025Q2=0.30/-");
	}

	@Test
	void hostileFilesAreRefusedWithAClearMessageAndLeaveNothingBehind() throws Exception {
		long before = jdbc.sql("select count(*) from imports.import").query(Long.class).single();
		byte[] binary = new byte[4096];
		new java.util.Random(1).nextBytes(binary);
		byte[] fakeWorkbook = "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1);
		byte[] enormousLine = ("credit_code,period,revenue\n" + "9".repeat(20_000_000)).getBytes(StandardCharsets.US_ASCII);
		Object[][] cases = { { "empty.csv", new byte[0], "空" }, { "random.csv", binary, "" },
				{ "header.csv", csv("credit_code,period,revenue\n"), "没有数据行" },
				{ "fake.xlsx", fakeWorkbook, "" }, { "line.csv", enormousLine, "" },
				{ "other.csv", csv("名称,地址\n甲,乙\n"), "表头" } };
		for (Object[] c : cases) {
			mvc.perform(upload("enterprise-figures", true, (String) c[0], (byte[]) c[1]))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(containsString((String) c[2])))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("Exception"))));
		}
		assertThat(jdbc.sql("select count(*) from imports.import").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void whileEveryPermitToReadIsTakenUploadsAreAnswered503WithRetryAfter() throws Exception {
		CountDownLatch held = new CountDownLatch(2);
		CountDownLatch done = new CountDownLatch(1);
		ExecutorService readers = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 2; i++) {
				readers.submit(() -> parsing.run(() -> {
					held.countDown();
					try {
						return done.await(1, TimeUnit.MINUTES);
					}
					catch (InterruptedException e) {
						throw new IllegalStateException(e);
					}
				}));
			}
			assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
			mvc.perform(upload("values", true, "v.csv", csv("a\n")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "2"))
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.reason").value("imports.busy"))
				.andExpect(jsonPath("$.detail").value(containsString("2 秒后重试")));
			mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "v.csv", "text/csv", csv("a\n")))
				.param("kind", "values")
				.param("lang", "en")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "2"))
				.andExpect(xpath("//*[@id='refusal']").string(containsString("try again in 2 seconds")));
		}
		finally {
			done.countDown();
			readers.shutdown();
		}
		assertThat(readers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		mvc.perform(upload("values", true, "v.csv", csv("a\n"))).andExpect(status().isUnprocessableContent());
	}

	@Test
	void aFileThePageCannotReadIsRefusedOnThePageSayingWhy() throws Exception {
		mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
			.param("kind", "parks")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='refusal']").string(containsString("文件是空的")))
			.andExpect(xpath("//select[@id='kind']/option[@selected]/@value").string("parks"));
		mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "header.csv", "text/csv",
				csv("name,type,source\n")))
			.param("kind", "parks")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()))
			.andExpect(xpath("//*[@id='refusal']").string(containsString("没有数据行")));
	}

	@Test
	void aCommitThatFailsHalfWayLeavesNoRowBehind() throws Exception {
		String a = newEnterprise(jdbc);
		String b = newEnterprise(jdbc);
		// A failure the checks cannot foresee: the database refuses one row in the middle of the merge.
		jdbc.sql("""
				create or replace function registry.refuse_test_row() returns trigger language plpgsql as $$
				begin
				    if new.revenue = 777.77 then raise exception 'disk full (simulated)'; end if;
				    return new;
				end $$""").update();
		jdbc.sql("create trigger refuse_test_row before insert on registry.enterprise_figure for each row "
				+ "execute function registry.refuse_test_row()").update();
		try {
			String location = uploadOnPage("enterprise-figures", "half.csv", csv("credit_code,period,revenue\n"
					+ a + ",2025Q1,1\n" + a + ",2025Q2,777.77\n" + b + ",2025Q1,3\n")).getResponse().getRedirectedUrl();
			mvc.perform(post(location + "/commit").with(user("admin").roles("ADMIN")).with(csrf()))
				.andExpect(flash().attribute("refusal", containsString("提交失败")));
			assertThat(figures(a) + figures(b)).isZero();
			mvc.perform(get(location).with(user("admin").roles("ADMIN")))
				.andExpect(xpath("//*[@id='commit-button']").exists());
		}
		finally {
			jdbc.sql("drop trigger refuse_test_row on registry.enterprise_figure").update();
		}
		assertThat(jdbc.sql("select count(*) from audit.change where new_value like '%777.77%'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFileNameWithControlCharactersOrLongerThanItsColumnOrAFlagNotTrueOrFalseIsRefused() throws Exception {
		long before = jdbc.sql("select count(*) from imports.import").query(Long.class).single();
		mvc.perform(upload("values", true, "v\u0000.csv", csv("indicator,area,period,value\n")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").exists());
		mvc.perform(upload("values", true, "v".repeat(300) + ".csv", csv("indicator,area,period,value\n")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").exists());
		mvc.perform(multipart("/api/imports/values").file(new MockMultipartFile("file", "v.csv", "text/csv", csv("a\n")))
			.param("dryRun", "yes")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from imports.import").query(Long.class).single()).isEqualTo(before);
	}

}
