package org.culturetargets.portal.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that must not mislead (issue 13): a sparkline never beside "no data", the trend chart opening on the plan
 * period with short legend names below it, numbers at display precision and a save-as-image button, and district
 * comparisons on sparse data saying who has a value and offering the best-covered period.
 */
@PortalTest
class ChartsBrowserTest {

	private static final String SPARSE = "合成演示数据（图表测试） synthetic demo value";

	private static final List<String> IN_2024 = List.of("330102", "330106", "330108");

	private static final List<String> IN_2023 = List.of("330102", "330105", "330106", "330108", "330109", "330110",
			"330111");

	/** What indicator-chart.js gave ECharts, read back from the chart itself. */
	private static final String CHART_OPTION = """
			const chart = echarts.getInstanceByDom(document.getElementById('indicator-chart'));
			const o = chart.getOption();
			const years = o.xAxis[0].data;
			const zoom = o.dataZoom[0];
			return {
				start: years[zoom.startValue], end: years[zoom.endValue], last: years[years.length - 1],
				legendBottom: String(o.legend[0].bottom), legendTop: String(o.legend[0].top),
				saveTitle: o.toolbox[0].feature.saveAsImage.title, containLabel: o.grid[0].containLabel,
				names: o.series.map(s => s.name),
				label: o.series[0].label.formatter({ value: ['2021', 2586.123456] })
			};
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		jdbc.sql("delete from figures.indicator_value where source = ?").param(SPARSE).update();
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void noSparklineBesideNoData() throws Exception {
		logIn();
		for (String asOf : List.of("2021", "2023", "2025")) {
			browser.get(url("/?plan=HZ-14FYP&asOf=" + asOf));
			List<WebElement> noData = browser.findElements(By.cssSelector("#scorecard tr[data-status=NO_DATA]"));
			assertThat(noData).as("some target without data as of " + asOf).isNotEmpty();
			for (WebElement row : noData) {
				assertThat(row.findElements(By.cssSelector("svg.sparkline"))).as(row.getAttribute("data-indicator"))
					.isEmpty();
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theTrendChartOpensOnThePlanPeriodWithEveryYearOneClickAway() throws Exception {
		logIn();
		browser.get(url("/indicators/added_value?scope=330100&lang=zh"));
		waitForChart();
		Map<String, Object> chart = (Map<String, Object>) browser.executeScript(CHART_OPTION);
		assertThat(chart.get("start")).isEqualTo("2020");
		assertThat(chart.get("end")).isEqualTo("2025");
		assertThat(chart.get("last")).isEqualTo("2035");
		assertThat(chart.get("legendBottom")).isEqualTo("0");
		assertThat(chart.get("legendTop")).isIn("undefined", "null", "auto");
		assertThat(chart.get("saveTitle")).isEqualTo("保存为图片");
		assertThat(chart.get("containLabel")).isEqualTo(true);
		assertThat((List<String>) chart.get("names")).allSatisfy(name -> assertThat(name).hasSizeLessThan(30)
			.doesNotContain("规划"));
		int scale = ((Number) browser.executeScript(
				"return JSON.parse(document.getElementById('indicator-chart').dataset.chart).scale")).intValue();
		assertThat(chart.get("label"))
			.isEqualTo(new BigDecimal("2586.123456").setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString()
				.replaceFirst("^2586", "2,586"));

		WebElement allYears = browser.findElement(By.id("chart-all-years"));
		assertThat(allYears.isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("chart-plan-period")).getText()).contains("2020", "2025");
		allYears.click();
		chart = (Map<String, Object>) browser.executeScript(CHART_OPTION);
		assertThat(chart.get("end")).isEqualTo("2035");
		assertThat(allYears.getAttribute("aria-pressed")).isEqualTo("true");
		browser.findElement(By.id("chart-plan-period")).click();
		assertThat(((Map<String, Object>) browser.executeScript(CHART_OPTION)).get("end")).isEqualTo("2025");
		browser.executeScript("arguments[0].scrollIntoView({behavior: 'instant'})",
				browser.findElement(By.id("indicator-chart")));
		Browser.screenshot(browser, "trend-chart");

		browser.get(url("/indicators/added_value?scope=330100&lang=en"));
		waitForChart();
		chart = (Map<String, Object>) browser.executeScript(CHART_OPTION);
		assertThat(chart.get("saveTitle")).isEqualTo("Save as image");
		assertThat(chart.get("containLabel")).isEqualTo(true);
		assertThat((List<String>) chart.get("names")).allSatisfy(name -> assertThat(name).hasSizeLessThan(40));
		browser.get(url("/?lang=zh"));
	}

	@Test
	void aSparseComparisonSaysWhoHasAValueAndOffersTheBestCoveredYear() throws Exception {
		IN_2024.forEach(district -> insert(district, "2024", "300"));
		IN_2023.forEach(district -> insert(district, "2023", "250"));
		logIn();
		browser.get(url("/indicators/added_value?scope=330100&period=2024&lang=zh"));
		assertThat(browser.findElement(By.id("comparison-coverage")).getText()).contains("2024", "13", "3个有数值",
				"上城区", "西湖区", "滨江区");
		WebElement best = browser.findElement(By.id("comparison-best-covered"));
		assertThat(best.getText()).contains("2023", "7");
		// no district has a target on it: nothing coloured or listed by target status
		assertThat(browser.findElement(By.id("comparison-no-targets")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.cssSelector("#tile-map input[value='by-status']"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("#comparison-table thead")).getText()).doesNotContain("目标状态");

		Browser.clickAndWaitForPage(browser, best.findElement(By.tagName("a")));
		assertThat(browser.getCurrentUrl()).contains("period=2023");
		assertThat(browser.findElement(By.id("comparison-coverage")).getText()).contains("2023", "7个有数值");
		assertThat(browser.findElements(By.id("comparison-best-covered"))).isEmpty();
		Browser.screenshot(browser, "comparison-sparse");
	}

	private void insert(String district, String period, String value) {
		jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				values ('added_value', ?, ?, cast(? as numeric), 'FINAL', ?, 'browser-test-charts')""")
			.params(district, period, value, SPARSE)
			.update();
	}

	private void waitForChart() {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> !d.findElements(By.cssSelector("#indicator-chart canvas")).isEmpty());
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
