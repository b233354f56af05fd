package org.culturetargets.portal.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver, started with the flags this network needs. Tests that use it
 * are skipped, not failed, where Chromium is not installed ({@code .ci/run} installs it).
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	/** Browsers handed back cleared, for the next test of the same class; each is quit when its class is done. */
	private static final Deque<Shared> IDLE = new ArrayDeque<>();

	/** The test class the idle browsers served. */
	private static Class<?> servedClass;

	/**
	 * A browser as if just started. Starting Chromium and its driver takes seconds on two cores, so the tests of a
	 * class take turns with the same few: a test's {@code quit()} hands its browser back, cleared (see
	 * {@link Shared#quit()}). A test that needs two browsers at once calls this twice. Each test class starts
	 * browsers of its own (a browser reused across classes failed a click that passes in a new one).
	 */
	static ChromeDriver start() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and ChromeDriver are not installed: browser tests skipped");
		Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
		synchronized (IDLE) {
			if (caller != servedClass) {
				IDLE.forEach(Shared::end);
				IDLE.clear();
				servedClass = caller;
			}
			if (!IDLE.isEmpty()) {
				Shared browser = IDLE.pop();
				browser.idle = false;
				return browser;
			}
		}
		Shared browser = launch();
		Runtime.getRuntime().addShutdownHook(new Thread(browser::end));
		return browser;
	}

	private static Shared launch() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
				"--disable-dev-shm-usage", "--window-size=1366,900",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Shared(service, options);
	}

	/** Chromium whose {@code quit()} clears it for the next test instead of ending it. */
	static final class Shared extends ChromeDriver {

		private final Dimension window;

		private boolean idle;

		private boolean ended;

		Shared(ChromeDriverService service, ChromeOptions options) {
			super(service, options);
			manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			window = manage().window().getSize();
		}

		/**
		 * Back to how a new browser starts: one blank tab, the start window, no emulation, no cookies, cache or
		 * storage, no script added to each page, default timeouts, no browser log left over. Should any of it fail,
		 * the next test gets a new one.
		 */
		@Override
		public synchronized void quit() {
			if (ended || idle) {
				return;
			}
			try {
				clear();
				synchronized (IDLE) {
					idle = true;
					IDLE.push(this);
				}
			}
			catch (RuntimeException e) {
				System.err.println("[browser] not cleared (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
						+ "): the next test gets a new one");
				end();
			}
		}

		private void clear() {
			String first = getWindowHandles().iterator().next();
			for (String handle : getWindowHandles()) {
				if (!handle.equals(first)) {
					switchTo().window(handle).close();
				}
			}
			switchTo().window(first);
			Axe.remove(this);
			URI page = URI.create(getCurrentUrl());
			if (page.getScheme() != null && page.getScheme().startsWith("http")) {
				executeCdpCommand("Storage.clearDataForOrigin",
						Map.of("origin", page.getScheme() + "://" + page.getAuthority(), "storageTypes", "all"));
			}
			get("about:blank");
			executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
			executeCdpCommand("Network.clearBrowserCookies", Map.of());
			executeCdpCommand("Network.clearBrowserCache", Map.of());
			manage().window().setSize(window);
			manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			manage().timeouts().implicitlyWait(Duration.ZERO);
			manage().logs().get(LogType.BROWSER);
		}

		synchronized void end() {
			if (!ended) {
				ended = true;
				try {
					super.quit();
				}
				catch (RuntimeException e) {
					// already gone: nothing left to end
				}
			}
		}

	}

	/**
	 * Whether the element, or one inside it, is what a click at its centre would reach. The centre of its first box,
	 * where WebDriver clicks: a link wrapped over two lines has nothing of itself at the middle of both.
	 */
	private static final String ON_TOP = """
			const box = arguments[0].getClientRects()[0] || arguments[0].getBoundingClientRect();
			const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
			return hit !== null && (hit === arguments[0] || arguments[0].contains(hit));""";

	/** Clicks something that loads a new page, and waits until the new page is there. */
	static void clickAndWaitForPage(ChromeDriver driver, WebElement element) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		// in the middle of the window: at its edge a chart or the top bar may take the click; instantly, as
		// Bootstrap asks for smooth scrolling and a click during the scroll lands on whatever passes under it
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> Boolean.TRUE.equals(driver.executeScript(ON_TOP, element)));
		element.click();
		waitForNewPage(driver, oldPage);
	}

	/** Presses a key on whatever has the focus (Enter on a link or button, say), and waits for the page it loads. */
	static void pressAndWaitForPage(ChromeDriver driver, CharSequence key) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		new Actions(driver).sendKeys(key).perform();
		waitForNewPage(driver, oldPage);
	}

	private static void waitForNewPage(ChromeDriver driver, WebElement oldPage) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(oldPage));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Whether an element's page has been replaced. Chromium sometimes answers a question about an element of the
	 * page being unloaded with "node does not belong to the document" instead of a stale reference: both mean gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException e) {
			return true;
		}
		catch (WebDriverException e) {
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	/**
	 * Chooses an option of a select that makes htmx replace part of the page (the scorecard's plan brings its
	 * scopes and periods), and waits until that part is replaced.
	 */
	static void selectAndWaitForSwap(ChromeDriver driver, String selectId, String value, String swappedId) {
		WebElement old = driver.findElement(By.id(swappedId));
		new Select(driver.findElement(By.id(selectId))).selectByValue(value);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(old));
	}

	/** Saves what the browser shows, for the user guide (docs/images). */
	static void screenshot(ChromeDriver driver, String name) throws Exception {
		Path target = Path.of("docs", "images", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
