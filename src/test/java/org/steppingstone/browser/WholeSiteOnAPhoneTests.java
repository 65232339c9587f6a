package org.steppingstone.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the sitemap on an emulated phone's screen (375 by 667 CSS pixels) is no
 * wider than the screen, and no menu or button clips its text at any width from a small
 * phone's to a wide desktop's.
 */
@BrowserTest
class WholeSiteOnAPhoneTests {

	private static final int WIDTH = 375;

	private static final int HEIGHT = 667;

	/** The pages with menus and buttons: every form of the site, filled in or not. */
	private static final List<String> FORMS = List.of("/programs", "/degrees", "/pathways", "/routes",
			"/routes?field=environment-sustainability&rateFrom=HKD&rate=0.128", "/calculator",
			"/calculator?pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management",
			"/calculator?pathway=hkustx-big-data-technology-to-hkust-msc-big-data-technology&currency=EUR",
			"/compare/credentials?item=program:mitx-supply-chain-management"
					+ "&item=degree:mit-masters-supply-chain-management");

	/**
	 * For each visible menu, each option the menu cannot show whole once chosen; for each
	 * visible button, whether its text overflows it. A menu that lays its chosen option
	 * out as text (a customizable select) is asked as a button is; a native one is
	 * measured against a copy that holds only that option at its natural width.
	 */
	private static final String CLIPPED = """
			const out = [];
			for (const s of document.querySelectorAll('select')) {
			  if (!s.checkVisibility()) continue;
			  const width = s.getBoundingClientRect().width;
			  const chosen = s.selectedIndex;
			  for (const o of s.options) {
			    if (getComputedStyle(s).appearance === 'base-select') {
			      s.value = o.value;
			      if (s.scrollWidth > s.clientWidth || s.scrollHeight > s.clientHeight + 1) out.push(s.id + ': ' + o.text);
			      continue;
			    }
			    const copy = s.cloneNode(false);
			    copy.removeAttribute('id');
			    copy.removeAttribute('name');
			    copy.style.cssText = 'width:auto;min-width:0;max-width:none;position:absolute;visibility:hidden';
			    copy.appendChild(new Option(o.text));
			    s.parentNode.appendChild(copy);
			    const needed = copy.getBoundingClientRect().width;
			    copy.remove();
			    if (needed > width + 0.5) out.push(s.id + ': ' + o.text + ' (' + Math.round(needed) + ' > ' + Math.round(width) + ' px)');
			  }
			  s.selectedIndex = chosen;
			}
			for (const b of document.querySelectorAll('button')) {
			  if (b.checkVisibility() && (b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight + 1)) out.push('button: ' + b.textContent.trim());
			}
			return out;
			""";

	private final Browser browser;

	/** One phone for the class, beside the extension's desktop browser. */
	private static Browser phoneBrowser;

	WholeSiteOnAPhoneTests(Browser browser) throws Exception {
		this.browser = browser;
		if (phoneBrowser == null) {
			phoneBrowser = browser.sized(500, 800);
		}
	}

	@AfterAll
	static void stopPhone() {
		if (phoneBrowser != null) {
			phoneBrowser.close();
			phoneBrowser = null;
		}
	}

	@Test
	void shouldKeepEveryPageOfTheSitemapWithinAPhonesWidth() throws Exception {
		ChromeDriver phone = emulate(phoneBrowser.driver(), WIDTH, HEIGHT);
		List<String> pages = sitemap();
		// Every list page, and the pages of every program, degree, pathway and
		// university.
		assertThat(pages).hasSizeGreaterThan(100);
		List<String> wider = new ArrayList<>();
		for (String page : pages) {
			phone.get(this.browser.url(page));
			long width = (Long) phone.executeScript("return document.documentElement.scrollWidth;");
			if (width > WIDTH) {
				wider.add(page + " (" + width + " px)");
			}
		}
		assertThat(phone.executeScript("return window.innerWidth;")).isEqualTo((long) WIDTH);
		assertThat(wider).as("pages of the sitemap wider than a %d px screen, of %d", WIDTH, pages.size()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 375, 768, 1024, 1280, 1440 })
	void shouldShowEveryMenuOptionAndButtonWhole(int width) {
		ChromeDriver driver = emulate(phoneBrowser.driver(), width, 900);
		for (String page : FORMS) {
			driver.get(this.browser.url(page));
			assertThat((List<?>) driver.executeScript(CLIPPED)).as("clipped on %s at %d px", page, width).isEmpty();
		}
	}

	private static ChromeDriver emulate(ChromeDriver driver, int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
		return driver;
	}

	/** The paths of the sitemap's pages, as the site lists them. */
	private List<String> sitemap() throws Exception {
		String xml = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.browser.url("/sitemap.xml"))).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		List<String> paths = new ArrayList<>();
		Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(xml);
		while (loc.find()) {
			URI uri = URI.create(loc.group(1).replace("&amp;", "&"));
			paths.add(uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""));
		}
		return paths;
	}

}
