package org.steppingstone.degrees;

import java.util.Arrays;
import java.util.List;

import org.steppingstone.catalog.Degree.Credits;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.source.SourceNames;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

/**
 * {@code /degrees.csv}: one record per degree with each figure, its source (id, title and
 * address) and date, how many pathways lead to it, and the address of its page. The
 * tuition is in the currency its source uses, named beside it.
 */
final class DegreeCsv {

	static final String[] COLUMNS = { "id", "url", "title", "institution", "institution_id", "country", "field",
			"delivery", "tuition_amount", "tuition_currency", "tuition_as_of", "tuition_source_id",
			"tuition_source_title", "tuition_source_url", "credits_value", "credits_unit", "credits_source_id",
			"credits_source_title", "credits_source_url", "length_months_min", "length_months_max", "length_source_id",
			"length_source_title", "length_source_url", "pathways", "credit_pathways" };

	private DegreeCsv() {
	}

	static List<List<Object>> records(List<Degree> degrees, DegreeCatalog.Listing listing, SourceNames sources,
			String baseUrl) {
		return degrees.stream().map((d) -> {
			List<Pathway> pathways = listing.pathwaysTo(d.getId());
			SourcedAmount tuition = d.getTuition();
			Credits credits = d.getCredits();
			SourcedRange length = d.getLength();
			String tuitionSource = (tuition != null) ? tuition.sourceId() : null;
			String creditsSource = (credits != null) ? credits.sourceId() : null;
			String lengthSource = (length != null) ? length.sourceId() : null;
			return Arrays.<Object>asList(d.getId(), baseUrl + "/degrees/" + d.getId(), d.getTitle(),
					d.getInstitution().getName(), d.getInstitution().getId(), d.getInstitution().getCountry(),
					(d.getField() != null) ? d.getField().getLabel() : null, d.getDelivery(),
					(tuition != null) ? tuition.value() : null, (tuition != null) ? tuition.currencyCode() : null,
					(tuition != null) ? tuition.asOf() : null, tuitionSource, sources.title(tuitionSource),
					sources.url(tuitionSource), (credits != null) ? credits.value() : null,
					(credits != null) ? credits.unit() : null, creditsSource, sources.title(creditsSource),
					sources.url(creditsSource), (length != null) ? length.min() : null,
					(length != null) ? length.max() : null, lengthSource, sources.title(lengthSource),
					sources.url(lengthSource), pathways.size(), pathways.stream().filter(Pathway::isCredit).count());
		}).toList();
	}

}
