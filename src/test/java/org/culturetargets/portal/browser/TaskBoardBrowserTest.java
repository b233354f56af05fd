package org.culturetargets.portal.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An official reads a plan's task board on a laptop (1366 px) and a phone (390 px), in Chinese and in English. */
@PortalTest
class TaskBoardBrowserTest {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theBoardReadsOnALaptopAndAPhoneInBothLanguages() throws Exception {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("official");
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));

		// from the scorecard's summary to the board of the Action Plan, as of mid-2025: everything behind its cycle
		browser.get("http://localhost:" + port + "/?plan=HZ-ICCC-2025");
		// followed by its address: below the fold, a click may land on the page still scrolling
		browser.get(browser.findElement(By.id("task-summary-link")).getAttribute("href"));
		assertThat(browser.findElement(By.id("board-title")).getText()).contains("2023—2025");
		browser.get("http://localhost:" + port + "/tasks/plans/HZ-14FYP?asOf=2025-09-01");
		new Select(browser.findElement(By.id("filter-kind"))).selectByValue("RECURRING");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("#task-filter button[type=submit]")));
		List<WebElement> rows = browser.findElements(By.cssSelector("#tasks tbody tr"));
		assertThat(rows).isNotEmpty().hasSizeLessThan(75);
		browser.get("http://localhost:" + port + "/tasks/plans/HZ-14FYP?asOf=2025-09-01");
		assertThat(browser.findElement(By.id("board-title")).getText()).contains("十四五");
		assertThat(browser.findElement(By.id("count-total")).getText()).isEqualTo("75");
		assertThat(rows(browser).get(0).getText()).contains("未启动");
		Browser.screenshot(browser, "task-board");

		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("language-switch")));
		assertThat(browser.findElement(By.id("board-title")).getText()).startsWith("Plan: Hangzhou Cultural Industry");
		assertThat(rows(browser).get(0).getText()).contains("Not started").doesNotContainPattern("\\p{IsHan}");
		Browser.screenshot(browser, "task-board-en");

		browser.manage().window().setSize(new Dimension(390, 844));
		assertThat(fitsTheWidth()).as("no sideways scrolling at 390 px").isTrue();
		WebElement first = rows(browser).get(0);
		assertThat(first.findElement(By.cssSelector(".task-status")).isDisplayed()).isTrue();
		assertThat(first.findElement(By.cssSelector("td:nth-child(3)")).isDisplayed()).as("units column folded").isFalse();
		Browser.screenshot(browser, "task-board-phone-en");

		// the shared navigation bar runs past a phone's width: its language switch is followed by its address
		browser.get(browser.findElement(By.id("language-switch")).getAttribute("href"));
		assertThat(fitsTheWidth()).isTrue();
		assertThat(rows(browser).get(0).getText()).contains("未启动");
		Browser.screenshot(browser, "task-board-phone");

		browser.get(rows(browser).get(0).findElement(By.cssSelector("a")).getAttribute("href"));
		assertThat(browser.findElement(By.id("task-why-text")).getText()).contains("截止日期 2025-12-31");
		assertThat(fitsTheWidth()).isTrue();

		List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.toList();
		assertThat(errors).isEmpty();
	}

	private static List<WebElement> rows(ChromeDriver browser) {
		return browser.findElements(By.cssSelector("#tasks tbody tr"));
	}

	/**
	 * Whether the page's own content fits a phone's width without sideways scrolling (the shared navigation bar
	 * above it is the layout's, not this page's).
	 */
	private boolean fitsTheWidth() {
		Object widths = browser.executeScript("""
				const main = document.querySelector('main');
				return window.innerWidth + ' ' + main.scrollWidth + ' ' + main.clientWidth;""");
		String[] w = String.valueOf(widths).split(" ");
		assertThat(Integer.parseInt(w[0])).as("window width").isLessThanOrEqualTo(400);
		return Integer.parseInt(w[1]) <= Integer.parseInt(w[2]);
	}

}
