package org.steppingstone.source;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One source's value for a disputed field, kept as text because the alternatives mix
 * numbers, ranges and words.
 */
@Embeddable
public class ConflictValue {

	private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?");

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

	/**
	 * A value that is a bare number ("9900") or a range of two ("1200-1500"), as its
	 * numbers; empty for a value in words ("exam fee 200 (not 600)"), which is shown as
	 * the source wrote it.
	 */
	public List<BigDecimal> getAmounts() {
		Matcher matcher = (this.value != null) ? AMOUNT.matcher(this.value) : null;
		if (matcher == null || !matcher.matches()) {
			return List.of();
		}
		return (matcher.group(2) != null) ? List.of(new BigDecimal(matcher.group(1)), new BigDecimal(matcher.group(2)))
				: List.of(new BigDecimal(matcher.group(1)));
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
