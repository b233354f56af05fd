package org.culturetargets.portal.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly cycle in a real browser: 西湖区's staff fill in and submit their report, the reviewer returns it
 * with a comment, the district corrects and resubmits, the reviewer approves, and the district's scorecard, which
 * had no data for the target, now shows a status. On the way, the message centre and the validation rules are
 * photographed for the user guide.
 */
@PortalTest
class ReportingBrowserTest {

	static final String AREA = "330106";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	ChromeDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
		// a district target on a district-reported indicator, so that the district's scorecard has a line to change
		jdbc.sql("""
				insert into plans.target (plan_code, indicator_code, scope_code, kind, comparator, baseline_value,
				    baseline_year, target_value, target_year, source, set_by)
				values ('HZ-14FYP', 'employment', ?, 'LEVEL', '>=', 2, 2020, 4, 2030, 'browser test', 'test')
				on conflict do nothing
				""").param(AREA).update();
	}

	/** Other test classes share the database and read 西湖区's figures: leave them as they were. */
	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
		jdbc.sql("delete from figures.indicator_value where scope_code = ? and starts_with(source, 'report ')").param(AREA).update();
		jdbc.sql("delete from plans.target where source = 'browser test'").update();
	}

	@Test
	void aDistrictReportsTheReviewerReturnsThenApprovesAndTheScorecardChanges() throws Exception {
		// the report is of the current quarter, after the 14th plan's final year at which its scorecard opens
		String scorecard = base() + "/?plan=HZ-14FYP&scope=" + AREA + "&asOf=" + calendar.currentQuarter();
		logIn("district-" + AREA);
		browser.get(scorecard);
		assertThat(employmentStatus()).isEqualTo("NO_DATA");

		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("nav-report")));
		assertThat(browser.getCurrentUrl()).endsWith("/reports/" + AREA + "/" + calendar.currentQuarter());
		fill(Map.of("added_value", "420.6", "total_output", "1580", "gdp", "2650", "employment", "3.1",
				"cultural_talents", "9"));
		browser.findElement(By.id("narrative")).sendKeys("前三季度数字文化企业营收较快增长。");
		press(By.id("save"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("已保存草稿");
		assertThat(browser.findElement(By.id("value-employment")).getAttribute("value")).isEqualTo("3.1");
		Browser.screenshot(browser, "report-form");
		// other test classes report this quarter too: the district explains whatever the soft rules flag
		explain(List.of("added_value", "total_output", "gdp", "employment", "cultural_talents"));
		press(By.id("submit"));
		assertThat(status()).isEqualTo("SUBMITTED");
		assertThat(browser.findElement(By.id("read-only")).getText()).contains("已提交");
		logOut();

		logIn("reviewer");
		browser.get(base() + "/reports/review");
		assertThat(browser.findElements(By.cssSelector(".review-report[data-area='" + AREA + "']"))).hasSize(1);
		Browser.screenshot(browser, "review");
		press(By.cssSelector(".review-report[data-area='" + AREA + "'] h2 a"));
		browser.findElement(By.id("comment")).sendKeys("文化人才数请按新口径核实。");
		press(By.id("return"));
		assertThat(status()).isEqualTo("RETURNED");
		logOut();

		logIn("district-" + AREA);
		// the message centre tells the district, with the reviewer's comment
		browser.get(base() + "/notifications");
		assertThat(browser.findElement(By.id("notifications")).getText()).contains("文化人才数请按新口径核实");
		Browser.screenshot(browser, "notifications");
		browser.get(base() + "/reports/" + AREA + "/" + calendar.currentQuarter());
		assertThat(browser.findElement(By.id("review-comment")).getText()).contains("文化人才数请按新口径核实");
		WebElement talents = browser.findElement(By.id("value-cultural_talents"));
		talents.clear();
		talents.sendKeys("11");
		press(By.id("submit"));
		assertThat(status()).isEqualTo("SUBMITTED");
		logOut();

		logIn("reviewer");
		browser.get(base() + "/reports/" + AREA + "/" + calendar.currentQuarter());
		assertThat(browser.findElement(By.id("value-cultural_talents")).getAttribute("value")).isEqualTo("11");
		press(By.id("approve"));
		assertThat(status()).isEqualTo("APPROVED");

		browser.get(scorecard);
		assertThat(employmentStatus()).isNotEqualTo("NO_DATA");
		assertThat(browser.findElement(By.cssSelector("tr[data-indicator=employment]")).getText()).contains("3.1");

		browser.get(base() + "/reports/completeness");
		assertThat(browser.findElement(By.cssSelector("tr[data-area='" + AREA + "']")).getAttribute("data-status"))
			.isEqualTo("APPROVED");
		Browser.screenshot(browser, "completeness");
		logOut();

		logIn("admin");
		browser.get(base() + "/admin/rules");
		assertThat(browser.findElements(By.cssSelector("#rules tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
		Browser.screenshot(browser, "validation-rules");

		List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.toList();
		assertThat(errors).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	/** Clicks a button or link, scrolled into view at once (Bootstrap scrolls smoothly, and a moving button misses the click). */
	private void press(By button) {
		WebElement element = browser.findElement(button);
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		Browser.clickAndWaitForPage(browser, element);
	}

	private void logIn(String user) {
		browser.get(base() + "/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
	}

	private void logOut() {
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("nav form button[type=submit]")));
	}

	private void fill(Map<String, String> values) {
		values.forEach((code, value) -> {
			WebElement input = browser.findElement(By.id("value-" + code));
			input.clear();
			input.sendKeys(value);
		});
	}

	private void explain(List<String> codes) {
		codes.forEach(code -> {
			WebElement note = browser.findElement(By.id("note-" + code));
			note.clear();
			note.sendKeys("已与统计部门核对");
		});
	}

	private String status() {
		return browser.findElement(By.id("report-status")).getAttribute("data-status");
	}

	private String employmentStatus() {
		return browser.findElement(By.cssSelector("tr[data-indicator=employment]")).getAttribute("data-status");
	}

}
