package org.culturetargets.portal.browser;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The portal without a mouse: only Tab, Enter and typing, never a click. A district signs in, fills in and submits
 * its quarterly report; an official walks the district tile map.
 */
@PortalTest
class KeyboardBrowserTest {

	/** A district no other browser test reports for, so this test's report disturbs none of theirs. */
	static final String AREA = "330122";

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
	}

	/** Other test classes share the database: the report this test wrote goes again. */
	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
		String reports = "select id from reporting.report where area_code = ? and period = ? and not demo";
		jdbc.sql("delete from reporting.report_value where report_id in (" + reports + ")")
			.params(AREA, calendar.currentQuarter().toString())
			.update();
		jdbc.sql("delete from reporting.report where id in (" + reports + ")")
			.params(AREA, calendar.currentQuarter().toString())
			.update();
	}

	@Test
	void aDistrictSignsInFillsInAndSubmitsItsReportByKeyboardOnly() {
		browser.get(url("/login"));
		tabTo(id("username"));
		type("district-" + AREA);
		tabTo(id("password"));
		assertThat(outline(focused())).as("a visible focus ring on a form field").isNotEqualTo("none");
		type("demo");
		Browser.pressAndWaitForPage(browser, Keys.ENTER);
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");

		press(Keys.TAB);
		WebElement skip = focused();
		assertThat(skip.getDomAttribute("class")).as("the first stop of Tab").contains("skip-link");
		assertThat(skip.isDisplayed()).as("the skip link shows when it has the focus").isTrue();
		assertThat(outline(skip)).as("a visible focus ring").isNotEqualTo("none");
		press(Keys.ENTER);
		assertThat(focused().getDomAttribute("id")).isEqualTo("main-content");
		// after the skip, Tab goes on in the page's content, not in the top bar
		press(Keys.TAB);
		assertThat(focused().findElements(By.xpath("ancestor::nav"))).isEmpty();

		tabTo(id("nav-report"));
		Browser.pressAndWaitForPage(browser, Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("/reports/" + AREA + "/" + calendar.currentQuarter());

		Map<String, String> values = Map.of("added_value", "120.4", "total_output", "430", "gdp", "690",
				"employment", "1.2", "cultural_talents", "3");
		List<String> codes = browser.findElements(By.cssSelector("tr[data-indicator]")).stream()
			.map(row -> row.getAttribute("data-indicator"))
			.filter(values::containsKey)
			.toList();
		assertThat(codes).isNotEmpty();
		for (String code : codes) {
			tabTo(id("value-" + code));
			replaceText(values.get(code));
			tabTo(id("note-" + code));
			replaceText("已与统计部门核对");
		}
		tabTo(id("narrative"));
		replaceText("前三季度稳步增长。");
		tabTo(id("submit"));
		Browser.pressAndWaitForPage(browser, Keys.ENTER);

		assertThat(browser.findElement(By.id("report-status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
		assertThat(browser.findElement(By.id("value-" + codes.get(0))).getAttribute("value"))
			.isEqualTo(values.get(codes.get(0)));
	}

	@Test
	void theTileMapIsWalkedAndOpenedByKeyboardAndTheChartsNameTheirTables() {
		browser.get(url("/login"));
		tabTo(id("username"));
		type("official");
		tabTo(id("password"));
		type("demo");
		Browser.pressAndWaitForPage(browser, Keys.ENTER);
		browser.get(url("/indicators/added_value?scope=330100"));
		// each chart names the table that says the same in text
		for (String chart : List.of("indicator-chart", "comparison-chart")) {
			String table = browser.findElement(By.id(chart)).getDomAttribute("aria-describedby");
			assertThat(browser.findElement(By.id(table)).getTagName()).as(chart).isEqualTo("table");
		}

		tabTo(e -> e.getDomAttribute("data-code") != null);
		WebElement tile = focused();
		String code = tile.getDomAttribute("data-code");
		String name = tile.findElement(By.cssSelector("text.tile-name")).getText();
		String value = tile.findElement(By.cssSelector("text.tile-value")).getText();
		assertThat(tile.getDomAttribute("aria-label")).as("what a screen reader reads out").contains(name, value);
		Browser.pressAndWaitForPage(browser, Keys.ENTER);
		assertThat(browser.getCurrentUrl()).contains(code);
	}

	private static Predicate<WebElement> id(String id) {
		return e -> id.equals(e.getDomAttribute("id"));
	}

	/** Presses Tab until the focus is on the element, as a keyboard user would; fails if Tab never gets there. */
	private void tabTo(Predicate<WebElement> wanted) {
		for (int i = 0; i < 400; i++) {
			if (wanted.test(focused())) {
				return;
			}
			press(Keys.TAB);
		}
		fail("Tab never reached the element; the focus is on " + focused().getAttribute("outerHTML"));
	}

	private WebElement focused() {
		return browser.switchTo().activeElement();
	}

	private void press(CharSequence key) {
		new Actions(browser).sendKeys(key).perform();
	}

	private void type(String text) {
		new Actions(browser).sendKeys(text).perform();
	}

	/** Selects what the focused field holds and types over it. */
	private void replaceText(String text) {
		new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
	}

	private String outline(WebElement element) {
		return (String) browser.executeScript("return getComputedStyle(arguments[0]).outlineStyle", element);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
