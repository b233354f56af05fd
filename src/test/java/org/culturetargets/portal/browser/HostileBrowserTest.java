package org.culturetargets.portal.browser;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile use in a real browser: an injected inline script is blocked by the Content-Security-Policy and the
 * violation is a SEVERE console message (so the other browser tests, which fail on SEVERE messages, would catch
 * any violation of the portal's own pages); Swagger UI runs under the policy without one; a stored script in an
 * enterprise's name opens no dialog and creates no element on the pages that show it.
 */
@PortalTest
class HostileBrowserTest {

	private static final String PAYLOAD = "<script>alert('x')</script>\"'><img id=injected src=x onerror=alert(1)>";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

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
	void anInjectedInlineScriptIsBlockedAndLoggedAsSevere() {
		logIn("official");
		severe();
		browser.executeScript("""
				var s = document.createElement('script');
				s.text = 'window.injected = true;';
				document.body.appendChild(s);
				""");
		assertThat(browser.executeScript("return window.injected === true")).isEqualTo(false);
		List<String> violations = severe().stream().filter(m -> m.contains("Content Security Policy")).toList();
		assertThat(violations).as("the blocked inline script, as a SEVERE console message").isNotEmpty();
	}

	@Test
	void swaggerUiRunsUnderThePolicy() {
		logIn("official");
		browser.get(url("/swagger-ui/index.html"));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> !d.findElements(By.cssSelector(".swagger-ui .opblock-tag")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".swagger-ui .info")).getText()).isNotBlank();
		assertThat(severe()).as("console errors on Swagger UI (a CSP violation is one)").isEmpty();
	}

	@Test
	void aStoredScriptInANameDoesNotRun() throws Exception {
		String first17 = "91330106" + "5" + "00000091";
		String code = first17 + CreditCode.checkCharacter(first17);
		mvc.perform(post("/registry/enterprises").with(httpBasic("district-330106", "demo")).with(csrf())
			.param("creditCode", code)
			.param("name", PAYLOAD)
			.param("areaCode", "330106")
			.param("industryClass", "0241")
			.param("aboveSize", "true")
			.param("reason", PAYLOAD)).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from registry.enterprise where credit_code = ?").param(code).query(Long.class)
			.single();

		logIn("admin");
		for (String page : List.of("/registry/enterprises/" + id, "/registry/enterprises/" + id + "/edit",
				"/registry/enterprises?q=" + code, "/audit")) {
			browser.get(url(page));
			assertThatThrownBy(() -> browser.switchTo().alert()).as("a dialog on " + page)
				.isInstanceOf(NoAlertPresentException.class);
			assertThat(browser.findElements(By.id("injected"))).as("the injected element on " + page).isEmpty();
			assertThat(browser.getPageSource()).as(page).contains("&lt;img id=injected");
		}
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("<script>alert('x')</script>");
		assertThat(severe()).as("console errors").isEmpty();
	}

	private void logIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
	}

	/** The SEVERE console messages since the last call. */
	private List<String> severe() {
		return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
