package org.steppingstone.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL cluster for one test class, started, stopped and resumed with
 * {@code .ci/postgres.sh} (which finds or installs the binaries as CI does) on its own
 * port and directory, never the shared one on 15432. Runs as root (the script starts the
 * server as the postgres user); where that or the binaries are missing, the test is
 * skipped, except in CI ({@code STEPPINGSTONE_REQUIRE_BROWSER=true} or
 * {@code STEPPINGSTONE_TEST_POSTGRES_URL} set), where it fails.
 */
final class PostgresCluster implements AutoCloseable {

	private final int port;

	private final String dir;

	private PostgresCluster(int port, String dir) {
		this.port = port;
		this.dir = dir;
	}

	/** A new cluster with an empty database {@code steppingstone}. */
	static PostgresCluster start(int port, String dir) throws Exception {
		boolean required = "true".equals(System.getenv("STEPPINGSTONE_REQUIRE_BROWSER"))
				|| System.getenv("STEPPINGSTONE_TEST_POSTGRES_URL") != null;
		String missing = missing(required);
		if (missing != null) {
			if (required) {
				throw new IllegalStateException("PostgreSQL fault tests cannot run: " + missing);
			}
			Assumptions.abort("PostgreSQL fault tests skipped: " + missing
					+ ". They run where .ci/postgres.sh can start a cluster (as root, as in CI).");
		}
		PostgresCluster cluster = new PostgresCluster(port, dir);
		cluster.script("start");
		return cluster;
	}

	String url() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/steppingstone";
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), "postgres", "");
	}

	/** Stops the server (fast shutdown: open connections are cut), keeping its data. */
	void stop() throws Exception {
		script("stop");
	}

	/** Starts the stopped server again with its data. */
	void resume() throws Exception {
		script("resume");
	}

	@Override
	public void close() throws Exception {
		if (Files.exists(Path.of(this.dir, "postmaster.pid"))) {
			stop();
		}
	}

	private void script(String command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", ".ci/postgres.sh", command).redirectErrorStream(true);
		builder.environment().put("PG_PORT", Integer.toString(this.port));
		builder.environment().put("PG_DIR", this.dir);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(".ci/postgres.sh " + command + " failed: " + output);
		}
	}

	/**
	 * Why a cluster cannot be started here, or null when it can. Where it is required,
	 * the script installs PostgreSQL when it is missing.
	 */
	private static String missing(boolean required) throws IOException {
		if (!Files.isRegularFile(Path.of(".ci/postgres.sh"))) {
			return "no .ci/postgres.sh in the working directory";
		}
		if (!"root".equals(System.getProperty("user.name"))) {
			return "not running as root";
		}
		Path lib = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(lib)) {
			try (Stream<Path> versions = Files.list(lib)) {
				if (versions.anyMatch((v) -> Files.isExecutable(v.resolve("bin/initdb")))) {
					return null;
				}
			}
		}
		return required ? null : "PostgreSQL is not installed in /usr/lib/postgresql";
	}

}
