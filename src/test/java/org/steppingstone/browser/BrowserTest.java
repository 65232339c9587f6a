package org.steppingstone.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the running site in a real browser or checker: the application on a random
 * port, and the tool it needs. Without the tool the class is skipped with a message,
 * unless STEPPINGSTONE_REQUIRE_BROWSER=true (as in CI), where it fails instead. With
 * Chromium, test constructors and methods may take a {@link Browser}.
 */
@Tag("integration")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {

	Tool value() default Tool.CHROMIUM;

	enum Tool {

		/** Debian's Chromium and its chromedriver. */
		CHROMIUM("Chromium and chromedriver", "apt-get install -y --no-install-recommends chromium chromium-driver"),

		/** The Nu Html Checker, vnu.jar from npm. */
		NU_VALIDATOR("vnu.jar", "npm ci");

		final String name;

		final String install;

		Tool(String name, String install) {
			this.name = name;
			this.install = install;
		}

		boolean installed() {
			return switch (this) {
				case CHROMIUM -> Browser.CHROMIUM.canExecute() && Browser.CHROMEDRIVER.canExecute();
				case NU_VALIDATOR -> HtmlValidityTests.VNU.isFile();
			};
		}

	}

}
