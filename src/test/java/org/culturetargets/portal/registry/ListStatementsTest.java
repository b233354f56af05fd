package org.culturetargets.portal.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A registry list costs the same few statements for 10 rows as for 200: no query per row (no N+1). */
@PortalTest
@Import(StatementCounting.class)
class ListStatementsTest {

	@Autowired
	MockMvc mvc;

	private long statements(String list, int size) throws Exception {
		return StatementCounting.during(() -> mvc.perform(get("/api/" + list).param("size", String.valueOf(size))
			.param("scope", "330100")
			.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(size)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "enterprises", "parks", "projects" })
	void aPageOfTwoHundredRowsIssuesNoMoreStatementsThanAPageOfTen(String list) throws Exception {
		long ten = statements(list, 10);
		long twoHundred = statements(list, 200);
		assertThat(twoHundred).isEqualTo(ten);
		// signing in, the top bar's unread messages, the list, and what the list needs once (never per row): the
		// enterprises' list by the revenue index reads its rows, those without figures, and its totals from the sums
		assertThat(ten).isBetween(2L, 8L);
	}

}
