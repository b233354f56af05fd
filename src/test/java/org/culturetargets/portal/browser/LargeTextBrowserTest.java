package org.culturetargets.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The large-text mode (大字版) on a 1366 px wide screen: switched on in the top bar, remembered for the session,
 * text at least one and a half times as large on every main page, no page wider than the window, every item of
 * the top bar still on screen, and still no WCAG 2.1 AA violation.
 */
@PortalTest
class LargeTextBrowserTest {

	static final List<String> PAGES = List.of("/", "/indicators/added_value?scope=330100", "/areas", "/areas/330106",
			"/groups/western-districts", "/reports/completeness", "/reports/review", "/registry/enterprises",
			"/registry/parks", "/registry/projects", "/plans/HZ-14FYP/final-report");

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
		browser.manage().window().setSize(new Dimension(1366, 900));
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** The Chinese pages in this browser and the English ones in a second at the same time, a core for each. */
	@Test
	void largeTextIsHalfAsLargeAgainWithoutScrollingSideways() throws Exception {
		logIn(browser, "official");
		browser.get(url("/"));
		double normal = fontSize(browser, "main");
		ChromeDriver english = Browser.start();
		try {
			CompletableFuture<List<String>> inEnglish = CompletableFuture.supplyAsync(() -> {
				logIn(english, "official");
				english.get(url("/"));
				Browser.clickAndWaitForPage(english, english.findElement(By.id("text-size-switch")));
				return problems(english, "en", normal);
			});
			assertThat(browser.findElement(By.id("text-size-switch")).getText()).isEqualTo("大字版");

			Browser.clickAndWaitForPage(browser, browser.findElement(By.id("text-size-switch")));
			assertThat(browser.findElement(By.id("text-size-switch")).getText()).isEqualTo("标准字号");
			Browser.screenshot(browser, "large-text");

			List<String> problems = new ArrayList<>(problems(browser, "zh", normal));
			problems.addAll(inEnglish.join());
			assertThat(problems).isEmpty();
		}
		finally {
			english.quit();
		}

		browser.get(url("/indicators/added_value?scope=330100&lang=zh"));
		Browser.screenshot(browser, "large-text-indicator");
		browser.get(url("/?textSize=normal"));
		assertThat(fontSize(browser, "main")).isEqualTo(normal);
	}

	/** On each main page in the language, with large text switched on: what is too small, too wide or off screen. */
	private List<String> problems(ChromeDriver browser, String language, double normal) {
		List<String> problems = new ArrayList<>();
		for (String page : PAGES) {
			// no textSize parameter: the session remembers the mode
			String address = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
			browser.get(url(address));
			double size = fontSize(browser, "main");
			if (size < 1.5 * normal) {
				problems.add(address + ": text " + size + "px, not 1.5 × " + normal + "px");
			}
			long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
			long window = (Long) browser.executeScript("return document.documentElement.clientWidth");
			if (width > window) {
				problems.add(address + ": " + width + "px wide in a " + window + "px window");
			}
			Axe.violations(browser).forEach(v -> problems.add(address + ": " + v));
			for (WebElement item : browser.findElements(By.cssSelector("nav .nav-link, nav .navbar-brand"))) {
				if (!item.isDisplayed() || item.getRect().getX() + item.getRect().getWidth() > window) {
					problems.add(address + ": top bar item " + item.getText() + " off screen");
				}
			}
		}
		return problems;
	}

	private static double fontSize(ChromeDriver browser, String selector) {
		String size = (String) browser.executeScript("return getComputedStyle(document.querySelector(arguments[0])).fontSize",
				selector);
		return Double.parseDouble(size.replace("px", ""));
	}

	private void logIn(ChromeDriver browser, String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
