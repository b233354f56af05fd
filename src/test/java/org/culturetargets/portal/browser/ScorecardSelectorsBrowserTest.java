package org.culturetargets.portal.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard's selectors (issue 13): changing the plan brings that plan's scopes and as-of periods, the scope
 * selected is the one shown and named in the heading; printed, the scorecard has no selectors or buttons.
 */
@PortalTest
class ScorecardSelectorsBrowserTest {

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
	void changingThePlanBringsItsScopesAndPeriods() throws Exception {
		logIn();
		browser.get(url("/?plan=HZ-14FYP&scope=belt-zhijiang&asOf=2023&lang=zh"));
		assertThat(selected("scope")).isEqualTo("belt-zhijiang");
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("十四五", "之江文化产业带");

		Browser.selectAndWaitForSwap(browser, "plan", "HZ-ICCC-2025", "scorecard-form");
		// the Action Plan sets no target for the belt: its home scope, the city, and its own periods
		assertThat(selected("scope")).isEqualTo("330100");
		assertThat(options("scope")).doesNotContain("belt-zhijiang");
		assertThat(options("asOf")).doesNotContain("2021").contains("2023");
		assertThat(selected("asOf")).isEqualTo("2023");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("#scorecard-form button[type=submit]")));
		assertThat(browser.getCurrentUrl()).contains("plan=HZ-ICCC-2025", "scope=330100");
		assertThat(selected("scope")).isEqualTo("330100");
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("行动计划", "杭州市");
		assertThat(browser.findElements(By.cssSelector("#scorecard tr[data-indicator]"))).hasSizeGreaterThanOrEqualTo(9);
		assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".status-total")).getAttribute("data-count")))
			.isGreaterThanOrEqualTo(9);

		// back to the 14th plan: the city is one of its scopes too, and is kept
		Browser.selectAndWaitForSwap(browser, "plan", "HZ-14FYP", "scorecard-form");
		assertThat(selected("scope")).isEqualTo("330100");
		assertThat(options("scope")).contains("belt-zhijiang");
		assertThat(options("asOf")).contains("2021");

		// a scope the plan sets no target for, asked for by its address: still the one selected and named
		browser.get(url("/?plan=HZ-ICCC-2025&scope=belt-zhijiang"));
		assertThat(selected("scope")).isEqualTo("belt-zhijiang");
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("之江文化产业带");

		browser.get(url("/?plan=HZ-14FYP&scope=belt-zhijiang&lang=en"));
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("Zhijiang Cultural Industry Belt");
		browser.get(url("/?lang=zh"));
	}

	@Test
	void aPrintedScorecardHasNoSelectorsOrButtons() throws Exception {
		logIn();
		browser.get(url("/?plan=HZ-14FYP&asOf=2023"));
		assertThat(browser.findElement(By.id("scorecard-form")).isDisplayed()).isTrue();
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(browser.findElement(By.cssSelector("nav.navbar")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.id("scorecard-form")).isDisplayed()).isFalse();
			for (WebElement button : browser.findElements(By.cssSelector("main .btn, main button, main select"))) {
				assertThat(button.isDisplayed()).as(button.getText()).isFalse();
			}
			assertThat(browser.findElement(By.id("scorecard")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("十四五", "杭州市");
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	private String selected(String id) {
		return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
	}

	private List<String> options(String id) {
		return new Select(browser.findElement(By.id(id))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
	}

	private void logIn() {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("official");
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
