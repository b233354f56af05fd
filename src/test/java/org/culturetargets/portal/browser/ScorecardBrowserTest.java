package org.culturetargets.portal.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A new user in a real browser: logs in as official/demo, reads the scorecard, switches plan and language. */
@PortalTest
class ScorecardBrowserTest {

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
	void anOfficialLogsInAndReadsTheScorecard() throws Exception {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		Browser.screenshot(browser, "login");
		browser.findElement(By.id("username")).sendKeys("official");
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));

		assertThat(browser.findElement(By.id("plan-title")).getText()).contains("十四五");
		List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-indicator]"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
		WebElement addedValue = browser.findElement(By.cssSelector("tr[data-indicator=added_value]"));
		assertThat(addedValue.findElement(By.cssSelector(".status")).getText()).isNotBlank();
		assertThat(browser.findElement(By.className("demo-banner")).isDisplayed()).isTrue();

		new Select(browser.findElement(By.id("asOf"))).selectByValue("2021");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("#scorecard-form button[type=submit]")));
		// the status in words, after its mark (↗)
		assertThat(browser.findElement(By.cssSelector("tr[data-indicator=added_value] .status")).getText())
			.endsWith("进度正常");

		Browser.selectAndWaitForSwap(browser, "plan", "HZ-ICCC-2025", "scorecard-form");
		new Select(browser.findElement(By.id("asOf"))).selectByValue("");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("#scorecard-form button[type=submit]")));
		assertThat(browser.findElement(By.id("plan-title")).getText()).contains("2023");

		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("language-switch")));
		assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Scorecard");
		assertThat(browser.findElement(By.id("plan-title")).getText()).contains("2023-2025");

		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("tr[data-indicator=added_value] a")));
		assertThat(browser.findElement(By.id("indicator-name")).getText()).contains("added value");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("#indicator-chart canvas")).isEmpty());

		List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.toList();
		assertThat(errors).isEmpty();
	}

}
