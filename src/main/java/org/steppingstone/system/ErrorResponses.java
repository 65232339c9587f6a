package org.steppingstone.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.util.UriUtils;

/**
 * The one mapping from an exception to the status, headers and problem detail it is
 * answered with, for pages and the API alike. Spring's own exceptions
 * ({@link ErrorResponse} and {@link ErrorResponseException}, such as an unknown path or a
 * refused method) carry their answer; a database that cannot be reached is a 503 with
 * {@code Retry-After}, a query string Tomcat cannot decode a 400, anything else a 500.
 * The problem detail's text comes from {@code messages.properties}:
 * {@code problemDetail.<exception class>} for Spring's exceptions,
 * {@code problemDetail.status.<status>} for the answers made here.
 */
public final class ErrorResponses {

	/**
	 * Seconds a client should wait before asking again while the database is unreachable.
	 */
	static final String RETRY_AFTER_SECONDS = "30";

	/**
	 * Seconds a client should wait before asking again after a transient failure of its
	 * statement (a lock wait or deadlock lasts a moment).
	 */
	static final String BUSY_RETRY_AFTER_SECONDS = "5";

	/**
	 * The problem detail's text when the database is busy, rather than unreachable; pages
	 * say it too ({@code error/503.html} reads the model's {@code busy}).
	 */
	static final String BUSY_MESSAGE_CODE = "problemDetail.status.503.busy";

	/**
	 * SQL states of a statement that failed for a moment's reason and would succeed if
	 * sent again: serialization failure and deadlock (class 40, also H2's deadlock), lock
	 * not available (55P03, PostgreSQL's lock_timeout), statement cancelled by a time-out
	 * (57014), and H2's lock time-out (HYT00).
	 */
	private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014", "HYT00");

	private static final Log logger = LogFactory.getLog(ErrorResponses.class);

	private ErrorResponses() {
	}

	public static ErrorResponse of(Throwable ex) {
		if (ex instanceof ErrorResponse error) {
			return error;
		}
		if (databaseUnavailable(ex)) {
			ErrorResponseException unavailable = forStatus(HttpStatus.SERVICE_UNAVAILABLE, ex);
			unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			return unavailable;
		}
		if (databaseBusy(ex)) {
			ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
					ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE), ex, BUSY_MESSAGE_CODE, null);
			busy.getHeaders().set(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS);
			return busy;
		}
		// A query string that is not valid UTF-8 or percent-encoding: the client's
		// mistake.
		return forStatus(
				(ex instanceof InvalidParameterException) ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR,
				ex);
	}

	/**
	 * An answer with nothing but a status, such as a refusal sent by a filter before
	 * Spring MVC.
	 */
	public static ErrorResponse of(HttpStatusCode status) {
		return forStatus(status, null);
	}

	/**
	 * Whether the exception, or one of its causes, says that no connection to the
	 * database could be made or kept: the pool timed out, the server refused or dropped
	 * the connection (SQL state class 08), or it is shutting down or starting (57P01–03),
	 * whether the statement or its rollback reported it. A fault of the query or the data
	 * is not one of them.
	 */
	static boolean databaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
				return true;
			}
			// A statement that failed on a broken connection is rolled back, and the
			// rollback fails too: its exception replaces the statement's (which Spring
			// keeps only in a TransactionSystemException). A rollback fails on the
			// connection only when the connection is unusable.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& databaseUnavailable(rollback.getApplicationException())) {
				return true;
			}
			if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the exception, or one of its causes, is a transient failure of the
	 * statement: Spring's {@link TransientDataAccessException} (which includes
	 * {@code CannotAcquireLockException}, {@code PessimisticLockingFailureException} and
	 * {@code QueryTimeoutException}), JDBC's {@link SQLTransientException}, or one of the
	 * {@link #TRANSIENT_STATES}, however Hibernate or the driver wrapped it.
	 */
	static boolean databaseBusy(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof TransientDataAccessException || cause instanceof SQLTransientException) {
				return true;
			}
			if (cause instanceof SQLException sql && TRANSIENT_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** Whether the answer says the database is busy for a moment ({@link #of}). */
	public static boolean busy(ErrorResponse error) {
		return BUSY_MESSAGE_CODE.equals(error.getDetailMessageCode());
	}

	/**
	 * The headers of an error's answer, page or problem detail: its own, and a
	 * Cache-Control that keeps it from standing in for the page in any cache. A refusal
	 * (4xx) may be stored but is asked for again; a failure (5xx) is not stored at all.
	 */
	public static HttpHeaders headers(HttpHeaders given, HttpStatusCode status) {
		HttpHeaders headers = HttpHeaders.copyOf(given);
		if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			headers.setCacheControl(status.is5xxServerError() ? CacheControl.noStore() : CacheControl.noCache());
		}
		return headers;
	}

	/**
	 * Logs a server error: an outage in one line per request (the pool's own log says
	 * why), anything else with its stack trace. Client errors are not logged.
	 */
	public static void log(ErrorResponse error, String request) {
		if (!error.getStatusCode().is5xxServerError() || !(error instanceof Exception ex)) {
			return;
		}
		if (databaseUnavailable(ex)) {
			logger.warn("Database unavailable, answered " + error.getStatusCode().value() + ": " + request);
		}
		else if (busy(error)) {
			logger.warn("Database busy, answered " + error.getStatusCode().value() + ": " + request + " ("
					+ rootCause(ex).getMessage() + ")");
		}
		else {
			logger.error("Request failed: " + request, (ex.getCause() != null) ? ex.getCause() : ex);
		}
	}

	/**
	 * A problem's {@code instance}: the path as sent, encoded when it is not a valid URI
	 * reference (Spring would fail to parse it).
	 */
	public static URI instance(String path) {
		if (path == null) {
			return URI.create("");
		}
		try {
			return new URI(path);
		}
		catch (URISyntaxException ex) {
			return URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8));
		}
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	/** An answer made here: its detail text is looked up by status. */
	private static ErrorResponseException forStatus(HttpStatusCode status, Throwable cause) {
		return new ErrorResponseException(status, ProblemDetail.forStatus(status), cause,
				"problemDetail.status." + status.value(), null);
	}

}
