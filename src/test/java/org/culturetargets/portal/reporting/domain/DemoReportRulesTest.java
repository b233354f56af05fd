package org.culturetargets.portal.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode's reports (issue 14): every district has the last two years of quarterly reports, labelled demo, and
 * each validation rule fires on them somewhere, in the district and quarter the demo data means it to, and not for
 * most. The findings are the ones the report page and the review show: the rules run on the stored reports.
 */
@PortalTest
@TestPropertySource(properties = "portal.reporting.demo-reports=true")
class DemoReportRulesTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportRepository reports;

	@Autowired
	ReportService service;

	@Autowired
	QualityChecks quality;

	@Autowired
	ReportingCalendar calendar;

	@Test
	void everyDistrictHasTheLastTwoYearsOfDemoReports() {
		Period current = calendar.currentQuarter();
		List<Period> history = new DemoFigures(current).history();
		Map<String, Long> quarters = new TreeMap<>();
		jdbc.sql("""
				select s.code, count(distinct r.period) from plans.scope s
				  left join reporting.report r on r.area_code = s.code and r.demo and r.period = any(?)
				 where s.kind = 'DISTRICT' group by s.code""")
			.param(history.stream().map(Period::toString).toArray(String[]::new))
			.query((rs, row) -> quarters.put(rs.getString(1), rs.getLong(2)))
			.list();
		assertThat(quarters).hasSize(13).allSatisfy((area, count) -> assertThat(count).as(area).isEqualTo(8L));
		assertThat(jdbc.sql("select count(*) from reporting.report where not demo").query(Long.class).single())
			.as("reports not labelled demo").isZero();
		assertThat(jdbc.sql("select count(*) from reporting.report where narrative not like ?")
			.param(DemoReports.LABEL + "%").query(Long.class).single()).as("reports without the label").isZero();
	}

	@Test
	void eachRuleFiresOnTheDemoReportsWhereMeantAndNotForMost() {
		Period current = calendar.currentQuarter();
		DemoFigures demo = new DemoFigures(current);
		List<Report> all = new ArrayList<>();
		for (String area : DemoFigures.districts()) {
			for (Period p : new TreeSet<>(jdbc.sql("select period from reporting.report where area_code = ? and demo")
				.param(area).query(String.class).list().stream().map(Period::parse).toList())) {
				all.add(reports.find(area, p, null).orElseThrow());
			}
		}
		Map<String, List<String>> firedAt = new TreeMap<>();
		quality.check(all, service.reportedIndicators()).forEach((report, findings) -> findings.stream()
			.map(Finding::rule)
			.distinct()
			.forEach(rule -> firedAt.computeIfAbsent(rule, r -> new ArrayList<>())
				.add(report.areaCode() + "/" + report.period())));
		assertThat(firedAt.get(RuleSetting.YTD_DECLINE)).contains(at(demo, DemoFigures.Anomaly.CORRECTED_SECOND_QUARTER));
		assertThat(firedAt.get(RuleSetting.RATIO_PARTS)).contains(at(demo, DemoFigures.Anomaly.SWAPPED_FIELDS));
		assertThat(firedAt.get(RuleSetting.YEAR_ON_YEAR)).contains(at(demo, DemoFigures.Anomaly.ONE_OFF_CONTRACT));
		assertThat(firedAt.get(RuleSetting.OWN_HISTORY)).contains(at(demo, DemoFigures.Anomaly.EVENT_STAFF));
		// 余杭 holds more than half the city's cultural added value: far from every other district, every quarter
		assertThat(firedAt.get(RuleSetting.DISTRICT_OUTLIER)).contains("330110/" + current);
		assertThat(firedAt).containsOnlyKeys(RuleSetting.YTD_DECLINE, RuleSetting.RATIO_PARTS, RuleSetting.YEAR_ON_YEAR,
				RuleSetting.DISTRICT_OUTLIER, RuleSetting.OWN_HISTORY);
		firedAt.forEach((rule, at) -> assertThat(at).as(rule + " fires on most district quarters")
			.hasSizeLessThan(all.size() / 5));
	}

	private static String at(DemoFigures demo, DemoFigures.Anomaly anomaly) {
		return anomaly.area + "/" + demo.quarterOf(anomaly);
	}

}
