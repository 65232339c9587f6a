package org.steppingstone.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No item of a collection ({@code programs}, {@code degrees} or {@code pathways}) has the
 * requested id: a 404 whose detail names the list to choose from.
 */
class UnknownItem extends ErrorResponseException {

	UnknownItem(String collection) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
				"api.problem.notFound." + collection, null);
	}

	/** An expected answer, not a fault: no stack trace to fill. */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
