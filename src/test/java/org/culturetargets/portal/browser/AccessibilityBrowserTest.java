package org.culturetargets.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA (GB/T 37668-2019) on the main pages, checked by axe-core in Chromium: for each role, the pages that
 * role sees, in Chinese and in English. The failure lists every violation with its page, rule and element.
 */
@PortalTest
class AccessibilityBrowserTest {

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
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theLoginPageMeetsWcag21AA() {
		List<String> violations = new ArrayList<>(check(browser, List.of("/login"), "zh"));
		violations.addAll(check(browser, List.of("/login"), "en"));
		assertThat(violations).isEmpty();
	}

	/**
	 * The Chinese pages in this browser and the English ones in a second at the same time: axe keeps one core busy
	 * while it checks a page, and the machine has two.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "official", "district-" + AREA, "reviewer", "admin" })
	void everyMainPageMeetsWcag21AA(String user) throws Exception {
		List<String> pages = pagesOf(user);
		ChromeDriver english = Browser.start();
		try {
			CompletableFuture<List<String>> inEnglish = CompletableFuture.supplyAsync(() -> {
				logIn(english, user);
				return check(english, pages, "en");
			});
			logIn(browser, user);
			List<String> violations = new ArrayList<>(check(browser, pages, "zh"));
			violations.addAll(inEnglish.join());
			assertThat(violations).isEmpty();
		}
		finally {
			english.quit();
		}
	}

	/** The pages a role works with: what everyone reads, and what only that role may open. */
	private List<String> pagesOf(String user) {
		List<String> pages = new ArrayList<>(List.of("/", "/indicators/added_value?scope=330100", "/areas", "/areas/" + AREA,
				"/groups/western-districts", "/reports/completeness", "/plans/HZ-14FYP/final-report",
				"/registry/enterprises", "/registry/parks", "/registry/projects"));
		firstId("enterprise").ifPresent(id -> pages.add("/registry/enterprises/" + id));
		firstId("park").ifPresent(id -> pages.add("/registry/parks/" + id));
		firstId("project").ifPresent(id -> pages.add("/registry/projects/" + id));
		String report = "/reports/" + AREA + "/" + calendar.currentQuarter();
		switch (user) {
			case "official" -> pages.add("/reports/review");
			case "reviewer" -> pages.addAll(List.of("/reports/review", report, "/audit"));
			case "admin" -> pages.addAll(List.of("/reports/review", "/audit", "/imports", "/admin/users",
					"/admin/users/new", "/admin/plans", "/admin/plans/HZ-14FYP/targets", "/admin/indicators",
					"/admin/indicators/added_value/edit", "/admin/areas", "/admin/groups", "/admin/rules",
					"/registry/enterprises/new"));
			default -> pages.addAll(List.of("/reports", report, "/registry/enterprises/new"));
		}
		return pages;
	}

	/** Each page in the language; every violation as "page: rule at element: what is wrong". */
	private List<String> check(ChromeDriver browser, List<String> pages, String language) {
		List<String> violations = new ArrayList<>();
		for (String page : pages) {
			String address = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
			browser.get(url(address));
			Object status = browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus");
			if (!Long.valueOf(200).equals(status)) {
				violations.add(address + ": answered " + status + ", not the page");
			}
			Axe.violations(browser).forEach(v -> violations.add(address + ": " + v));
		}
		return violations;
	}

	private Optional<Long> firstId(String table) {
		return jdbc.sql("select min(id) from registry." + table).query(Long.class).optional();
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
