package org.steppingstone.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.steppingstone.SteppingStoneApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start on the default profile, and a visitor asking for a missing page, log no WARN or
 * ERROR line: one in the log is then worth reading.
 */
@Tag("integration")
@ExtendWith(OutputCaptureExtension.class)
class QuietLogTests {

	@Test
	void shouldStartAndAnswerAMissingPageWithoutAWarning(CapturedOutput output) throws Exception {
		// Its own database, so that Flyway migrates it as on a first start: the baseline
		// script, then the catalog and the reference rates.
		try (ConfigurableApplicationContext context = SpringApplication.run(SteppingStoneApplication.class,
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:quiet-start;DB_CLOSE_DELAY=-1")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpResponse<String> missing = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.body()).contains("We could not find that page");
			// The baseline, the catalog and the reference rates.
			assertThat(output.getOut()).contains("Tomcat started on port", "Successfully applied 3 migrations");
			assertThat(warningsAndErrors(output)).isEmpty();

			// The check sees a warning when there is one.
			LoggerFactory.getLogger(QuietLogTests.class).warn("a real warning");
			assertThat(warningsAndErrors(output)).singleElement().asString().endsWith("a real warning");
		}
	}

	private static List<String> warningsAndErrors(CapturedOutput output) {
		return output.getAll().lines().filter((line) -> line.matches("\\S+\\s+(WARN|ERROR) .*")).toList();
	}

}
