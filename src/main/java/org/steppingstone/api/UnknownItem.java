package org.steppingstone.api;

/**
 * No item of a collection has the requested id; answered 404 by {@link ApiProblems}.
 */
class UnknownItem extends RuntimeException {

	private final String collection;

	UnknownItem(String collection) {
		super(null, null, false, false);
		this.collection = collection;
	}

	/** {@code programs}, {@code degrees} or {@code pathways}. */
	String getCollection() {
		return this.collection;
	}

}
