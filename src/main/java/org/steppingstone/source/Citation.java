package org.steppingstone.source;

/**
 * One fact on one page that cites a source, read from the {@code source_citations} view.
 */
public interface Citation {

	String getSourceId();

	/**
	 * The page the fact is shown on: {@code program}, {@code degree} or {@code pathway}.
	 */
	String getPage();

	String getPageId();

	String getPageTitle();

	/**
	 * What the source backs there, as a message key suffix: {@code price},
	 * {@code length}, {@code course}…
	 */
	String getFact();

}
