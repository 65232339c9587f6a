package org.steppingstone.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;
import org.steppingstone.SteppingStoneApplication;

import static org.awaitility.Awaitility.await;

/**
 * The application in a process of its own, started from the test classpath as
 * {@code java -cp … SteppingStoneApplication} with the given arguments on a free port:
 * what a replica is in production, so that it can be stopped by SIGTERM and several can
 * share one database.
 */
final class AppProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern STARTED = Pattern.compile("Started SteppingStoneApplication in ([0-9.]+) seconds");

	private final Process process;

	private final List<String> log = new ArrayList<>();

	private final CompletableFuture<Integer> port = new CompletableFuture<>();

	private final Thread reader;

	private AppProcess(Process process) {
		this.process = process;
		this.reader = new Thread(this::readLog, "app-" + process.pid());
		this.reader.setDaemon(true);
		this.reader.start();
	}

	static AppProcess start(String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				SteppingStoneApplication.class.getName(), "--server.port=0", "--server.address=127.0.0.1"));
		command.addAll(List.of(arguments));
		return new AppProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/** Waits until the app answers ready, and returns its base URL. */
	String awaitReady(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		int port;
		try {
			port = this.port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The app did not start in " + timeout + ":\n" + log(), ex);
		}
		String base = "http://127.0.0.1:" + port;
		HttpClient client = HttpClient.newHttpClient();
		try {
			await().atMost(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)))
				.pollInterval(Duration.ofMillis(100))
				.ignoreException(IOException.class) // not listening yet
				.until(() -> client
					.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
							HttpResponse.BodyHandlers.ofString())
					.statusCode() == 200);
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException("The app did not become ready in " + timeout + ":\n" + log(), ex);
		}
		return base;
	}

	/** Seconds from launch to "Started …" as the app logs it, JVM start included. */
	double startSeconds() {
		synchronized (this.log) {
			for (String line : this.log) {
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					return Double.parseDouble(started.group(1));
				}
			}
		}
		return Double.NaN;
	}

	/**
	 * Sends SIGTERM, as a container runtime or systemd does. Through the handle:
	 * {@code Process.destroy()} would also close the pipe the app logs to.
	 */
	void terminate() {
		this.process.toHandle().destroy();
	}

	/**
	 * The exit code, or null when the process still runs after the timeout; once it has
	 * exited, the log holds all it wrote.
	 */
	Integer awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			return null;
		}
		this.reader.join(10_000);
		return this.process.exitValue();
	}

	String log() {
		synchronized (this.log) {
			return String.join("\n", this.log);
		}
	}

	/** How many lines of the log so far contain the text. */
	long count(String text) {
		synchronized (this.log) {
			return this.log.stream().filter((line) -> line.contains(text)).count();
		}
	}

	/** Waits until as many lines of the log contain the text. */
	void awaitLog(String text, long lines, Duration timeout) throws InterruptedException {
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> count(text) >= lines);
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException(lines + " lines with \"" + text + "\" not logged in " + timeout, ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private void readLog() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				synchronized (this.log) {
					this.log.add(line);
				}
				Matcher port = PORT.matcher(line);
				if (port.find()) {
					this.port.complete(Integer.parseInt(port.group(1)));
				}
			}
		}
		catch (IOException ex) {
			// the process ended
		}
		this.port.completeExceptionally(new IllegalStateException("The app exited"));
	}

}
