package org.culturetargets.portal.imports;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.newEnterprise;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enterprises' quarterly figures through the import API: the dry run changes nothing, the commit applies every row,
 * the same file again changes nothing, and messy cells are read as a statistician wrote them.
 */
@PortalTest
class EnterpriseFigureImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long figures(String creditCode) {
		return jdbc.sql("""
				select count(*) from registry.enterprise_figure f join registry.enterprise e on e.id = f.enterprise_id
				where e.credit_code = ?""").param(creditCode).query(Long.class).single();
	}

	@Test
	void aDryRunChangesNothingAndTheCommitAppliesEveryRowOnce() throws Exception {
		String a = newEnterprise(jdbc);
		String b = newEnterprise(jdbc);
		byte[] file = csv("""
				credit_code,period,revenue,employees
				%s,2025Q1,1200.50,30
				%s,2025Q2,2500,31
				%s,2025Q1,800,
				""".formatted(a, a, b));

		mvc.perform(upload("enterprise-figures", true, "figures.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("enterprise-figures"))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.accepted").value(3))
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(figures(a) + figures(b)).isZero();

		mvc.perform(upload("enterprise-figures", false, "figures.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(3))
			.andExpect(jsonPath("$.created").value(3));
		assertThat(figures(a)).isEqualTo(2);
		assertThat(figures(b)).isEqualTo(1);

		String again = mvc.perform(upload("enterprise-figures", false, "figures.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(3))
			.andReturn().getResponse().getContentAsString();
		long importId = Long.parseLong(again.replaceAll(".*\"importId\":(\\d+).*", "$1"));
		assertThat(jdbc.sql("select count(*) from imports.change where import_id = ?").param(importId)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aChangedValueIsUpdatedAndItsOldValueKept() throws Exception {
		String a = newEnterprise(jdbc);
		mvc.perform(upload("enterprise-figures", false, "q1.csv", csv("credit_code,period,revenue\n" + a + ",2025Q1,100\n")))
			.andExpect(status().isOk());
		String body = mvc.perform(upload("enterprise-figures", false, "q1-fixed.csv",
				csv("credit_code,period,revenue\n" + a + ",2025Q1,150\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(1))
			.andReturn().getResponse().getContentAsString();
		long importId = Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
		assertThat(jdbc.sql("select before->>'revenue' || ' -> ' || (after->>'revenue') from imports.change where import_id = ?")
			.param(importId).query(String.class).single()).isEqualTo("100.00 -> 150.00");
		assertThat(jdbc.sql("""
				select f.revenue from registry.enterprise_figure f join registry.enterprise e on e.id = f.enterprise_id
				where e.credit_code = ? and f.period = '2025Q1'""").param(a).query(String.class).single())
			.isEqualTo("150.00");
	}

	@Test
	void messyCellsAreReadAsWritten() throws Exception {
		String a = newEnterprise(jdbc);
		byte[] file = csv("""
				杭州市文化企业季度数据,,,
				,,,
				统一社会信用代码,期别,营业收入（万元，本年累计）,从业人员（人）
				%s ,2025年第1季度,"１，２３４.５",３０
				%s,2025年二季度,"12,345",
				,,,
				,,,
				""".formatted(a.toLowerCase(), a));
		mvc.perform(upload("enterprise-figures", false, "季度数据.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.committed").value(2));
		assertThat(Importing.figuresOf(jdbc, a))
			.isEqualTo("2025Q1=1234.50/30 2025Q2=12345.00/-");
	}

	@Test
	void everyProblemIsListedWithItsRowColumnAndValueAndNothingIsApplied() throws Exception {
		String a = newEnterprise(jdbc);
		String unknown = Importing.newCreditCode();
		String wrongCheck = a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0');
		byte[] file = csv("""
				统一社会信用代码,期别,营业收入,从业人员
				%s,2025Q1,100,10
				%s,2025Q5,abc,-3
				%s,2025Q1,100,10
				%s,2025Q2,,
				%s,2025Q3,1.234,10.5
				%s,2025Q1,100,10
				""".formatted(a, a, unknown, wrongCheck, a, a));
		mvc.perform(upload("enterprise-figures", false, "bad.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows").value(6))
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("期别"))
			.andExpect(jsonPath("$.problems[0].value").value("2025Q5"))
			.andExpect(jsonPath("$.problems[0].message").value("must be a quarter, e.g. 2025Q3 or 2025年第3季度"))
			.andExpect(jsonPath("$.problems[1].column").value("营业收入"))
			.andExpect(jsonPath("$.problems[1].message").value("not a number"))
			.andExpect(jsonPath("$.problems[2].column").value("从业人员"))
			.andExpect(jsonPath("$.problems[2].value").value("-3"))
			.andExpect(jsonPath("$.problems[2].message").value("must be between 0 and 10000000"))
			.andExpect(jsonPath("$.problems[3].row").value(4))
			.andExpect(jsonPath("$.problems[3].message").value("no enterprise with this credit code in the registry; import the enterprises first"))
			.andExpect(jsonPath("$.problems[4].row").value(5))
			.andExpect(jsonPath("$.problems[4].value").value(wrongCheck))
			.andExpect(jsonPath("$.problems[5].row").value(5))
			.andExpect(jsonPath("$.problems[5].message").value("required, but empty"))
			.andExpect(jsonPath("$.problems[6].row").value(6))
			.andExpect(jsonPath("$.problems[6].message").value("more than 2 decimal places"))
			.andExpect(jsonPath("$.problems[7].column").value("从业人员"))
			.andExpect(jsonPath("$.problems[7].message").value("must be a whole number"))
			.andExpect(jsonPath("$.problems[8].row").value(7))
			.andExpect(jsonPath("$.problems[8].message").value("same as row 2"))
			.andExpect(jsonPath("$.problems", hasSize(9)));
		assertThat(figures(a)).isZero();
	}

	@Test
	void controlCharactersAndNumbersBeyondTheColumnAreProblemsOfTheirCells() throws Exception {
		// C0 controls make a CSV file binary (refused whole); C1 controls are text to the reader
		String a = newEnterprise(jdbc);
		byte[] file = csv("""
				credit_code,period,revenue,employees
				%s,2025Q1,1\u00850,10
				%s,2025Q2,1234567890123456789012345678901234567890,10
				%s,2025Q3,100000000000000000000,10
				%s,2025Q4,100,1\u009b
				""".formatted(a, a, a, a));
		mvc.perform(upload("enterprise-figures", false, "hostile.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("revenue"))
			.andExpect(jsonPath("$.problems[0].value").value("1\ufffd0"))
			.andExpect(jsonPath("$.problems[0].message")
				.value("contains characters that cannot be saved (control characters or broken characters)"))
			.andExpect(jsonPath("$.problems[1].row").value(3))
			.andExpect(jsonPath("$.problems[1].message").value("more than 30 significant digits"))
			.andExpect(jsonPath("$.problems[2].row").value(4))
			.andExpect(jsonPath("$.problems[2].message").value("above the limit of 9999999999999999.99"))
			.andExpect(jsonPath("$.problems[3].row").value(5))
			.andExpect(jsonPath("$.problems[3].column").value("employees"))
			.andExpect(jsonPath("$.problems", hasSize(4)));
		assertThat(figures(a)).isZero();
	}

}
