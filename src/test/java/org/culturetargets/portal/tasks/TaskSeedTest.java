package org.culturetargets.portal.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed: every non-numeric commitment of the five documents is a task citing its section. */
@PortalTest
class TaskSeedTest {

	private static final LocalDate AS_OF = LocalDate.of(2024, 4, 15);

	@Autowired
	TaskBoard board;

	@Autowired
	PlanCatalog catalog;

	@Test
	void eachPlanHasItsCommitments() {
		Map<String, Integer> expected = Map.of("HZ-14FYP", 75, "HZ-ICCC-2025", 41, "MCT-DIGITAL-2025", 16, "BJ-CCI-2018",
				30, "HZ-NEW3-2026", 4);
		expected.forEach((plan, count) -> assertThat(board.ofPlan(plan, AS_OF)).as(plan).hasSize(count));
	}

	@Test
	void theFourteenthPlanCitesItsSectionsInChinese() {
		TaskView revise = task("HZ-14FYP", "6.3-revise-park-rules");
		assertThat(revise.titleZh()).isEqualTo("修订《杭州市文化产业园区、文化创意街区认定管理办法》");
		assertThat(revise.sourceSection()).isEqualTo("六（三）文化平台建设工程");
		assertThat(revise.sourceLanguage()).isEqualTo("zh");
		assertThat(revise.translated(Locale.SIMPLIFIED_CHINESE)).isFalse();
		assertThat(revise.translated(Locale.ENGLISH)).isTrue();
		assertThat(revise.sourceText(Locale.SIMPLIFIED_CHINESE)).startsWith("修订《杭州市文化产业园区");
		assertThat(revise.sourceText(Locale.ENGLISH)).isNull();
		assertThat(revise.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(revise.section(Locale.ENGLISH)).isEqualTo("6 (3) Cultural platform construction project");
		assertThat(revise.section(Locale.SIMPLIFIED_CHINESE)).isEqualTo("六（三）文化平台建设工程");
		assertThat(revise.targetIds()).hasSize(1);
		assertThat(revise.unassigned()).isTrue();

		assertThat(task("HZ-14FYP", "6.6-trade-base").titleZh()).isEqualTo("争创国家对外文化贸易基地");
		assertThat(task("HZ-14FYP", "6.6-trade-base").kind()).isEqualTo(TaskKind.MILESTONE);
		List<String> sixProjects = board.ofPlan("HZ-14FYP", AS_OF)
			.stream()
			.map(TaskView::sourceSection)
			.filter(s -> s.startsWith("六（"))
			.map(s -> s.substring(0, 4))
			.distinct()
			.toList();
		assertThat(sixProjects).containsExactly("六（一）", "六（二）", "六（三）", "六（四）", "六（五）", "六（六）");
	}

	@Test
	void onlyTheUnitsTheDocumentsNameAreAssigned() {
		TaskView coordination = task("HZ-14FYP", "7.1-coordination");
		assertThat(coordination.lead().code()).isEqualTo("hz-cci-steering-committee");
		assertThat(coordination.lead().name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("杭州市文化创意产业指导委员会");
		assertThat(task("HZ-14FYP", "7.4-service-teams").responsible()).hasSize(16);
		assertThat(task("HZ-ICCC-2025", "3.14-westward").responsible()).extracting(UnitRef::code)
			.containsExactly("330111", "330112", "330122", "330127", "330182");
		long assigned = catalog.plans()
			.stream()
			.flatMap(p -> board.ofPlan(p.code(), AS_OF).stream())
			.filter(t -> !t.unassigned())
			.count();
		assertThat(assigned).isEqualTo(5);
	}

	@Test
	void theActionPlanKeepsItsYearStartMidYearYearEndCycle() {
		TaskView centre = task("HZ-ICCC-2025", "1.1-digital-content-centre");
		assertThat(centre.sourceLanguage()).isEqualTo("en");
		assertThat(centre.translated(Locale.SIMPLIFIED_CHINESE)).isTrue();
		assertThat(centre.titleEn()).isEqualTo("Build a global digital content industry center");
		assertThat(centre.sourceSection()).isEqualTo("3、Key tasks (1) 1. Improve the comprehensive level of industrial development");
		assertThat(centre.section(Locale.SIMPLIFIED_CHINESE)).isEqualTo("三、重点任务（一）1. 提升产业发展综合能级");
		assertThat(catalog.plans().stream().flatMap(p -> board.ofPlan(p.code(), AS_OF).stream()))
			.allSatisfy(t -> assertThat(t.sourceSectionTranslation()).as(t.code()).isNotBlank());
		assertThat(centre.annualCycle()).isTrue();
		assertThat(centre.milestones()).extracting(MilestoneView::checkpoint)
			.containsExactly(Checkpoint.MID_YEAR, Checkpoint.YEAR_END, Checkpoint.YEAR_START, Checkpoint.MID_YEAR,
					Checkpoint.YEAR_END, Checkpoint.YEAR_START, Checkpoint.MID_YEAR, Checkpoint.YEAR_END);
		assertThat(centre.milestones().get(0).dueOn()).isEqualTo(LocalDate.of(2023, 7, 31));
		assertThat(centre.milestones().get(2).title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2024年年初定目标");
		// as of mid-April 2024 nothing was reached: the 2023 checkpoints and the 2024 year-start have passed
		assertThat(centre.status()).isEqualTo(TaskStatus.BEHIND);
		assertThat(board.ofPlan("HZ-ICCC-2025", AS_OF).stream().filter(t -> t.titleEn().startsWith("Build a")
				&& t.sourceSection().contains("(1) 1.")).count()).isEqualTo(6);
	}

	@Test
	void beijingsPriorityAreasTheMinistrysGoalsAndTheNewThreeCategories() {
		assertThat(board.ofPlan("BJ-CCI-2018", AS_OF).stream().filter(t -> t.sourceSection().contains("Nine priority areas")))
			.hasSize(9)
			.allSatisfy(t -> assertThat(t.deadline()).isNull());
		assertThat(task("MCT-DIGITAL-2025", "1.3-leading-position").sourceSection())
			.isEqualTo("1. General requirements (3) Development goals");
		assertThat(task("HZ-NEW3-2026", "guidance-fund").deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(task("HZ-NEW3-2026", "guidance-fund").status()).isEqualTo(TaskStatus.NOT_STARTED);
	}

	@Test
	void englishTitlesKeepTheirPossessives() {
		assertThat(task("HZ-14FYP", "7.1-annual-assessment").titleEn())
			.isEqualTo("Put every responsible body's key tasks into the annual work assessment");
		assertThat(task("HZ-14FYP", "7.4-e-diantong").titleEn()).contains("the city's digital service platform");
		List.of("HZ-14FYP", "HZ-ICCC-2025", "MCT-DIGITAL-2025", "BJ-CCI-2018", "HZ-NEW3-2026")
			.forEach(plan -> assertThat(board.ofPlan(plan, AS_OF))
				.extracting(TaskView::titleEn)
				.noneMatch(title -> title.matches(".*\\b(citys|Hangzhous|bodys|Chinas)\\b.*")));
	}

	private TaskView task(String plan, String code) {
		return board.ofPlan(plan, AS_OF).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
	}

}
