package org.culturetargets.portal.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.Unit;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The Flyway reference data: areas with their official codes, groups, plans and every target with a source. */
@PortalTest
class ReferenceDataTest {

	@Autowired
	PlanCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	/** One list of units: the schema's check allows exactly the enum's, and each is named in both languages. */
	@Test
	void theUnitsAreOneListNamedInBothLanguages() throws Exception {
		String check = jdbc.sql("""
				select pg_get_constraintdef(c.oid) from pg_constraint c
				 where c.conrelid = 'plans.indicator'::regclass and c.contype = 'c'
				   and pg_get_constraintdef(c.oid) like '%unit%'
				""").query(String.class).single();
		List<String> allowed = Pattern.compile("'([^']+)'").matcher(check).results().map(m -> m.group(1)).toList();
		assertThat(allowed).containsExactlyInAnyOrderElementsOf(Unit.symbols());
		for (Unit unit : Unit.values()) {
			assertThat(messages.getMessage(unit.messageKey(), null, Locale.SIMPLIFIED_CHINESE)).isEqualTo(unit.symbol());
			assertThat(messages.getMessage(unit.messageKey(), null, Locale.ENGLISH)).as(unit.symbol())
				.matches("[ -~]+");
		}
		mvc.perform(get("/admin/indicators/new").param("lang", "en").with(httpBasic("admin", "demo")))
			.andExpect(content().string(containsString(">100 million yuan<")))
			.andExpect(content().string(containsString(">selections<")))
			.andExpect(content().string(not(containsString(">亿元<"))));
	}

	@Test
	void hangzhouAndItsThirteenDistrictsHaveTheirDivisionCodes() {
		Map<String, ScopeView> scopes = catalog.scopes().stream()
			.collect(Collectors.toMap(ScopeView::code, Function.identity()));
		assertThat(scopes.get("330100").nameZh()).isEqualTo("杭州市");
		assertThat(scopes.values().stream().filter(s -> s.kind() == ScopeKind.DISTRICT).map(ScopeView::code))
			.containsExactlyInAnyOrder("330102", "330105", "330106", "330108", "330109", "330110", "330111",
					"330112", "330113", "330114", "330122", "330127", "330182");
		assertThat(scopes.get("330106").nameZh()).isEqualTo("西湖区");
		assertThat(scopes.get("330106").parentCode()).isEqualTo("330100");
	}

	@Test
	void groupsCoverBothBeltsFiveCorridorsEightClustersAndTheWesternDistricts() {
		List<ScopeView> scopes = catalog.scopes();
		assertThat(scopes).filteredOn(s -> s.kind() == ScopeKind.BELT).extracting(ScopeView::code)
			.containsExactlyInAnyOrder("belt-zhijiang", "belt-canal");
		assertThat(scopes).filteredOn(s -> s.kind() == ScopeKind.CORRIDOR).hasSize(5);
		assertThat(scopes).filteredOn(s -> s.kind() == ScopeKind.CLUSTER).hasSize(8);
		assertThat(scopes).extracting(ScopeView::code).contains("western-districts");
	}

	@Test
	void theFivePlansOfTheSeedsExist() {
		assertThat(catalog.plans()).extracting(PlanView::code)
			.containsExactlyInAnyOrder("HZ-14FYP", "HZ-ICCC-2025", "MCT-DIGITAL-2025", "BJ-CCI-2018", "HZ-NEW3-2026");
	}

	@Test
	void theFourteenthPlansIndicatorTableIsLoadedInOrderWithBaselinesAndTargets() {
		List<TargetView> city = catalog.targets("HZ-14FYP", "330100")
			.stream()
			.filter(t -> t.targetYear() == 2025 && t.baselineValue() != null && t.baselineYear() == 2020)
			.toList();
		assertThat(city.subList(0, 8)).extracting(TargetView::indicatorCode)
			.containsExactly("added_value", "total_output", "digital_revenue_share", "parks_platforms",
					"listed_leading_enterprises", "cultural_talents", "employment", "export_bases");
		assertThat(city.get(0).baselineValue()).isEqualByComparingTo("2285");
		assertThat(city.get(0).targetValue()).isEqualByComparingTo("3000");
		assertThat(city.get(2).comparator()).isEqualTo(Comparator.GT);
		assertThat(city.get(2).targetValue()).isEqualByComparingTo(new BigDecimal("65"));
		assertThat(city.get(7).targetValue()).isEqualByComparingTo("80");
	}

	@Test
	void textTargetsOfTheFourteenthPlanAreThereToo() {
		List<TargetView> targets = catalog.targets("HZ-14FYP", null);
		assertThat(targets).anySatisfy(t -> {
			assertThat(t.indicatorCode()).isEqualTo("added_value_gdp_share");
			assertThat(t.targetValue()).isEqualByComparingTo("16");
		});
		assertThat(targets).filteredOn(t -> t.indicatorCode().equals("total_output") && t.scopeCode().startsWith("belt-"))
			.hasSize(2)
			.allSatisfy(t -> assertThat(t.targetValue()).isEqualByComparingTo("5000"));
		assertThat(targets).filteredOn(t -> t.kind() == TargetKind.MAINTAIN)
			.hasSize(2)
			.allSatisfy(t -> assertThat(t.targetValue()).isEqualByComparingTo("90"));
	}

	@Test
	void everyTargetCitesItsDocument() {
		catalog.plans().forEach(plan -> assertThat(catalog.targets(plan.code(), null))
			.as(plan.code())
			.isNotEmpty()
			.allSatisfy(t -> assertThat(t.source()).startsWith("seed 00")));
	}

	@Test
	void theMinistrysTwentyFiveTwoHundred() {
		assertThat(catalog.targets("MCT-DIGITAL-2025", "100000")).extracting(TargetView::targetValue)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("20"), new BigDecimal("5"), new BigDecimal("200"));
	}

}
