package org.culturetargets.portal.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city department's staff member reports progress on their department's key task in the browser: a narrative, a
 * milestone reached, an evidence file, submitted; a reviewer approves; the task page shows the approved report, on
 * a laptop and on a phone (390 px) without sideways scrolling. The screenshots are the user guide's.
 */
@PortalTest
class TaskReportBrowserTest {

	private static final String STAFF = "department-hz-cci-association";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PortalTime time;

	ChromeDriver browser;

	long task;

	long milestone;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
		task = jdbc.sql("""
				insert into tasks.task (plan_code, code, source_section, source_language, title_zh, title_en, kind, deadline)
				values ('HZ-14FYP', ?, '七（四）服务保障', 'zh', '组建政策、金融、人才“点对点”服务团',
				        'Form point-to-point service teams for policy, finance and talent', 'MILESTONE', ?) returning id
				""").params("browser-report-" + System.nanoTime(), java.sql.Date.valueOf(time.today().plusMonths(6)))
			.query(Long.class).single();
		jdbc.sql("""
				insert into tasks.task_unit (task_id, role, department_code, area_code)
				values (?, 'LEAD', 'hz-cci-association', null), (?, 'RESPONSIBLE', null, '330106')
				""").params(task, task).update();
		milestone = jdbc.sql("""
				insert into tasks.task_milestone (task_id, title_zh, title_en, due_on) values (?, '服务团组建完成', 'Service teams formed', ?)
				returning id
				""").params(task, java.sql.Date.valueOf(time.today().plusMonths(1))).query(Long.class).single();
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
		jdbc.sql("delete from tasks.task where id = ?").param(task).update();
		events.publishEvent(new DataChanged("tasks"));
	}

	@Test
	void departmentStaffReportAReviewerApprovesAndThePageFitsAPhone() throws Exception {
		logIn(STAFF);
		Browser.clickAndWaitForPage(browser, browser.findElement(By.id("nav-department-tasks")));
		assertThat(browser.findElement(By.id("board-title")).getText()).contains("杭州市文化创意产业协会");
		browser.get(base() + "/tasks/" + task);

		Path pdf = Files.createTempFile("service-teams", ".pdf");
		Files.writeString(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);
		Path named = pdf.resolveSibling("服务团组建通知.pdf");
		Files.move(pdf, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		browser.findElement(By.id("evidence-file")).sendKeys(named.toAbsolutePath().toString());
		press(By.id("evidence-upload"));
		assertThat(browser.findElement(By.id("report-history")).getText()).contains("服务团组建通知.pdf");

		browser.findElement(By.id("report-narrative")).sendKeys("已会同各区县组建政策、金融、人才三支服务团，首批走访企业 42 家。");
		WebElement reached = browser.findElement(By.id("reached_" + milestone));
		browser.executeScript("arguments[0].value = arguments[1]", reached, time.today().toString());
		scrollTo(browser.findElement(By.id("report-form")));
		Browser.screenshot(browser, "task-report-form");
		press(By.id("report-submit"));
		assertThat(browser.findElement(By.id("report-history")).getText()).contains("已提交").contains("服务团组建完成");
		logOut();

		logIn("reviewer");
		browser.get(base() + "/tasks/" + task);
		press(By.cssSelector("#reports-to-review .report-approve"));
		String history = browser.findElement(By.id("report-history")).getText();
		assertThat(history).contains("已审核通过").contains("服务团组建通知.pdf").contains(time.today().toString());
		assertThat(browser.findElement(By.id("milestones")).getText()).contains(time.today().toString());
		scrollTo(browser.findElement(By.id("task-reports")));
		Browser.screenshot(browser, "task-report-approved");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(base() + "/tasks/" + task);
		assertThat(fitsTheWidth()).as("the task page has no sideways scrolling at 390 px").isTrue();
		scrollTo(browser.findElement(By.id("task-reports")));
		Browser.screenshot(browser, "task-report-phone");
		logOut();
		logIn(STAFF);
		browser.get(base() + "/tasks/" + task);
		assertThat(fitsTheWidth()).as("the report form has no sideways scrolling at 390 px").isTrue();

		List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.toList();
		assertThat(errors).isEmpty();
		Files.deleteIfExists(named);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private void scrollTo(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", element);
	}

	private void press(By button) {
		WebElement element = browser.findElement(button);
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		Browser.clickAndWaitForPage(browser, element);
	}

	private void logIn(String user) {
		browser.get(base() + "/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
	}

	private void logOut() {
		browser.manage().deleteAllCookies();
	}

	/** Whether the page's own content fits the window's width without sideways scrolling. */
	private boolean fitsTheWidth() {
		Object widths = browser.executeScript("""
				const main = document.querySelector('main');
				return window.innerWidth + ' ' + main.scrollWidth + ' ' + main.clientWidth + ' '
				    + document.documentElement.scrollWidth;""");
		String[] w = String.valueOf(widths).split(" ");
		assertThat(Integer.parseInt(w[0])).as("window width").isLessThanOrEqualTo(400);
		return Integer.parseInt(w[1]) <= Integer.parseInt(w[2]);
	}

}
