package org.steppingstone.system;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one mapping from an exception to its answer: a database that cannot be reached is a
 * 503 with Retry-After however the failure surfaces, and so is a statement that failed
 * for a moment's reason (deadlock, lock time-out, serialization failure, query time-out);
 * a fault of the data is not.
 */
class ErrorResponsesTests {

	@Test
	void shouldAnswerAPoolTimeOutWithServiceUnavailable() {
		ErrorResponse error = ErrorResponses.of(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
		assertThat(error.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(error.getHeaders().getFirst("Retry-After")).isEqualTo("30");
		assertThat(error.getDetailMessageCode()).isEqualTo("problemDetail.status.503");
	}

	@Test
	void shouldAnswerADroppedConnectionWithServiceUnavailable() {
		SQLException dropped = new SQLException("An I/O error occurred while sending to the backend.", "08006");
		assertThat(ErrorResponses.of(new RuntimeException(new RuntimeException(dropped))).getStatusCode())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		SQLException shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(ErrorResponses.of(new RuntimeException(shuttingDown)).getStatusCode())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void shouldAnswerARollbackThatFailedOnTheBrokenConnectionWithServiceUnavailable() {
		// What Spring throws when a statement failed on a dead connection and the
		// rollback then failed too: the statement's exception is gone.
		JpaSystemException rollback = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(ErrorResponses.of(rollback).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void shouldAnswerAFaultOfTheDataAsAServerError() {
		SQLException duplicate = new SQLException("duplicate key value", "23505");
		ErrorResponse error = ErrorResponses.of(new DataIntegrityViolationException("insert", duplicate));
		assertThat(error.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(error.getHeaders().getFirst("Retry-After")).isNull();
		assertThat(ErrorResponses.of(new IllegalStateException("bug")).getStatusCode())
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	@Test
	void shouldKeepTheAnswerSpringsExceptionsCarry() {
		ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND);
		assertThat(ErrorResponses.of(notFound)).isSameAs(notFound);
		assertThat(ErrorResponses.of(new InvalidParameterException("bad %XY")).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldAnswerATransientFailureOfTheStatementWithServiceUnavailableSoonToRetry() {
		// What the first release answered 500 while the next one migrated (issue 29).
		SQLException deadlock = new SQLException("ERROR: deadlock detected", "40P01");
		List<Throwable> transients = List.of(new CannotAcquireLockException("could not execute statement", deadlock),
				new PessimisticLockingFailureException("lock", new SQLException("lock timeout", "55P03")),
				new QueryTimeoutException("query", new SQLTimeoutException("canceled", "57014")),
				new JpaSystemException(new RuntimeException(new SQLException("could not serialize", "40001"))),
				new RuntimeException(new SQLTransactionRollbackException("rolled back")),
				new RuntimeException(new SQLException("Timeout trying to lock table", "HYT00")),
				new RuntimeException(deadlock));
		for (Throwable failure : transients) {
			ErrorResponse error = ErrorResponses.of(failure);
			assertThat(error.getStatusCode()).as(failure.toString()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(error.getHeaders().getFirst("Retry-After")).as(failure.toString()).isEqualTo("5");
			assertThat(error.getDetailMessageCode()).isEqualTo("problemDetail.status.503.busy");
			assertThat(ErrorResponses.busy(error)).isTrue();
		}
		assertThat(ErrorResponses.busy(ErrorResponses.of(new CannotCreateTransactionException("pool",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))))
			.as("an outage is not a busy database")
			.isFalse();
		assertThat(ErrorResponses.busy(ErrorResponses.of(new IllegalStateException("bug")))).isFalse();
	}

}
