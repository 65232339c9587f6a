package org.steppingstone.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One source's value for a disputed field, kept as text because the alternatives mix
 * numbers, ranges and words.
 */
@Embeddable
public class ConflictValue {

	@Column(name = "value_text")
	private String value;

	@Column(name = "source_id")
	private String sourceId;

	@Column(name = "note")
	private String note;

	@Column(name = "kept")
	private boolean kept;

	protected ConflictValue() {
	}

	public String getValue() {
		return this.value;
	}

	/**
	 * Whether this is the catalog's choice to leave the field empty rather than a value a
	 * source gives.
	 */
	public boolean isLeftEmpty() {
		return "null".equals(this.value);
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public String getNote() {
		return this.note;
	}

	public boolean isKept() {
		return this.kept;
	}

}
