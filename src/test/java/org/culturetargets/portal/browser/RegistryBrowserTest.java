package org.culturetargets.portal.browser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registries, district and belt pages and the administration in headless Chromium, walked the way their users
 * click through them: an official reads 余杭区's and the 之江 belt's pages, drills from a derived figure to the
 * enterprises behind it and finds one by part of its credit code; 西湖区's staff enter an enterprise (a wrong check
 * character first) and are refused another district's; an administrator opens users, plans and the audit log.
 * Saves the screenshots docs/user-guide.md shows.
 */
@PortalTest
class RegistryBrowserTest {

	static final String OWN_DISTRICT = "330106";

	static final String OTHER_DISTRICT = "330110";

	static final String NEW_ENTERPRISE = "杭州西湖浏览器测试文化传媒有限公司";

	/** A valid code registered in 西湖区, different on every run so that a run never meets an earlier one's row. */
	static final String CREDIT_CODE = withCheck("91" + OWN_DISTRICT + "MA2"
			+ String.format("%06d", System.currentTimeMillis() % 1_000_000));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	/** SEVERE console messages so far, other than the refusals the test expects. */
	final List<LogEntry> consoleErrors = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
	}

	/** The enterprise goes; its audit rows stay, as the audit log is append-only. */
	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
		jdbc.sql("delete from registry.enterprise where credit_code = ?").param(CREDIT_CODE).update();
	}

	@Test
	void officialsDistrictStaffAndAdministratorsWalkThroughTheRegistries() throws Exception {
		anOfficialReadsDistrictAndBeltPagesAndDrillsIntoTheRegistry();
		districtStaffEnterTheirOwnEnterprisesOnly();
		anAdministratorOpensUsersPlansAndTheAuditLog();

		assertThat(severeConsoleMessages()).isEmpty();
		assertThat(consoleErrors).isEmpty();
	}

	private void anOfficialReadsDistrictAndBeltPagesAndDrillsIntoTheRegistry() throws Exception {
		logIn("official");

		press(By.linkText("区县与板块"));
		press(By.cssSelector("#district-links a[href$='/areas/" + OTHER_DISTRICT + "']"));
		assertThat(browser.getCurrentUrl()).endsWith("/areas/" + OTHER_DISTRICT);
		assertThat(browser.findElement(By.id("scope-name")).getText()).isEqualTo("余杭区");
		assertThat(browser.findElements(By.cssSelector("#contributions tbody tr"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("#contributions tr[data-indicator=above_size_revenue] .share"))
			.getText()).endsWith("%");
		List<WebElement> ranks = browser.findElements(By.cssSelector("#rankings tr[data-rank]"));
		assertThat(ranks).isNotEmpty();
		assertThat(ranks).allSatisfy(r -> assertThat(Integer.parseInt(r.getAttribute("data-rank"))).isBetween(1, 13));
		screenshot("district-page");

		press(By.linkText("区县与板块"));
		press(By.cssSelector("#group-links a[href$='/groups/belt-zhijiang']"));
		assertThat(browser.findElement(By.id("scope-name")).getText()).isEqualTo("之江文化产业带");
		// the city's map opens with the belt's districts outlined
		assertThat(browser.findElements(By.cssSelector("#group-map a.tile.outlined"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#group-map a.tile.outlined")))
			.allSatisfy(tile -> assertThat(tile.getAttribute("data-groups")).contains("belt-zhijiang"));
		assertThat(browser.findElements(By.cssSelector("#scope-targets tr[data-indicator]"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#key-platforms li"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#project-rates tbody tr"))).isNotEmpty();
		screenshot("belt-page");

		// the belt's revenue, then the enterprises behind it: their total is the figure the page showed
		WebElement revenue = browser.findElement(By.cssSelector("#totals tr[data-indicator=above_size_revenue]"));
		BigDecimal shown = number(revenue.findElement(By.cssSelector("td.text-end > span > span")).getText());
		press(revenue.findElement(By.linkText("明细")));
		assertThat(browser.getCurrentUrl()).contains("/registry/enterprises", "indicator=above_size_revenue",
				"scope=belt-zhijiang");
		BigDecimal total = new BigDecimal(browser.findElement(By.id("drill-total")).getAttribute("data-total"));
		assertThat(total.setScale(shown.scale(), RoundingMode.HALF_UP)).isEqualByComparingTo(shown);
		screenshot("registry-enterprises");

		// any part of a credit code finds the enterprise
		WebElement first = browser.findElement(By.cssSelector("#enterprises tbody tr"));
		String code = first.findElement(By.cssSelector("td.font-monospace")).getText();
		String name = first.findElement(By.cssSelector("td a")).getText();
		String part = code.substring(8, 14);
		press(By.cssSelector("ul.nav-tabs a[href$='/registry/enterprises']"));
		browser.findElement(By.id("q")).sendKeys(part);
		press(By.cssSelector("#filter button[type=submit]"));
		List<WebElement> codes = browser.findElements(By.cssSelector("#enterprises tbody td.font-monospace"));
		assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c.getText()).contains(part));
		assertThat(codes).extracting(WebElement::getText).contains(code);
		press(By.linkText(name));
		assertThat(browser.findElement(By.id("enterprise-name")).getText()).isEqualTo(name);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(code);
		screenshot("registry-enterprise");

		press(By.id("language-switch"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Unified social credit code", "Quarterly figures");
		assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Registries", "Districts and groups");
		logOut();
	}

	private void districtStaffEnterTheirOwnEnterprisesOnly() throws Exception {
		logIn("district-" + OWN_DISTRICT);

		press(By.linkText("名录库"));
		press(By.linkText("新增企业"));
		char wrong = CREDIT_CODE.charAt(17) == '0' ? '1' : '0';
		type("creditCode", CREDIT_CODE.substring(0, 17) + wrong);
		type("name", NEW_ENTERPRISE);
		press(By.cssSelector("#enterprise-form button[type=submit]"));
		WebElement codeField = browser.findElement(By.id("creditCode"));
		assertThat(codeField.getAttribute("class")).contains("is-invalid");
		WebElement error = codeField.findElement(By.xpath("following-sibling::div[contains(@class, 'invalid-feedback')]"));
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText()).contains("校验位", String.valueOf(CREDIT_CODE.charAt(17)));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(NEW_ENTERPRISE);
		assertThat(jdbc.sql("select count(*) from registry.enterprise where name = ?").param(NEW_ENTERPRISE)
			.query(Long.class).single()).isZero();
		refusedWithStatus("/registry/enterprises", 422);
		screenshot("enterprise-form-error");

		type("creditCode", CREDIT_CODE);
		press(By.cssSelector("#enterprise-form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).matches(".*/registry/enterprises/\\d+$");
		assertThat(browser.findElement(By.id("enterprise-name")).getText()).isEqualTo(NEW_ENTERPRISE);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(CREDIT_CODE, "西湖区");

		// an enterprise of 余杭区, found as a user finds it, offers no edit to 西湖区, and its edit address is refused
		press(By.linkText("名录库"));
		new Select(browser.findElement(By.id("scope"))).selectByValue(OTHER_DISTRICT);
		press(By.cssSelector("#filter button[type=submit]"));
		press(By.cssSelector("#enterprises tbody tr td a"));
		assertThat(browser.findElements(By.cssSelector("main a[href$='/edit']"))).isEmpty();
		browser.get(browser.getCurrentUrl() + "/edit");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("不能修改");
		assertThat(browser.findElement(By.id("refused-reason")).getText()).contains("属于其他区县", "本区县");
		refusedWithStatus("/edit", 403);
		logOut();
	}

	private void anAdministratorOpensUsersPlansAndTheAuditLog() throws Exception {
		logIn("admin");

		adminMenu("/admin/users");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("district-" + OWN_DISTRICT);
		screenshot("admin-users");
		adminMenu("/admin/plans");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("HZ-14FYP");
		screenshot("admin-plans");

		// the enterprise entered above is in the log, under its credit code
		press(By.id("nav-audit"));
		browser.findElement(By.id("subject")).sendKeys(CREDIT_CODE);
		press(By.cssSelector("#audit-filter button[type=submit]"));
		List<WebElement> entries = browser.findElements(By.cssSelector("#audit tr.audit-entry"));
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).getText()).contains("district-" + OWN_DISTRICT, "新建", NEW_ENTERPRISE);
		screenshot("audit");
		logOut();
	}

	private List<LogEntry> severeConsoleMessages() {
		return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

	/**
	 * Chromium logs a page answered with an error status as a SEVERE console message. The page just shown must have
	 * been answered with {@code status}, and that message is the only one expected; any other is kept for the end.
	 */
	private void refusedWithStatus(String pathEnd, int status) {
		List<LogEntry> severe = severeConsoleMessages();
		String expected = pathEnd + " - Failed to load resource: the server responded with a status of " + status + " ";
		List<LogEntry> refusal = severe.stream().filter(e -> e.getMessage().contains(expected)).toList();
		assertThat(refusal).hasSize(1);
		severe.stream().filter(e -> !refusal.contains(e)).forEach(consoleErrors::add);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void logIn(String user) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
	}

	private void logOut() {
		press(By.cssSelector("nav form button[type=submit]"));
	}

	private void press(By locator) {
		press(browser.findElement(locator));
	}

	/** Scrolled into view at once first: a link moving under a smooth scroll misses the click. */
	private void press(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		Browser.clickAndWaitForPage(browser, element);
	}

	private void type(String field, String text) {
		WebElement input = browser.findElement(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	private void adminMenu(String path) {
		browser.findElement(By.cssSelector("#admin-menu .dropdown-toggle")).click();
		WebElement item = new WebDriverWait(browser, Duration.ofSeconds(5)).until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#admin-menu a[href$='" + path + "']")));
		Browser.clickAndWaitForPage(browser, item);
		assertThat(browser.getCurrentUrl()).endsWith(path);
	}

	/** A number as the page writes it in Chinese ("1,327.24 亿元"), with its decimal places. */
	private static BigDecimal number(String shown) {
		return new BigDecimal(shown.split(" ")[0].replace(",", ""));
	}

	/** The whole page, up to a readable length: the window grows to the page's height for the picture. */
	private void screenshot(String name) throws Exception {
		Dimension window = browser.manage().window().getSize();
		long page = (Long) browser.executeScript("return document.documentElement.scrollHeight");
		long frame = (Long) browser.executeScript("return window.outerHeight - window.innerHeight");
		browser.executeScript("window.scrollTo(0, 0)");
		browser.manage().window().setSize(new Dimension(window.getWidth(), (int) (Math.min(page, 1600) + frame)));
		Browser.screenshot(browser, name);
		browser.manage().window().setSize(window);
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

}
