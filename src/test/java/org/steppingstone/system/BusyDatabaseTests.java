package org.steppingstone.system;

import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read that fails for a moment's reason (here the exceptions Spring translates a lost
 * deadlock and a query time-out into, as a page's read saw them while another release
 * migrated the schema) is answered 503 with a short {@code Retry-After}, never 500: a
 * page in the site's layout, or a problem detail on the API's paths; neither shows the
 * failure's internals.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(BusyDatabaseTests.BusyReads.class)
class BusyDatabaseTests {

	@Autowired
	private RestTestClient client;

	@Test
	void shouldAnswerAPageWhoseReadLostADeadlockWithAServiceUnavailablePage() {
		String body = this.client.get()
			.uri("/test/deadlock")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "5")
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("This page is briefly unavailable", "busy for a moment", "site-header", "site-footer")
			.doesNotContain("deadlock", "Exception", "SQL", "cannot be reached");
	}

	@Test
	void shouldAnswerAnApiReadThatTimedOutWithAProblemDetail() {
		String body = this.client.get()
			.uri("/api/v1/test-timeout")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "5")
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"status\":503", "\"title\":\"Service Unavailable\"", "busy for a moment")
			.doesNotContain("canceling", "Exception", "SQL");
	}

	/**
	 * Reads that fail as a busy database makes them fail; only in this test's context.
	 */
	@RestController
	static class BusyReads {

		@GetMapping("/test/deadlock")
		String deadlock() {
			throw new CannotAcquireLockException("could not execute statement",
					new SQLException("ERROR: deadlock detected", "40P01"));
		}

		@GetMapping("/api/v1/test-timeout")
		String timeout() {
			throw new QueryTimeoutException("could not execute statement",
					new SQLException("ERROR: canceling statement due to statement timeout", "57014"));
		}

	}

}
