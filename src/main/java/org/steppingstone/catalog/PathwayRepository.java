package org.steppingstone.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface PathwayRepository extends Repository<Pathway, String> {

	/**
	 * Every pathway with its program, the program's institution, the receiving
	 * institution and degree.
	 */
	@Query("""
			select w from Pathway w join fetch w.program p join fetch p.institution join fetch w.institution
			left join fetch w.degree order by p.title, w.id""")
	List<Pathway> findAllForListing();

	/**
	 * Every pathway as {@link #findAllForListing()} lists it, with its sources: what the
	 * CSV exports need.
	 */
	@Query("""
			select w from Pathway w join fetch w.program p join fetch p.institution join fetch w.institution
			left join fetch w.degree left join fetch w.sourceIds order by p.title, w.id""")
	List<Pathway> findAllWithSources();

	@Query("""
			select w from Pathway w join fetch w.institution left join fetch w.degree
			left join fetch w.conditions left join fetch w.sourceIds
			where w.program.id = :programId order by w.id""")
	List<Pathway> findByProgramId(String programId);

	@Query("""
			select w from Pathway w join fetch w.program p join fetch p.institution join fetch w.degree
			left join fetch w.conditions where w.degree.id = :degreeId order by p.title""")
	List<Pathway> findByDegreeId(String degreeId);

	@Query("""
			select w from Pathway w join fetch w.program p join fetch p.institution join fetch w.institution
			left join fetch w.degree left join fetch w.conditions left join fetch w.sourceIds
			where w.id = :id""")
	Optional<Pathway> findDetailById(String id);

	@Query("""
			select w from Pathway w join fetch w.program p join fetch p.institution left join fetch w.degree
			where w.institution.id = :institutionId order by p.title""")
	List<Pathway> findByReceivingInstitutionId(String institutionId);

	List<Pathway> findByCreditSharePercentIsNotNull();

	/**
	 * Every pathway with all it states and its sources, in list order: what the JSON API
	 * shows of each.
	 */
	@Query("""
			select w from Pathway w join fetch w.program p join fetch p.institution join fetch w.institution
			left join fetch w.degree left join fetch w.conditions left join fetch w.sourceIds order by p.title, w.id""")
	List<Pathway> findAllWithDetails();

	/**
	 * The pathways to one degree with all they state and their sources, by program title.
	 */
	@Query("""
			select w from Pathway w join fetch w.program p join fetch p.institution join fetch w.institution
			join fetch w.degree left join fetch w.conditions left join fetch w.sourceIds
			where w.degree.id = :degreeId order by p.title, w.id""")
	List<Pathway> findWithDetailsByDegreeId(String degreeId);

	long count();

}
