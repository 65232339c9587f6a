package org.steppingstone.browser;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu Html Checker (vnu.jar from npm, installed by {@code npm ci}) finds no error in
 * any page type. It runs in its own process: its Jetty would clash with the application's
 * on the test classpath.
 */
@BrowserTest(BrowserTest.Tool.NU_VALIDATOR)
class HtmlValidityTests {

	static final File VNU = new File("node_modules/vnu-jar/build/dist/vnu.jar");

	@LocalServerPort
	private int port;

	@Test
	void shouldServeValidHtmlOnEveryPageType() throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "vnu"));
		HttpClient client = HttpClient.newHttpClient();
		List<String> files = new ArrayList<>();
		int n = 0;
		for (String page : BrowserJourneyTests.PAGES) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page))
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Path file = dir.resolve("page-" + (n++) + ".html");
			Files.writeString(file, "<!-- " + page.replace("--", "") + " -->\n" + response.body());
			files.add(file.toString());
		}
		List<String> command = new ArrayList<>(
				List.of(javaBinary(), "-Xss4m", "-jar", VNU.getPath(), "--format", "gnu", "--stdout", "--errors-only"));
		command.addAll(files);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(output).as("Nu Html Checker errors").isBlank();
		assertThat(process.exitValue()).isZero();
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
