package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.registry.domain.RegistryQueries;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The enterprise lists of a scope and quarter read by the index on (period, revenue) with their counts and totals
 * from the figures' sums (issue 16): the same rows in the same order as one query over every enterprise of the scope
 * gives, page by page by offset and by keyset, and the same total behind a derived figure.
 */
@PortalTest
class ListsBySumsTest {

	@Autowired
	Registry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "330100", "330106", "belt-zhijiang" })
	void pagesByOffsetAndByKeysetListWhatOneQueryOverTheScopeLists(String scope) {
		String period = latest();
		List<Long> expected = jdbc.sql(RegistryQueries.SCOPED_ENTERPRISES + """
				select e.id from registry.enterprise e
				  left join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = :period
				 where e.id in (select id from scoped)
				 order by f.revenue desc nulls last, e.name, e.id
				""").param("scopes", new String[] { scope }).param("period", period).query(Long.class).list();
		assertThat(expected).hasSizeGreaterThan(20);
		RegistryFilter filter = filter(scope, null, period);

		List<Long> byOffset = new ArrayList<>();
		List<Long> byKeyset = new ArrayList<>();
		Long after = null;
		for (int page = 0; page * 7 < expected.size(); page++) {
			RegistryPage<EnterpriseView> offsetPage = registry.enterprises(filter, page, 7);
			RegistryPage<EnterpriseView> keysetPage = registry.enterprises(filter, page, 7, after);
			assertThat(offsetPage.totalRows()).isEqualTo(expected.size());
			assertThat(keysetPage.totalRows()).isEqualTo(expected.size());
			offsetPage.rows().forEach(e -> byOffset.add(e.id()));
			keysetPage.rows().forEach(e -> byKeyset.add(e.id()));
			after = keysetPage.rows().get(keysetPage.rows().size() - 1).id();
		}
		assertThat(byOffset).isEqualTo(expected);
		assertThat(byKeyset).isEqualTo(expected);
	}

	@Test
	void theListBehindADerivedFigureHasItsRowsAndTotal() {
		String period = latest();
		List<Long> expected = jdbc.sql(RegistryQueries.SCOPED_ENTERPRISES + """
				select e.id from registry.enterprise e
				  join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = :period
				 where e.id in (select id from scoped) and e.above_size
				 order by f.revenue desc, e.name, e.id
				""").param("scopes", new String[] { "330106" }).param("period", period).query(Long.class).list();
		BigDecimal total = jdbc.sql("""
				select sum(f.revenue) / 10000 from registry.enterprise_figure f
				  join registry.enterprise e on e.id = f.enterprise_id
				 where f.period = ? and e.area_code = '330106' and e.above_size""").param(period)
			.query(BigDecimal.class).single();

		RegistryPage<EnterpriseView> page = registry.enterprises(filter("330106", "above_size_revenue", period), 0, 200);

		assertThat(page.totalRows()).isEqualTo(expected.size());
		assertThat(page.total()).isEqualByComparingTo(total);
		assertThat(page.rows().stream().map(EnterpriseView::id).toList()).isEqualTo(expected.subList(0,
				Math.min(200, expected.size())));
	}

	@Test
	void thePagesNextLinkCarriesTheLastEnterpriseAndLeadsToTheNextPage() throws Exception {
		String html = mvc.perform(get("/registry/enterprises").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String next = html.replaceAll("(?s).*<a[^>]*href=\"([^\"]*)\"[^>]*rel=\"next\".*", "$1").replace("&amp;", "&");
		assertThat(next).contains("page=1").contains("after=");
		String second = mvc.perform(get(next).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String byOffset = mvc.perform(get("/registry/enterprises").param("scope", "330100").param("page", "1")
			.with(httpBasic("official", "demo"))).andReturn().getResponse().getContentAsString();
		assertThat(rows(second)).isNotEmpty().isEqualTo(rows(byOffset));
	}

	private static String rows(String html) {
		return html.replaceAll("(?s).*?(<tbody>.*?</tbody>).*", "$1");
	}

	private String latest() {
		return jdbc.sql("select max(period) from registry.enterprise_figure").query(String.class).single();
	}

	private static RegistryFilter filter(String scope, String indicator, String period) {
		return new RegistryFilter(null, scope, indicator, period, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

}
