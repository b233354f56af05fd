package org.culturetargets.portal.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone, 390 × 844 CSS pixels (issue 13): the top bar folds into a menu, the scorecard is a stack of cards led by
 * the status, and no page of the portal, for any role and in either language, scrolls sideways — neither the page
 * as a whole nor any element wider than the screen outside a frame of its own that scrolls.
 */
@PortalTest
class PhoneBrowserTest {

	static final int WIDTH = 390;

	static final int HEIGHT = 844;

	private static final String DISTRICT = "330102";

	private static final String STAFF = "district-" + DISTRICT;

	/** A city department's staff: their key task's page has the report form. */
	private static final String DEPARTMENT_STAFF = "department-hz-cci-association";

	/**
	 * Each element (outermost only) that reaches beyond the screen's width and is not inside something that
	 * scrolls or clips it: what a reader would have to scroll sideways for.
	 */
	private static final String OVERFLOW = """
			const width = document.documentElement.clientWidth;
			const found = [];
			if (document.documentElement.scrollWidth > width) {
				found.push('page ' + document.documentElement.scrollWidth + 'px wide');
			}
			const framed = el => {
				for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
					if (getComputedStyle(p).overflowX !== 'visible') return true;
				}
				return false;
			};
			const outside = el => {
				const r = el.getBoundingClientRect();
				return (r.width > 0 || r.height > 0) && (r.right > width + 1 || r.left < -1);
			};
			for (const el of document.querySelectorAll('body *')) {
				if (outside(el) && !(el.parentElement && outside(el.parentElement)) && !framed(el)
						&& getComputedStyle(el).position !== 'fixed') {
					const r = el.getBoundingClientRect();
					found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
						+ (el.className && el.className.baseVal === undefined ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
						+ ' ' + Math.round(r.left) + '–' + Math.round(r.right) + 'px "'
						+ (el.textContent || '').trim().substring(0, 30) + '"');
				}
			}
			return found;
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	ChromeDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = phone();
	}

	private static ChromeDriver phone() throws Exception {
		ChromeDriver phone = Browser.start();
		phone.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
		return phone;
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theTopBarFoldsIntoAMenuAndTheScorecardIntoCardsLedByTheStatus() throws Exception {
		logIn("official");
		open("/?plan=HZ-14FYP&asOf=2023&lang=zh");
		WebElement toggler = browser.findElement(By.cssSelector("nav .navbar-toggler"));
		assertThat(toggler.isDisplayed()).isTrue();
		WebElement scorecardLink = browser.findElement(By.cssSelector("nav a.nav-link[href='/']"));
		assertThat(scorecardLink.isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector("nav")).getSize().getHeight()).isLessThan(80);

		for (WebElement row : browser.findElements(By.cssSelector("#scorecard tr[data-indicator]"))) {
			WebElement status = row.findElement(By.cssSelector(".status"));
			WebElement indicator = row.findElement(By.cssSelector("td a"));
			assertThat(status.isDisplayed()).isTrue();
			assertThat(status.getRect().getY()).as(row.getAttribute("data-indicator") + ": status above the name")
				.isLessThan(indicator.getRect().getY());
			assertThat(row.getRect().getWidth()).isLessThanOrEqualTo(WIDTH);
		}
		Browser.screenshot(browser, "phone-scorecard");

		toggler.click();
		// opened, not still sliding open
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(d -> !d.findElements(By.cssSelector("#top-menu.collapse.show")).isEmpty());
		assertThat(scorecardLink.isDisplayed()).isTrue();
		Browser.screenshot(browser, "phone-menu");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("nav a.nav-link[href='/areas']")));
		assertThat(browser.getCurrentUrl()).endsWith("/areas");

		open("/indicators/added_value?scope=330100");
		Browser.screenshot(browser, "phone-indicator");
	}

	/** The Chinese pages in this browser and the English ones in a second at the same time, a core for each. */
	@Test
	void noPageScrollsSidewaysOnAPhoneForAnyRoleInEitherLanguage() throws Exception {
		ChromeDriver english = phone();
		try {
			CompletableFuture<List<String>> inEnglish = CompletableFuture.supplyAsync(() -> sideways(english, "en"));
			List<String> problems = new ArrayList<>(sideways(browser, "zh"));
			problems.addAll(inEnglish.join());
			assertThat(problems).isEmpty();
		}
		finally {
			english.quit();
		}
	}

	/** What scrolls sideways on each page of each role, in one language. */
	private List<String> sideways(ChromeDriver browser, String language) {
		List<String> problems = new ArrayList<>();
		for (String user : List.of("official", STAFF, DEPARTMENT_STAFF, "reviewer", "admin")) {
			logIn(browser, user);
			for (String page : pages(user)) {
				String address = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
				browser.get(url(address));
				@SuppressWarnings("unchecked")
				List<String> found = (List<String>) browser.executeScript(OVERFLOW);
				found.forEach(f -> problems.add(user + " " + address + ": " + f));
			}
			browser.manage().deleteAllCookies();
		}
		return problems;
	}

	/** Every HTML page of the portal the user may open (the pages of PageStatementsTest, without exports and API). */
	private List<String> pages(String user) {
		long enterprise = latest("registry.enterprise", "area_code = '" + DISTRICT + "'");
		long park = latest("registry.park", "area_code = '" + DISTRICT + "'");
		long project = latest("registry.project", "area_code = '" + DISTRICT + "'");
		String report = "/reports/" + DISTRICT + "/" + calendar.currentQuarter();
		long task = jdbc.sql("select min(task_id) from tasks.task_unit where department_code = 'hz-cci-association'")
			.query(Long.class)
			.single();
		List<String> everyone = List.of("/", "/?plan=HZ-14FYP&scope=330100&asOf=2023", "/?plan=HZ-ICCC-2025", "/areas",
				"/areas/330100", "/areas/" + DISTRICT, "/groups/western-districts",
				"/indicators/above_size_revenue?scope=330100", "/indicators/added_value?scope=330100",
				"/indicators/added_value?scope=" + DISTRICT, "/plans/HZ-14FYP/final-report",
				"/registry/enterprises?scope=" + DISTRICT, "/registry/parks?scope=" + DISTRICT,
				"/registry/projects?scope=" + DISTRICT, "/registry/enterprises/" + enterprise,
				"/registry/parks/" + park, "/registry/projects/" + project,
				"/registry/drill?indicator=above_size_enterprises&scope=330100", "/reports/completeness",
				"/notifications", "/tasks", "/tasks/departments/hz-cci-association", "/tasks/" + task,
				"/assessment/HZ-14FYP/2025", "/assessment/HZ-14FYP/2025/areas/" + DISTRICT,
				"/assessment/HZ-14FYP/2025/departments/hz-cci-steering-committee");
		List<String> own = switch (user) {
			case STAFF -> List.of("/reports", report, "/registry/enterprises/new",
					"/registry/enterprises/" + enterprise + "/edit", "/registry/enterprises/" + enterprise + "/figures",
					"/registry/projects/new", "/registry/projects/" + project + "/edit");
			case "reviewer" -> List.of("/reports/review", report, "/audit");
			case "official" -> List.of("/reports/review");
			case "admin" -> {
				long importId = latest("imports.import", "true");
				long target = jdbc.sql("select max(id) from plans.target where plan_code = 'HZ-14FYP'")
					.query(Long.class)
					.single();
				List<String> admin = new ArrayList<>(List.of("/audit", "/imports", "/registry/parks/new",
						"/registry/parks/" + park + "/edit", "/admin/areas", "/admin/groups", "/admin/areas/new",
						"/admin/groups/new", "/admin/areas/" + DISTRICT + "/edit",
						"/admin/groups/western-districts/edit", "/admin/indicators", "/admin/indicators/new",
						"/admin/indicators/added_value/edit", "/admin/plans", "/admin/plans/new",
						"/admin/plans/HZ-14FYP/edit", "/admin/plans/HZ-14FYP/targets",
						"/admin/plans/HZ-14FYP/targets/new", "/admin/targets/" + target + "/edit", "/admin/users",
						"/admin/users/new", "/admin/rules", "/admin/rules/own_history/edit",
						"/admin/users/" + STAFF + "/password", "/admin/assessment/HZ-14FYP/2025/rules", "/admin/tasks/new",
						"/admin/tasks/" + task + "/assign", "/admin/tasks/" + task + "/milestones",
						"/admin/tasks/" + task + "/links"));
				if (importId > 0) {
					admin.add("/imports/" + importId);
				}
				yield admin;
			}
			default -> List.of();
		};
		List<String> all = new ArrayList<>(everyone);
		all.addAll(own);
		return all;
	}

	private long latest(String table, String condition) {
		return jdbc.sql("select coalesce(max(id), 0) from " + table + " where " + condition).query(Long.class).single();
	}

	private void open(String path) {
		browser.get(url(path));
	}

	private void logIn(String username) {
		logIn(browser, username);
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
