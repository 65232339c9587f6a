package org.steppingstone.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A public page that one or more catalog values come from.
 */
@Entity
@Immutable
@Table(name = "sources")
public class Source {

	@Id
	private String id;

	private String url;

	private String title;

	private String publisher;

	private String publishedOn;

	private String kind;

	protected Source() {
	}

	public String getId() {
		return this.id;
	}

	public String getUrl() {
		return this.url;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	/**
	 * The source's own date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null
	 * when undated.
	 */
	public String getPublishedOn() {
		return this.publishedOn;
	}

	/** {@code official}, {@code press}, {@code third-party} or {@code learner}. */
	public String getKind() {
		return this.kind;
	}

}
