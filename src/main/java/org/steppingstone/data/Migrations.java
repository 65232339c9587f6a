package org.steppingstone.data;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway at start-up, as Boot runs it, with one addition: a migration that gave up
 * waiting for a lock (on PostgreSQL each waits at most {@code lock_timeout}, set by the
 * {@code beforeEachMigrate} callback in {@code db/postgresql}) or lost a deadlock was
 * rolled back whole, so it is simply run again, a moment later, up to {@link #ATTEMPTS}
 * times. Meanwhile the replicas already running read as usual.
 */
@Configuration(proxyBeanMethods = false)
class Migrations {

	/** How many times start-up runs the migrations before it gives up. */
	static final int ATTEMPTS = 30;

	/**
	 * SQL states of a migration that may succeed when run again: lock not available,
	 * deadlock.
	 */
	private static final Set<String> RETRIED = Set.of("55P03", "40P01");

	private static final Log logger = LogFactory.getLog(Migrations.class);

	@Bean
	FlywayMigrationStrategy retryingMigrations() {
		return (flyway) -> migrate(flyway, ATTEMPTS, Duration.ofMillis(500));
	}

	/**
	 * Runs the pending migrations, again after a pause of about {@code pause} (up to
	 * twice as long, so that replicas starting together do not meet again) each time one
	 * gave up waiting for a lock, at most {@code attempts} times in all.
	 */
	static void migrate(Flyway flyway, int attempts, Duration pause) {
		for (int attempt = 1;; attempt++) {
			try {
				flyway.migrate();
				return;
			}
			catch (FlywayException ex) {
				if (attempt >= attempts || !retried(ex)) {
					throw ex;
				}
				logger.info("A migration waited too long for a lock held by running replicas and was rolled back"
						+ " (attempt " + attempt + " of " + attempts + "); running it again");
				try {
					Thread.sleep(pause.toMillis() + ThreadLocalRandom.current().nextLong(pause.toMillis() + 1));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** Whether the failure, or one of its causes, is a lock time-out or a deadlock. */
	static boolean retried(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && RETRIED.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
