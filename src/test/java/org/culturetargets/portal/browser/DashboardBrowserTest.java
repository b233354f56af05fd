package org.culturetargets.portal.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official in headless Chromium goes through the dashboards: scorecard, indicator page with its charts and tile
 * map, the final evaluation report and its PDF, English, and a tablet-width window. Synthetic 2025 district values
 * (labelled as such in their source) are written for the comparison and removed afterwards. Saves the screenshots
 * docs/user-guide.md shows.
 */
@PortalTest
class DashboardBrowserTest {

	private static final String SYNTHETIC = "合成演示数据（浏览器测试） synthetic demo value";

	private static final Map<String, String> DISTRICT_VALUES = Map.ofEntries(Map.entry("330102", "268.4"),
			Map.entry("330105", "196.2"), Map.entry("330106", "412.7"), Map.entry("330108", "655.3"),
			Map.entry("330109", "231.9"), Map.entry("330111", "88.6"), Map.entry("330112", "61.2"),
			Map.entry("330113", "74.5"), Map.entry("330114", "102.8"), Map.entry("330122", "35.1"),
			Map.entry("330127", "18.9"), Map.entry("330182", "27.4"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
		DISTRICT_VALUES.forEach((district, value) -> jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				values ('added_value', :district, '2025', cast(:value as numeric), 'PROVISIONAL', :source, 'browser-test')""")
			.param("district", district).param("value", value).param("source", SYNTHETIC)
			.update());
		// a district's own target, so that the tile map may colour by target status
		jdbc.sql("""
				insert into plans.target (plan_code, indicator_code, scope_code, kind, comparator, baseline_value,
				    baseline_year, target_value, target_year, source, set_by)
				values ('HZ-14FYP', 'added_value', '330108', 'LEVEL', '>=', 500, 2020, 700, 2025, :source, 'test')
				on conflict do nothing""").param("source", SYNTHETIC).update();
	}

	@AfterEach
	void close() {
		jdbc.sql("delete from figures.indicator_value where recorded_by = 'browser-test'").update();
		jdbc.sql("delete from plans.target where source = ?").param(SYNTHETIC).update();
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void logIn() {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("official");
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
	}

	private void open(String path) {
		browser.get(url(path));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private void click(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** Waits for a chart's canvas (ECharts draws into one) and returns its drawn size. */
	private Dimension chartDrawn(String containerId) {
		WebElement canvas = new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> d.findElements(By.cssSelector("#" + containerId + " canvas")).stream().findFirst().orElse(null));
		return canvas.getSize();
	}

	/** A screenshot of the whole page, not just the window (Chrome's own full-page capture: the window keeps its size). */
	@SuppressWarnings("unchecked")
	private void screenshot(String name) throws Exception {
		Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		double width = ((Number) browser.executeScript("return window.innerWidth")).doubleValue();
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
				Math.min(((Number) size.get("height")).doubleValue(), 4000), "scale", 1);
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		Path target = Path.of("docs", "images", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
	}

	@Test
	void anOfficialReadsTheDashboards() throws Exception {
		logIn();

		// scorecard: tiles, a trend line and a completion bar per target, status in words, the legend
		open("/?plan=HZ-14FYP&asOf=2023");
		assertThat(browser.findElements(By.cssSelector("#status-tiles .status-tile"))).hasSizeGreaterThanOrEqualTo(2);
		WebElement addedValue = browser.findElement(By.cssSelector("tr[data-indicator=added_value]"));
		assertThat(addedValue.findElement(By.cssSelector("svg.sparkline")).getSize().getWidth()).isPositive();
		assertThat(addedValue.findElement(By.cssSelector("progress")).isDisplayed()).isTrue();
		assertThat(addedValue.findElement(By.cssSelector(".status")).getText()).contains("已实现");
		assertThat(browser.findElement(By.id("status-legend")).getText()).contains("进度比");
		screenshot("scorecard");

		// indicator page: the time series and the district bars drawn, the tile map with its switches
		open("/indicators/added_value?scope=330100");
		Dimension series = chartDrawn("indicator-chart");
		assertThat(series.getWidth()).isGreaterThan(300);
		assertThat(series.getHeight()).isGreaterThan(200);
		assertThat(chartDrawn("comparison-chart").getHeight()).isGreaterThan(100);
		WebElement map = browser.findElement(By.cssSelector("#tile-map svg.tile-map"));
		assertThat(map.getSize().getWidth()).isGreaterThan(200);
		assertThat(map.getSize().getHeight()).isGreaterThan(150);
		assertThat(browser.findElements(By.cssSelector("#tile-map a.tile"))).hasSize(13);
		assertThat(browser.findElement(By.cssSelector("#tile-map a.tile[data-code='330108']")).getText())
			.contains("滨江区", "655.30");
		assertThat(browser.findElement(By.cssSelector("#comparison-table tbody tr")).getAttribute("data-district"))
			.isEqualTo("330110");
		screenshot("indicator");

		click(browser.findElement(By.cssSelector("#tile-map input[value='by-status']")));
		assertThat(map.getAttribute("class")).contains("by-status");
		WebElement groups = browser.findElement(By.cssSelector("#tile-map select.tile-map-group"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", groups);
		new Select(groups).selectByValue("western-districts");
		assertThat(browser.findElements(By.cssSelector("#tile-map a.tile.outlined"))).hasSize(5);
		click(browser.findElement(By.cssSelector("#tile-map input[value='by-value']")));
		// keyboard: a tile is a link that takes the focus
		WebElement tile = browser.findElement(By.cssSelector("#tile-map a.tile[data-code='330106']"));
		browser.executeScript("arguments[0].focus()", tile);
		assertThat(browser.switchTo().activeElement().getAttribute("data-code")).isEqualTo("330106");
		browser.executeScript("arguments[0].scrollIntoView({behavior: 'instant'})", browser.findElement(By.id("districts")));
		Browser.screenshot(browser, "tile-map");
		Files.write(Path.of("docs", "images", "tile-map-only.png"),
				browser.findElement(By.id("tile-map")).getScreenshotAs(OutputType.BYTES));

		// the final evaluation report, and its PDF fetched with the browser's session
		open("/");
		new Select(browser.findElement(By.id("plan"))).selectByValue("HZ-14FYP");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("#scorecard-form button[type=submit]")));
		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("final-report-link")));
		assertThat(browser.findElement(By.id("report-title")).getText()).contains("终期评估");
		assertThat(browser.findElements(By.cssSelector("#report-lines tr.line"))).hasSizeGreaterThanOrEqualTo(8);
		screenshot("final-report");
		// printed: the report without the navigation and the buttons
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(browser.findElement(By.cssSelector("nav.navbar")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("download-pdf")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("report-lines")).isDisplayed()).isTrue();
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		String pdfUrl = browser.findElement(By.id("download-pdf")).getAttribute("href");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfUrl))
				.header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

		// English, kept for the session
		open("/?plan=HZ-14FYP&asOf=2023");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("language-switch")));
		assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Scorecard");
		assertThat(browser.findElement(By.id("status-legend")).getText()).contains("How a status is decided");
		screenshot("english");
		open("/indicators/added_value?scope=330100");
		assertThat(browser.findElement(By.id("districts")).getText()).contains("Districts compared", "Binjiang");
		open("/?lang=zh");

		// a tablet: nothing wider than the window, the table scrolls inside its frame
		browser.manage().window().setSize(new Dimension(768, 1024));
		open("/?plan=HZ-14FYP&asOf=2023");
		long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
		long windowWidth = (Long) browser.executeScript("return window.innerWidth");
		assertThat(pageWidth).isLessThanOrEqualTo(windowWidth);
		assertThat(browser.findElement(By.cssSelector("tr[data-indicator=added_value] .status")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "tablet");
		open("/indicators/added_value?scope=330100");
		assertThat(chartDrawn("indicator-chart").getWidth()).isBetween(300, 768);
		assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo((Long) browser.executeScript("return window.innerWidth"));
		Browser.screenshot(browser, "tablet-indicator");

		List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(errors).isEmpty();
	}

}
