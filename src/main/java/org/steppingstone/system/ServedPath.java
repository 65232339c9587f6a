package org.steppingstone.system;

/**
 * A path that serves something other than pages, declared by the feature that serves it
 * as a bean: the security headers and the page cache learn it here.
 *
 * @param path the path; it covers itself and what continues it after a {@code /} or a
 * {@code .}
 * @param role what it serves
 */
public record ServedPath(String path, Role role) {

	public boolean covers(String requestPath) {
		return requestPath != null && requestPath.startsWith(this.path) && (requestPath.length() == this.path.length()
				|| requestPath.charAt(this.path.length()) == '/' || requestPath.charAt(this.path.length()) == '.');
	}

	public enum Role {

		/** Public read-only data: any origin may read it; cached like a page. */
		OPEN_DATA,

		/** The description of that data: any origin may read it; not a page. */
		OPEN_DATA_DESCRIPTION,

		/** A browser console for that data, with its own scripts; not a page. */
		OPEN_DATA_CONSOLE

	}

}
