package org.steppingstone.degrees;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.validation.Validator;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.DegreeRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Titles;
import org.steppingstone.source.Provenance;
import org.steppingstone.source.ProvenanceLookup;

/**
 * The receiving degrees: their list and each degree's page, for the pages and the API
 * alike.
 */
@Service
@Transactional(readOnly = true)
public class DegreeCatalog {

	private final DegreeRepository degrees;

	private final PathwayRepository pathways;

	private final ProvenanceLookup provenance;

	DegreeCatalog(DegreeRepository degrees, PathwayRepository pathways, ProvenanceLookup provenance) {
		this.degrees = degrees;
		this.pathways = pathways;
		this.provenance = provenance;
	}

	/** Every degree by title, with the pathways to each. */
	public Listing listing() {
		Map<String, List<Pathway>> byDegree = this.pathways.findAllForListing()
			.stream()
			.filter((p) -> p.getDegree() != null)
			.collect(Collectors.groupingBy((p) -> p.getDegree().getId()));
		return new Listing(Titles.sorted(this.degrees.findAllWithInstitution(), Degree::getTitle), byDegree);
	}

	/**
	 * A degree with the pathways to it, the sources of both and the disagreements about
	 * them.
	 */
	public Optional<DegreePage> page(String id) {
		return this.degrees.findDetailById(id).map((degree) -> {
			List<Pathway> accepted = Titles.pathways(this.pathways.findByDegreeIdOrderByProgramTitleAscIdAsc(id));
			List<String> sourceIds = new ArrayList<>(degree.getSourceIds());
			if (degree.getCredits() != null) {
				sourceIds.add(degree.getCredits().sourceId());
			}
			if (degree.getLength() != null) {
				sourceIds.add(degree.getLength().sourceId());
			}
			if (degree.getTuition() != null) {
				sourceIds.add(degree.getTuition().sourceId());
			}
			Map<String, String> entities = new LinkedHashMap<>();
			entities.put(id, degree.getTitle());
			accepted.forEach((p) -> {
				entities.put(p.getId(), p.label());
				sourceIds.addAll(p.getSourceIds());
			});
			Map<String, Currency> currencies = (degree.getTuition() != null && degree.getTuition().currency() != null)
					? Map.of(id, degree.getTuition().currency()) : Map.of();
			return new DegreePage(degree, accepted, this.provenance.load(entities, currencies, sourceIds));
		});
	}

	/**
	 * @param degrees every degree, by title
	 * @param pathwaysByDegree the pathways to each degree, by degree id
	 */
	public record Listing(List<Degree> degrees, Map<String, List<Pathway>> pathwaysByDegree) {

		public int pathwayCount(String degreeId) {
			return pathwaysTo(degreeId).size();
		}

		public List<Pathway> pathwaysTo(String degreeId) {
			return this.pathwaysByDegree.getOrDefault(degreeId, List.of());
		}

		/** The receiving universities' countries: the choices of the country filter. */
		public List<String> countries() {
			return this.degrees.stream().map((d) -> d.getInstitution().getCountry()).distinct().sorted().toList();
		}

		/**
		 * Rejects a well-formed country that no degree is in: the query's check against
		 * this list.
		 */
		public Validator validator() {
			return new DegreeQueryValidator(this);
		}

		/** The degrees that pass every filter of the query, by title. */
		public List<Degree> matching(DegreeQuery query) {
			return this.degrees.stream().filter(query.asPredicate((d) -> pathwaysTo(d.getId()))).toList();
		}

	}

	/**
	 * Everything a degree's page shows.
	 *
	 * @param degree the degree with its institution and sources
	 * @param pathways the pathways to it with their programs, conditions and sources, by
	 * program title
	 * @param provenance the sources of the degree and its pathways, and the disagreements
	 * about them
	 */
	public record DegreePage(Degree degree, List<Pathway> pathways, Provenance provenance) {

		/** The degree's sources, then those of its pathways, each once. */
		public List<String> sourceIds() {
			Set<String> ids = new LinkedHashSet<>(this.degree.getSourceIds());
			this.pathways.forEach((p) -> ids.addAll(p.getSourceIds()));
			return List.copyOf(ids);
		}

	}

}
