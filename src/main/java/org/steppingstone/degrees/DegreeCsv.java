package org.steppingstone.degrees;

import java.util.Arrays;
import java.util.List;

import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;

/**
 * {@code /degrees.csv}: one record per degree with each figure, its source and date, how
 * many pathways lead to it, and the address of its page.
 */
final class DegreeCsv {

	static final String[] COLUMNS = { "id", "url", "title", "institution", "institution_id", "country", "field",
			"delivery", "tuition_usd", "tuition_as_of", "tuition_source_id", "credits_value", "credits_unit",
			"credits_source_id", "length_months_min", "length_months_max", "length_source_id", "pathways",
			"credit_pathways" };

	private DegreeCsv() {
	}

	static List<List<Object>> records(List<Degree> degrees, DegreeCatalog.Listing listing, String baseUrl) {
		return degrees.stream().map((d) -> {
			List<Pathway> pathways = listing.pathwaysTo(d.getId());
			return Arrays.<Object>asList(d.getId(), baseUrl + "/degrees/" + d.getId(), d.getTitle(),
					d.getInstitution().getName(), d.getInstitution().getId(), d.getInstitution().getCountry(),
					(d.getField() != null) ? d.getField().getLabel() : null, d.getDelivery(),
					(d.getTuition() != null) ? d.getTuition().value() : null,
					(d.getTuition() != null) ? d.getTuition().asOf() : null,
					(d.getTuition() != null) ? d.getTuition().sourceId() : null,
					(d.getCredits() != null) ? d.getCredits().value() : null,
					(d.getCredits() != null) ? d.getCredits().unit() : null,
					(d.getCredits() != null) ? d.getCredits().sourceId() : null,
					(d.getLength() != null) ? d.getLength().min() : null,
					(d.getLength() != null) ? d.getLength().max() : null,
					(d.getLength() != null) ? d.getLength().sourceId() : null, pathways.size(),
					pathways.stream().filter(Pathway::isCredit).count());
		}).toList();
	}

}
