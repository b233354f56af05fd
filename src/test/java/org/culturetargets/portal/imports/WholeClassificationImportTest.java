package org.culturetargets.portal.imports;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
 * The whole 《文化及相关产业分类（2018）》 (registry V4_8): its counts, the 16 new-business classes, an enterprise of every
 * one of the 146 classes imported, and a group or division named instead of a class refused with a message saying so.
 */
@PortalTest
class WholeClassificationImportTest {

	/** The 146 classes (小类) of the classification's table, in its order. */
	static final List<String> CLASSES = Arrays.stream("""
			0110 0120 0131 0132 0133 0141 0142 0211 0212 0213 0214 0215 0216 0221 0222 0231 0232 0233 0241 0242
			0243 0244 0245 0251 0252 0253 0254 0255 0261 0262 0263 0264 0265 0266 0267 0268 0269 0271 0272 0311
			0312 0321 0322 0323 0411 0412 0413 0414 0415 0416 0417 0421 0422 0423 0431 0432 0441 0450 0461 0462
			0471 0472 0473 0510 0521 0522 0611 0612 0613 0614 0615 0616 0621 0622 0623 0624 0625 0626 0627 0631
			0632 0711 0712 0713 0714 0715 0721 0722 0723 0724 0725 0726 0730 0740 0751 0752 0753 0754 0755 0756
			0761 0762 0771 0772 0773 0774 0811 0812 0821 0822 0823 0824 0825 0826 0827 0831 0832 0833 0834 0835
			0841 0842 0851 0852 0853 0861 0862 0863 0864 0865 0866 0911 0912 0913 0921 0922 0930 0940 0951 0952
			0953 0954 0955 0956 0957 0958
			""".strip().split("\\s+")).toList();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void nineDivisionsFortyThreeGroupsAndAHundredAndFortySixClassesSixteenOfThemNewBusiness() {
		assertThat(CLASSES).hasSize(146).doesNotHaveDuplicates();
		assertThat(count("select count(*) from registry.culture_division")).isEqualTo(9);
		assertThat(count("select count(*) from registry.culture_division where core")).isEqualTo(6);
		assertThat(count("select count(*) from registry.culture_division where core and code <= '06'")).isEqualTo(6);
		assertThat(count("select count(*) from registry.culture_group")).isEqualTo(43);
		assertThat(jdbc.sql("select code from registry.industry_class order by code").query(String.class).list())
			.containsExactlyElementsOf(CLASSES);
		assertThat(jdbc.sql("select code from registry.industry_class where digital order by code").query(String.class).list())
			.containsExactly("0133", "0141", "0142", "0215", "0233", "0241", "0242", "0243", "0244", "0245", "0311", "0450",
					"0730", "0832", "0953", "0954");
		assertThat(count("""
				select count(*) from registry.culture_group g
				where not exists (select 1 from registry.industry_class c where c.group_code = g.code)""")).isZero();
	}

	@Test
	void anEnterpriseOfEveryClassImportsInADryRunAndInTheCommit() throws Exception {
		String rows = CLASSES.stream()
			.map(code -> "%s,分类测试企业%s,330106,%s,N".formatted(newCreditCode(), code, code))
			.collect(Collectors.joining("\n"));
		byte[] file = csv("credit_code,name,area,industry_class,above_size\n" + rows + "\n");

		mvc.perform(upload("enterprises", true, "classes.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(146))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		mvc.perform(upload("enterprises", false, "classes.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(146));
		assertThat(jdbc.sql("select industry_class from registry.enterprise where name like '分类测试企业%' order by industry_class")
			.query(String.class).list()).containsExactlyElementsOf(CLASSES);
	}

	@Test
	void aGroupOrADivisionInsteadOfAClassIsRefusedSayingWhichItIs() throws Exception {
		byte[] file = csv("""
				credit_code,name,area,industry_class,above_size
				%s,中类企业,330106,024,N
				%s,中类名称企业,330106,数字内容服务,N
				%s,大类企业,330106,09,N
				%s,未知企业,330106,0999,N
				""".formatted(newCreditCode(), newCreditCode(), newCreditCode(), newCreditCode()));
		mvc.perform(upload("enterprises", true, "levels.csv", file).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.problems", hasSize(4)))
			.andExpect(jsonPath("$.problems[0].message").value("024 is a group of the 2018 culture industry classification,"
					+ " not a class: give one of its four-digit classes: 0241, 0242, 0243, 0244, 0245"))
			.andExpect(jsonPath("$.problems[1].message").value("024 is a group of the 2018 culture industry classification,"
					+ " not a class: give one of its four-digit classes: 0241, 0242, 0243, 0244, 0245"))
			.andExpect(jsonPath("$.problems[2].message").value("09 is a division of the 2018 culture industry classification,"
					+ " not a class: give a four-digit class (0911–0958)"))
			.andExpect(jsonPath("$.problems[3].message")
				.value("not a known class of the 2018 culture industry classification (code or Chinese name)"));
		mvc.perform(upload("enterprises", true, "levels.csv", file))
			.andExpect(jsonPath("$.problems[0].message")
				.value("024 是《文化及相关产业分类（2018）》的中类，不是小类；请填写其下的四位小类代码：0241, 0242, 0243, 0244, 0245"));
	}

}
