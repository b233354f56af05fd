package org.culturetargets.portal.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official opens the annual assessment from the menu, chooses the 14th plan's 2025, reads a district's detail
 * and goes back; the list fits a phone's 390 px.
 */
@PortalTest
class AssessmentBrowserTest {

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
	void anOfficialReadsTheAssessmentAndAUnitsDetail() throws Exception {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("official");
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));

		// the menu's entry, followed by its address (the bar may be folded)
		browser.get(browser.findElement(By.id("nav-assessment")).getAttribute("href"));
		new Select(browser.findElement(By.id("choose-plan"))).selectByValue("HZ-14FYP");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("#assessment-choose button[type=submit]")));
		assertThat(browser.getCurrentUrl()).endsWith("/assessment/HZ-14FYP/2025");
		assertThat(browser.findElement(By.id("assessment-title")).getText()).contains("2025年度考核");
		List<WebElement> units = browser.findElements(By.cssSelector("#assessment-units tr.assessment-unit"));
		assertThat(units).hasSizeGreaterThan(10);
		assertThat(units.get(0).findElement(By.cssSelector("td")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("rules-defaults")).getText()).contains("默认规则");
		Browser.screenshot(browser, "assessment");

		WebElement xihu = browser.findElement(By.cssSelector("tr[data-unit='area:330106'] a.unit-detail"));
		browser.get(xihu.getAttribute("href"));
		assertThat(browser.findElement(By.id("unit-title")).getText()).contains("西湖区");
		assertThat(browser.findElements(By.cssSelector("tr.counted-task"))).isNotEmpty();
		assertThat(browser.findElement(By.id("unit-score")).getText()).matches("\\d+\\.\\d\\d");
		Browser.screenshot(browser, "assessment-unit");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("assessment-back")));
		assertThat(browser.getCurrentUrl()).endsWith("/assessment/HZ-14FYP/2025");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		assertThat((Boolean) browser.executeScript(
				"return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
		assertThat(browser.findElement(By.cssSelector("tr[data-unit='area:330106'] .unit-score")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "assessment-phone");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
