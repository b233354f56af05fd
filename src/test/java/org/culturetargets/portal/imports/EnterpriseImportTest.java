package org.culturetargets.portal.imports;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.newCreditCode;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The enterprise registry through the import API (SPEC §9 {@code enterprises}): created, updated by credit code
 * with the old values kept, unchanged on a second import, and refused with the registry editor's reasons.
 */
@PortalTest
class EnterpriseImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Map<String, Object> enterprise(String creditCode) {
		return jdbc.sql("""
				select e.name, e.area_code, e.industry_class, e.above_size, e.digital, e.listed, e.stock_code,
				       e.leading_enterprise, e.headquarters, e.export_key, p.name_zh as park, e.version, e.updated_by,
				       e.synthetic
				from registry.enterprise e left join registry.park p on p.id = e.park_id where e.credit_code = ?
				""").param(creditCode).query().listOfRows().stream().findFirst().orElse(null);
	}

	private String newPark(String area) {
		String name = "导入测试园区 " + newCreditCode();
		jdbc.sql("insert into registry.park (name_zh, area_code, type, source) values (?, ?, 'PARK', 'test')")
			.params(name, area).update();
		return name;
	}

	private static long importId(String body) {
		return Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}

	@Test
	void aDryRunChangesNothingTheCommitCreatesAndTheSameFileAgainChangesNothing() throws Exception {
		String a = newCreditCode();
		String b = newCreditCode();
		byte[] file = csv("""
				credit_code,name,area,industry_class,above_size,digital,listed,stock_code,leading,headquarters,export_key,park
				%s,导入企业甲,330106,0133,Y,,Y,600001,Y,N,N,
				%s,导入企业乙,330108,0110,N,Y,N,,,,,
				""".formatted(a, b));

		mvc.perform(upload("enterprises", true, "enterprises.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(enterprise(a)).isNull();

		String body = mvc.perform(upload("enterprises", false, "enterprises.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(2))
			.andExpect(jsonPath("$.created").value(2))
			.andReturn().getResponse().getContentAsString();
		assertThat(enterprise(a)).containsEntry("name", "导入企业甲").containsEntry("area_code", "330106")
			.containsEntry("industry_class", "0133").containsEntry("digital", null).containsEntry("listed", true)
			.containsEntry("stock_code", "600001").containsEntry("leading_enterprise", true)
			.containsEntry("updated_by", "import #" + importId(body)).containsEntry("synthetic", false);
		assertThat(enterprise(b)).containsEntry("digital", true).containsEntry("listed", false)
			.containsEntry("leading_enterprise", false).containsEntry("export_key", false);

		String again = mvc.perform(upload("enterprises", false, "enterprises.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(2))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("select count(*) from imports.change where import_id = ?").param(importId(again))
			.query(Long.class).single()).isZero();
		assertThat(enterprise(a)).containsEntry("version", 0);
	}

	@Test
	void aChangedCellUpdatesTheEnterpriseAndKeepsWhatItWas() throws Exception {
		String a = newCreditCode();
		String header = "credit_code,name,area,industry_class,above_size\n";
		mvc.perform(upload("enterprises", false, "v1.csv", csv(header + a + ",旧名称企业,330106,0110,N\n")))
			.andExpect(status().isOk());
		String body = mvc.perform(upload("enterprises", false, "v2.csv", csv(header + a + ",新名称企业,330106,0110,Y\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("""
				select subject || ': ' || (before->>'name') || '/' || (before->>'above_size') || ' -> '
				       || (after->>'name') || '/' || (after->>'above_size')
				from imports.change where import_id = ?""").param(importId(body)).query(String.class).single())
			.isEqualTo(a + " 新名称企业: 旧名称企业/false -> 新名称企业/true");
		assertThat(enterprise(a)).containsEntry("name", "新名称企业").containsEntry("above_size", true)
			.containsEntry("version", 1);
	}

	@Test
	void chineseHeadersDistrictNamesClassNamesParksByNameAndYesNoAreRead() throws Exception {
		String a = newCreditCode();
		String park = newPark("330106");
		byte[] file = csv("""
				统一社会信用代码,企业名称,所属地区,行业小类代码,是否规上,是否数字文化,是否上市,股票代码,是否龙头,是否总部,是否出口重点,所属园区
				%s,中文表头企业,西湖区,广播电视集成播控,是,否,否,,是,是,否,%s
				""".formatted(a, park));
		mvc.perform(upload("enterprises", false, "企业名录.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(1));
		assertThat(enterprise(a)).containsEntry("area_code", "330106").containsEntry("industry_class", "0133")
			.containsEntry("above_size", true).containsEntry("digital", false).containsEntry("leading_enterprise", true)
			.containsEntry("headquarters", true).containsEntry("park", park);
	}

	@Test
	void everyBreachOfTheRegistrysRulesIsListedAndNothingIsApplied() throws Exception {
		String[] codes = { newCreditCode(), newCreditCode(), newCreditCode(), newCreditCode(), newCreditCode(),
				newCreditCode() };
		String elsewhere = newPark("330108");
		byte[] file = csv("""
				统一社会信用代码,企业名称,所属地区*,industry_class,above_size,listed,stock_code,park
				%1$s,甲,330106,9999,Y,N,,
				%2$s,乙,330106,0133,Y,N,,没有这个园区
				%3$s,丙,330106,0133,Y,N,,%7$s
				%4$s,丁,330106,0133,Y,Y,,
				%5$s,戊,330106,0133,Y,N,600002,
				%6$s,己,330100,0133,Y,N,,
				%1$s,甲又一行,330106,0133,Y,N,,
				""".formatted(codes[0], codes[1], codes[2], codes[3], codes[4], codes[5], elsewhere));
		mvc.perform(upload("enterprises", false, "bad.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows").value(7))
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("industry_class"))
			.andExpect(jsonPath("$.problems[0].value").value("9999"))
			.andExpect(jsonPath("$.problems[0].message")
				.value("not a known class of the 2018 culture industry classification (code or Chinese name)"))
			.andExpect(jsonPath("$.problems[1].row").value(3))
			.andExpect(jsonPath("$.problems[1].column").value("park"))
			.andExpect(jsonPath("$.problems[1].value").value("没有这个园区"))
			.andExpect(jsonPath("$.problems[1].message").value("no park of this name in the registry; import the parks first"))
			.andExpect(jsonPath("$.problems[2].row").value(4))
			.andExpect(jsonPath("$.problems[2].value").value(elsewhere))
			.andExpect(jsonPath("$.problems[2].message").value("the park lies in 330108, not in the enterprise's area"))
			.andExpect(jsonPath("$.problems[3].row").value(5))
			.andExpect(jsonPath("$.problems[3].column").value("stock_code"))
			.andExpect(jsonPath("$.problems[3].value").value(""))
			.andExpect(jsonPath("$.problems[3].message").value("a listed enterprise needs its stock code"))
			.andExpect(jsonPath("$.problems[4].row").value(6))
			.andExpect(jsonPath("$.problems[4].value").value("600002"))
			.andExpect(jsonPath("$.problems[4].message")
				.value("an unlisted enterprise has no stock code; if it is listed, set listed to Y"))
			.andExpect(jsonPath("$.problems[5].row").value(7))
			.andExpect(jsonPath("$.problems[5].column").value("所属地区*"))
			.andExpect(jsonPath("$.problems[5].value").value("330100"))
			.andExpect(jsonPath("$.problems[5].message").value("must be a district or county, not the whole city or a larger area"))
			.andExpect(jsonPath("$.problems[6].row").value(8))
			.andExpect(jsonPath("$.problems[6].column").value("统一社会信用代码"))
			.andExpect(jsonPath("$.problems[6].value").value(codes[0]))
			.andExpect(jsonPath("$.problems[6].message").value("same as row 2"))
			.andExpect(jsonPath("$.problems", hasSize(7)));
		for (String code : codes) {
			assertThat(enterprise(code)).isNull();
		}
	}

}
