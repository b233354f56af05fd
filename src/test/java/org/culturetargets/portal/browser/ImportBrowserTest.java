package org.culturetargets.portal.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator imports enterprises' quarterly figures in headless Chromium: a file with a mistake first (the
 * preview lists it by row and column, and nothing can be committed), then the corrected file with its progress
 * bar, its preview and its commit, and the history. Saves the screenshots docs/user-guide.md shows.
 */
@PortalTest
class ImportBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	String creditCode;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
		String first17 = "91330106" + "W" + String.format("%08d", System.currentTimeMillis() % 100_000_000);
		creditCode = first17 + CreditCode.checkCharacter(first17);
		jdbc.sql("""
				insert into registry.enterprise (credit_code, name, area_code, industry_class, above_size, updated_by)
				values (?, '浏览器导入测试企业', '330106', '0110', false, 'test')""").param(creditCode).update();
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
		jdbc.sql("delete from registry.enterprise where credit_code = ?").param(creditCode).update();
	}

	@Test
	void anAdministratorPreviewsCorrectsAndCommitsAFile() throws Exception {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("nav-imports")));

		Path wrong = file("季度数据-有误.csv", "统一社会信用代码,期别,营业收入（万元）\n" + creditCode + ",2025Q1,1２00\n"
				+ creditCode + ",2025年第5季度,abc\n");
		upload(wrong);
		assertThat(browser.findElement(By.id("count-problems")).getText()).isEqualTo("2");
		assertThat(browser.findElements(By.id("commit-button"))).isEmpty();
		List<String> problem = browser.findElements(By.cssSelector("#problems tbody tr")).get(0)
			.findElements(By.tagName("td")).stream().map(cell -> cell.getText()).toList();
		assertThat(problem).containsExactly("3", "期别", "2025年第5季度", "应为季度，如 2025Q3 或 2025年第3季度");
		Browser.screenshot(browser, "import-problems");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("discard-button")));
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("a[href$='/imports']")));

		StringBuilder rows = new StringBuilder("统一社会信用代码,期别,营业收入（万元）,从业人员\n");
		for (int year = 2021; year <= 2025; year++) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				rows.append(creditCode).append(',').append(year).append('Q').append(quarter).append(',')
					.append(quarter * 250).append(",12\n");
			}
		}
		upload(file("季度数据.csv", rows.toString()));
		assertThat(browser.findElement(By.id("count-created")).getText()).isEqualTo("20");
		Browser.screenshot(browser, "import-preview");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("commit-button")));
		assertThat(browser.findElement(By.id("committed")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.cssSelector("#changes tbody tr"))).hasSize(20);
		assertThat(jdbc.sql("""
				select count(*) from registry.enterprise_figure f join registry.enterprise e on e.id = f.enterprise_id
				where e.credit_code = ?""").param(creditCode).query(Long.class).single()).isEqualTo(20);
		Browser.screenshot(browser, "import-committed");

		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("a[href$='/imports']")));
		assertThat(browser.findElement(By.cssSelector("#history tbody tr")).getText()).contains("季度数据.csv", "已提交");
		Browser.screenshot(browser, "import-centre");
		List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(severe).isEmpty();
	}

	/** Chooses the kind and the file and presses "preview": the page shows the progress bar, then the preview. */
	private void upload(Path file) {
		new Select(browser.findElement(By.id("kind"))).selectByValue("enterprise-figures");
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("preview-button")));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/imports/\\d+$"));
	}

	private static Path file(String name, String content) throws Exception {
		Path file = Files.createTempDirectory("import-browser").resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
