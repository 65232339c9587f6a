package org.steppingstone.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pathways, each read in one statement with one of two fetch plans: as a list shows
 * them (with the program, its institution, the receiving institution and degree), or with
 * all they state (their conditions and sources as well).
 */
@Transactional(readOnly = true)
public interface PathwayRepository extends Repository<Pathway, String> {

	/** Every pathway as a list shows it, by program title. */
	@EntityGraph(attributePaths = { "program.institution", "institution", "degree" })
	@Query("select w from Pathway w order by w.program.title, w.id")
	List<Pathway> findAllForListing();

	/**
	 * Every pathway with all it states, by program title: the API and the CSV exports.
	 */
	@EntityGraph(attributePaths = { "program.institution", "institution", "degree", "conditions", "sourceIds" })
	@Query("select w from Pathway w order by w.program.title, w.id")
	List<Pathway> findAllWithDetails();

	@EntityGraph(attributePaths = { "program.institution", "institution", "degree", "conditions", "sourceIds" })
	Optional<Pathway> findDetailById(String id);

	@EntityGraph(attributePaths = { "program.institution", "institution", "degree", "conditions", "sourceIds" })
	List<Pathway> findByProgramIdOrderById(String programId);

	@EntityGraph(attributePaths = { "program.institution", "institution", "degree", "conditions", "sourceIds" })
	List<Pathway> findByDegreeIdOrderByProgramTitleAscIdAsc(String degreeId);

	/** The pathways into one university, as a list shows them, by program title. */
	@EntityGraph(attributePaths = { "program.institution", "institution", "degree" })
	List<Pathway> findByInstitutionIdOrderByProgramTitleAscIdAsc(String institutionId);

}
