package org.steppingstone.institutions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.InstitutionRepository;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.PathwayRepository;
import org.steppingstone.catalog.Program;
import org.steppingstone.catalog.ProgramRepository;
import org.steppingstone.catalog.Titles;

/**
 * The universities: their list with what each offers and accepts, and each university's
 * page, for the pages and the API alike.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionCatalog {

	private final InstitutionRepository institutions;

	private final ProgramRepository programs;

	private final PathwayRepository pathways;

	InstitutionCatalog(InstitutionRepository institutions, ProgramRepository programs, PathwayRepository pathways) {
		this.institutions = institutions;
		this.programs = programs;
		this.pathways = pathways;
	}

	public Listing listing() {
		List<ProgramRepository.InstitutionCount> counts = this.programs.findProgramCounts();
		Map<String, Long> offered = counts.stream()
			.collect(Collectors.toMap(ProgramRepository.InstitutionCount::getInstitutionId,
					ProgramRepository.InstitutionCount::getPrograms));
		Map<String, Long> retired = counts.stream()
			.collect(Collectors.toMap(ProgramRepository.InstitutionCount::getInstitutionId,
					ProgramRepository.InstitutionCount::getRetired));
		List<Pathway> pathways = this.pathways.findAllForListing();
		Map<String, Long> accepted = pathways.stream()
			.filter((p) -> !p.isHistorical())
			.collect(Collectors.groupingBy((p) -> p.getInstitution().getId(), Collectors.counting()));
		Map<String, Long> historical = pathways.stream()
			.filter(Pathway::isHistorical)
			.collect(Collectors.groupingBy((p) -> p.getInstitution().getId(), Collectors.counting()));
		return new Listing(Titles.sorted(this.institutions.findAllByOrderByNameAsc(), Institution::getName), offered,
				accepted, retired, historical);
	}

	public Optional<InstitutionPage> page(String id) {
		return this.institutions.findById(id)
			.map((institution) -> new InstitutionPage(institution, this.programs.findByInstitutionId(id),
					Titles.pathways(this.pathways.findByInstitutionIdOrderByProgramTitleAscIdAsc(id))));
	}

	/**
	 * @param institutions every university, by name
	 * @param programCounts how many programs each offers today (not retired), by id;
	 * absent for none
	 * @param acceptedCounts how many current (not historical) pathways lead to each, by
	 * id; absent for none
	 * @param retiredCounts how many retired programs each offered, by id; absent for none
	 * @param historicalCounts how many historical pathways led to each, by id; absent for
	 * none
	 */
	public record Listing(List<Institution> institutions, Map<String, Long> programCounts,
			Map<String, Long> acceptedCounts, Map<String, Long> retiredCounts, Map<String, Long> historicalCounts) {

		public long retiredCount(String institutionId) {
			return this.retiredCounts.getOrDefault(institutionId, 0L);
		}

		public long historicalCount(String institutionId) {
			return this.historicalCounts.getOrDefault(institutionId, 0L);
		}

		public long programCount(String institutionId) {
			return this.programCounts.getOrDefault(institutionId, 0L);
		}

		public long acceptedCount(String institutionId) {
			return this.acceptedCounts.getOrDefault(institutionId, 0L);
		}

	}

	/**
	 * @param institution the university
	 * @param programs the programs it offers, by title
	 * @param accepted the pathways into it, by program title
	 */
	public record InstitutionPage(Institution institution, List<Program> programs, List<Pathway> accepted) {
	}

}
