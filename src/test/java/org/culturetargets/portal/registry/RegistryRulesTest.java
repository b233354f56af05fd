package org.culturetargets.portal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.culturetargets.portal.registry.InvalidEntry.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's rules for an entry on its own, as plain Java: what forms, the API and imports all apply. */
class RegistryRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 11, 5);

	private static ProjectCmd project(ProjectStatus status, LocalDate startedOn, LocalDate completedOn,
			BigDecimal planned) {
		return new ProjectCmd("滨江数字文化产业园二期", "330108", ProjectCategory.KEY, planned, null, status, null,
				startedOn, completedOn, List.of(), null, null);
	}

	private static List<String> fieldsAndKeys(List<Problem> problems) {
		return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
	}

	@Test
	void aProjectsDatesAgreeWithItsStatus() {
		LocalDate started = LocalDate.of(2024, 3, 1);
		assertThat(ProjectRules.problems(project(ProjectStatus.PLANNED, null, null, BigDecimal.TEN), TODAY)).isEmpty();
		assertThat(ProjectRules.problems(project(ProjectStatus.STARTED, started, null, null), TODAY)).isEmpty();
		assertThat(fieldsAndKeys(ProjectRules.problems(project(ProjectStatus.COMPLETED, started, null, null), TODAY)))
			.containsExactly("completedOn registry.invalid.completedOn.missing");
		assertThat(fieldsAndKeys(ProjectRules.problems(project(ProjectStatus.PLANNED, started, started, null), TODAY)))
			.containsExactly("startedOn registry.invalid.startedOn.planned",
					"completedOn registry.invalid.completedOn.notCompleted");
		assertThat(fieldsAndKeys(ProjectRules.problems(
				project(ProjectStatus.COMPLETED, started, started.minusDays(1), null), TODAY)))
			.containsExactly("completedOn registry.invalid.completedOn.beforeStart");
		assertThat(fieldsAndKeys(ProjectRules.problems(
				project(ProjectStatus.STARTED, TODAY.plusDays(1), null, null), TODAY)))
			.containsExactly("startedOn registry.invalid.future");
	}

	@Test
	void aProjectNeedsItsNameCategoryAndStatusAndInvestmentThatFitsItsColumn() {
		ProjectCmd empty = new ProjectCmd(" ", null, null, null, null, null, null, null, null, null, null, null);
		assertThat(fieldsAndKeys(ProjectRules.problems(empty, TODAY))).containsExactly("name registry.invalid.required",
				"category registry.invalid.required", "status registry.invalid.required");
		assertThat(ProjectRules.problems(project(ProjectStatus.PLANNED, null, null, ProjectRules.MAX_INVESTMENT), TODAY))
			.isEmpty();
		assertThat(fieldsAndKeys(ProjectRules.problems(
				project(ProjectStatus.PLANNED, null, null, ProjectRules.MAX_INVESTMENT.add(new BigDecimal("0.01"))),
				TODAY)))
			.containsExactly("plannedInvestment registry.invalid.investment.digits");
		assertThat(fieldsAndKeys(ProjectRules.problems(project(ProjectStatus.PLANNED, null, null, new BigDecimal("1.005")),
				TODAY)))
			.containsExactly("plannedInvestment registry.invalid.investment.digits");
		assertThat(fieldsAndKeys(ProjectRules.problems(project(ProjectStatus.PLANNED, null, null, BigDecimal.ONE.negate()),
				TODAY)))
			.containsExactly("plannedInvestment registry.invalid.negative");
	}

	@Test
	void aParkIsRecognisedBetween1949AndThisYear() {
		ParkCmd park = new ParkCmd("白马湖文创园", null, null, null, ParkType.PARK, false, 1949, List.of(), "认定文件", null,
				null);
		assertThat(ParkRules.problems(park, TODAY)).isEmpty();
		ParkCmd late = new ParkCmd("白马湖文创园", "x".repeat(201), null, null, null, false, 2026, List.of(), "", null, null);
		assertThat(fieldsAndKeys(ParkRules.problems(late, TODAY))).containsExactly("nameEn registry.invalid.tooLong",
				"type registry.invalid.required", "recognisedYear registry.invalid.recognisedYear",
				"source registry.invalid.required");
	}

	@Test
	void anEnterpriseHasAValidCodeAndAStockCodeExactlyWhenListed() {
		String first17 = "91330108" + "800000099";
		String code = first17 + CreditCode.checkCharacter(first17);
		EnterpriseCmd listed = new EnterpriseCmd(" " + code.toLowerCase() + " ", "华数文化", "330108", null, "0241", true,
				null, true, "000156", false, false, false, null, null);
		assertThat(EnterpriseRules.problems(listed)).isEmpty();
		EnterpriseCmd wrong = new EnterpriseCmd(code.substring(0, 17) + "0", "华数文化", "330108", null, "0241", true,
				null, true, " ", false, false, false, null, null);
		assertThat(fieldsAndKeys(EnterpriseRules.problems(wrong))).containsExactly(
				"creditCode registry.invalid.creditCode", "stockCode registry.invalid.stockCode");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025", "2025Q4", "2025Q5", "Q3" })
	void figuresAreForAnEndedQuarter(String period) {
		EnterpriseFigureCmd figures = new EnterpriseFigureCmd(period, BigDecimal.TEN, 3, null);
		assertThat(EnterpriseFigureRules.problems(figures, TODAY)).extracting(Problem::field).containsExactly("period");
		assertThat(EnterpriseFigureRules.problems(new EnterpriseFigureCmd("2025Q3", BigDecimal.TEN, 3, null), TODAY))
			.isEmpty();
	}

	@Test
	void revenueIsRequiredNotNegativeAndFitsItsColumnExactly() {
		assertThat(fieldsAndKeys(EnterpriseFigureRules.problems(new EnterpriseFigureCmd("2025Q3", null, -1, null), TODAY)))
			.containsExactly("revenue registry.invalid.required", "employees registry.invalid.negative");
		assertThat(EnterpriseFigureRules.problems(
				new EnterpriseFigureCmd("2025Q3", EnterpriseFigureRules.MAX_REVENUE, null, null), TODAY))
			.isEmpty();
		assertThat(fieldsAndKeys(EnterpriseFigureRules.problems(
				new EnterpriseFigureCmd("2025Q3", new BigDecimal("1E16"), null, null), TODAY)))
			.containsExactly("revenue registry.invalid.revenue.tooLarge");
		assertThat(fieldsAndKeys(EnterpriseFigureRules.problems(
				new EnterpriseFigureCmd("2025Q3", new BigDecimal("0.001"), null, null), TODAY)))
			.containsExactly("revenue registry.invalid.revenue.decimals");
	}

	@Test
	void everyChoiceIsNamedInBothLanguages() throws IOException {
		List<String> keys = Stream.of(Arrays.stream(ProjectCategory.values()).map(ProjectCategory::messageKey),
				Arrays.stream(ProjectStatus.values()).map(ProjectStatus::messageKey),
				Arrays.stream(ParkLevel.values()).map(ParkLevel::messageKey),
				Arrays.stream(ParkType.values()).map(ParkType::messageKey))
			.flatMap(s -> s)
			.toList();
		for (String bundle : List.of("messages/registry.properties", "messages/registry_en.properties")) {
			assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RegistryRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
