package org.steppingstone.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A passage of the source document (the answer, the definition, section introductions,
 * the summary, the table's column headings), named by a stable id.
 */
@Entity
@Immutable
@Table(name = "guide_passages")
public class GuidePassage {

	@Id
	private String id;

	private String heading;

	private String body;

	protected GuidePassage() {
	}

	public String getId() {
		return this.id;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

}
