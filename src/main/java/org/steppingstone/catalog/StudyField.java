package org.steppingstone.catalog;

import java.util.Arrays;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The controlled list of fields of study, stored by label and named in URLs by slug.
 */
public enum StudyField {

	BUSINESS("Business & Management", "business-management"),
	DATA_SCIENCE("Data Science & Analytics", "data-science-analytics"),
	COMPUTER_SCIENCE("Computer Science", "computer-science"), ENGINEERING("Engineering", "engineering"),
	ECONOMICS("Economics & Finance", "economics-finance"), SOCIAL_SCIENCES("Social Sciences", "social-sciences"),
	ENVIRONMENT("Environment & Sustainability", "environment-sustainability"), DESIGN("Design", "design"),
	INTERDISCIPLINARY("Interdisciplinary", "interdisciplinary");

	/**
	 * The slugs above as one regular expression, for validating the {@code field} filter.
	 */
	public static final String SLUG_PATTERN = "business-management|data-science-analytics|computer-science|engineering"
			+ "|economics-finance|social-sciences|environment-sustainability|design|interdisciplinary";

	private final String label;

	private final String slug;

	StudyField(String label, String slug) {
		this.label = label;
		this.slug = slug;
	}

	public String getLabel() {
		return this.label;
	}

	public String getSlug() {
		return this.slug;
	}

	public static Optional<StudyField> fromSlug(String slug) {
		return Arrays.stream(values()).filter((field) -> field.slug.equals(slug)).findFirst();
	}

	@Converter(autoApply = true)
	static class LabelConverter implements AttributeConverter<StudyField, String> {

		@Override
		public String convertToDatabaseColumn(StudyField field) {
			return (field != null) ? field.label : null;
		}

		@Override
		public StudyField convertToEntityAttribute(String label) {
			return (label != null) ? Arrays.stream(values())
				.filter((field) -> field.label.equals(label))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Unknown field of study: " + label)) : null;
		}

	}

}
