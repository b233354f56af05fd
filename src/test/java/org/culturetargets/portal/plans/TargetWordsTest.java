package org.culturetargets.portal.plans;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * One rule for the words of the targets (docs/methodology.md, "Words of the targets"): every target of the seeds
 * records its word, and its comparator is the one the documented table gives that word.
 */
@PortalTest
class TargetWordsTest {

	private static final Pattern ROW = Pattern.compile("^\\|[^|]+\\| `([A-Z_]+)` \\| `([<>=]+)` \\|");

	@Autowired
	PlanCatalog catalog;

	@Autowired
	MockMvc mvc;

	/** The word → comparator table as docs/methodology.md documents it. */
	private static Map<TargetWord, Comparator> documentedRule() throws IOException {
		Map<TargetWord, Comparator> rule = new EnumMap<>(TargetWord.class);
		for (String line : Files.readAllLines(Path.of("docs/methodology.md"))) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				rule.put(TargetWord.valueOf(row.group(1)), Comparator.ofSymbol(row.group(2)));
			}
		}
		return rule;
	}

	@Test
	void theDocumentedRuleNamesEveryWordAndTheCodeFollowsIt() throws IOException {
		Map<TargetWord, Comparator> rule = documentedRule();
		assertThat(rule).containsOnlyKeys(TargetWord.values());
		for (TargetWord word : TargetWord.values()) {
			assertThat(word.comparator()).as(word.name()).isEqualTo(rule.get(word));
		}
	}

	@Test
	void everyTargetsComparatorIsTheOneItsWordMeans() throws IOException {
		Map<TargetWord, Comparator> rule = documentedRule();
		List<TargetView> judged = catalog.plans().stream()
			.flatMap(p -> catalog.scopes().stream().flatMap(s -> catalog.targets(p.code(), s.code()).stream()))
			.filter(t -> t.kind() != TargetKind.MONITOR && t.source() != null && t.source().startsWith("seed "))
			.distinct()
			.toList();
		assertThat(judged).hasSizeGreaterThanOrEqualTo(34);
		for (TargetView t : judged) {
			String which = t.planCode() + " " + t.indicatorCode() + " " + t.scopeCode() + " " + t.targetYear();
			assertThat(t.word()).as(which + ": its word").isNotNull();
			assertThat(t.comparator()).as(which + " (" + t.word() + ")").isEqualTo(rule.get(t.word()));
		}
	}

	@Test
	void bothBreakthroughsOfTheFourteenthPlanAreAtLeastAndTheDoublingCarriesItsBase() {
		List<TargetView> output = catalog.targets("HZ-14FYP", "330100").stream()
			.filter(t -> t.indicatorCode().equals("total_output")).toList();
		assertThat(output).extracting(TargetView::word).containsOnly(TargetWord.BREAK_THROUGH);
		assertThat(output).extracting(TargetView::comparator).containsOnly(Comparator.GE);
		TargetView doubling = catalog.targets("HZ-14FYP", "330100").stream()
			.filter(t -> t.indicatorCode().equals("added_value") && t.targetYear() == 2035).findFirst().orElseThrow();
		assertThat(doubling.word()).isEqualTo(TargetWord.DOUBLE);
		assertThat(doubling.targetValue()).isEqualByComparingTo(doubling.baselineValue().multiply(BigDecimal.valueOf(2)));
		assertThat(doubling.assumptionZh()).contains("2020", "2285", "2025");
		assertThat(doubling.assumptionEn()).contains("2020", "2025").doesNotContainPattern("\\p{IsHan}");
		assertThat(Objects.requireNonNull(doubling.wording())).contains("翻一番");
	}

	@Test
	void theIndicatorPageShowsTheWordTheWordingAndTheAssumptionInThePagesLanguage() throws Exception {
		mvc.perform(get("/indicators/added_value").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(xpath("//span[@class='target-word' and contains(., '翻一番（≥')]").exists())
			.andExpect(xpath("//q[@class='target-wording' and contains(., '实现翻一番')]").exists())
			.andExpect(content().string(allOf(containsString("2 × 2285 = 4570"),
					not(containsString("The added value of the city")))));
		mvc.perform(get("/indicators/added_value").param("scope", "330100").param("lang", "en")
			.with(httpBasic("official", "demo")))
			.andExpect(xpath("//span[@class='target-word' and contains(., 'double (≥ twice the base)')]").exists())
			.andExpect(content().string(allOf(containsString("could also be read from 2025"),
					containsString("The added value of the city"), not(containsString("实现翻一番")))));
	}

}
