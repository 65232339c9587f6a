package org.steppingstone.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM while requests are in flight, as when an orchestrator replaces a replica: every
 * request the app had accepted completes with a 2xx, no request is answered with an
 * error, and the process exits within the grace period the configuration sets
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}). The app runs as its own process
 * on H2, under a steady load of real pages; a few requests to a test-only endpoint that
 * takes three seconds make sure some are in flight when the signal arrives.
 */
@Tag("integration")
class GracefulShutdownTests {

	private static final int SLOW_REQUESTS = 6;

	private static final int SLOW_MILLIS = 3000;

	private static final List<String> PAGES = List.of("/", "/programs", "/degrees", "/pathways", "/api/v1/programs",
			"/programs/mitx-finance", "/sitemap.xml");

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void shouldFinishTheRequestsInFlightAndExitWithinTheGracePeriod() throws Exception {
		Properties settings = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		assertThat(settings.getProperty("server.shutdown")).isEqualTo("graceful");
		Duration grace = DurationStyle
			.detectAndParse(settings.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));

		try (AppProcess app = AppProcess.start("--spring.profiles.active=slow-requests",
				"--spring.main.sources=" + SlowRequests.class.getName())) {
			String base = app.awaitReady(Duration.ofSeconds(120));
			ConcurrentLinkedQueue<Outcome> load = new ConcurrentLinkedQueue<>();
			AtomicBoolean loading = new AtomicBoolean(true);
			ExecutorService clients = Executors.newFixedThreadPool(4);
			for (int i = 0; i < 4; i++) {
				int offset = i;
				clients.submit(() -> {
					for (int n = offset; loading.get(); n += 4) {
						// Half the requests miss the page cache and render.
						String path = PAGES.get(n % PAGES.size()) + ((n % 2 == 0) ? "" : "?q=load" + n);
						Outcome outcome = send(base + path);
						load.add(outcome);
						if (outcome.status() == 0) {
							Thread.sleep(50);
						}
					}
					return null;
				});
			}
			// Under load before the slow requests: the clients have had answers.
			await().atMost(Duration.ofSeconds(30))
				.until(() -> load.stream().filter((o) -> o.status() == 200).count() >= 20);
			List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
			for (int i = 0; i < SLOW_REQUESTS; i++) {
				slow.add(this.client
					.sendAsync(HttpRequest.newBuilder(URI.create(base + "/test/slow?millis=" + SLOW_MILLIS + "&n=" + i))
						.timeout(Duration.ofSeconds(60))
						.build(), HttpResponse.BodyHandlers.ofString()));
			}
			try {
				app.awaitLog("slow request started", SLOW_REQUESTS, Duration.ofSeconds(30));
			}
			finally {
				Files.writeString(Path.of("target", "GracefulShutdownTests-app.log"), app.log());
			}

			long signalled = System.nanoTime();
			app.terminate();
			Integer exit = app.awaitExit(grace.plusSeconds(15));
			Duration stopping = Duration.ofNanos(System.nanoTime() - signalled);
			loading.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			Files.writeString(Path.of("target", "GracefulShutdownTests-app.log"), app.log());

			assertThat(exit).as("the process exited").isNotNull().isIn(0, 143);
			assertThat(stopping).as("exit within the grace period").isLessThan(grace);
			for (CompletableFuture<HttpResponse<String>> request : slow) {
				HttpResponse<String> response = request.get(10, TimeUnit.SECONDS);
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).isEqualTo("completed after " + SLOW_MILLIS + " ms");
			}
			assertThat(app.count("Commencing graceful shutdown")).isEqualTo(1);
			assertThat(app.count("Graceful shutdown complete")).isEqualTo(1);

			List<Outcome> answered = load.stream().filter((o) -> o.status() != 0).toList();
			List<Outcome> lostBefore = load.stream()
				.filter((o) -> o.started() < signalled && (o.status() < 200 || o.status() > 299))
				.toList();
			long refusedAfter = load.stream().filter((o) -> o.started() >= signalled && o.status() == 0).count();
			System.out
				.printf("Shutdown: exit %d after %d ms (grace %s); %d of %d slow requests in flight completed 200; "
						+ "load: %d answered (%d non-2xx), %d started before SIGTERM and lost, %d not accepted after it%n",
						exit, stopping.toMillis(), grace, SLOW_REQUESTS, SLOW_REQUESTS, answered.size(),
						answered.stream().filter((o) -> o.status() < 200 || o.status() > 299).count(),
						lostBefore.size(), refusedAfter);
			assertThat(answered).as("every answer is a 2xx").allMatch((o) -> o.status() >= 200 && o.status() < 300);
			assertThat(lostBefore).as("requests sent before SIGTERM that did not complete").isEmpty();
		}
	}

	private Outcome send(String url) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = this.client.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Outcome(url, started, response.statusCode(), null);
		}
		catch (Exception ex) {
			return new Outcome(url, started, 0, ex.toString());
		}
	}

	/** A load request: status 0 when no answer came (refused or cut). */
	private record Outcome(String url, long started, int status, String failure) {
	}

	/**
	 * A request that takes as long as asked, so that it is surely in flight when the
	 * signal arrives; only in the process this test starts (added as a source, under its
	 * own profile).
	 */
	@RestController
	@Profile("slow-requests")
	static class SlowRequests {

		@GetMapping("/test/slow")
		String slow(@RequestParam int millis) throws InterruptedException {
			System.out.println("slow request started");
			Thread.sleep(millis);
			return "completed after " + millis + " ms";
		}

	}

}
