package org.steppingstone.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ProgramRepository extends OfferingRepository<Program> {

	@Query("select p from Program p where p.institution.id = :institutionId order by p.title")
	List<Program> findByInstitutionId(String institutionId);

	/**
	 * How many programs each university offers today, and how many retired ones it
	 * offered, in one statement.
	 */
	@Query("select p.institution.id as institutionId,"
			+ " sum(case when p.retiredOn is null then 1 else 0 end) as programs,"
			+ " sum(case when p.retiredOn is null then 0 else 1 end) as retired"
			+ " from Program p group by p.institution.id")
	List<InstitutionCount> findProgramCounts();

	interface InstitutionCount {

		String getInstitutionId();

		/** Programs offered today. */
		long getPrograms();

		/** Retired programs, counted apart. */
		long getRetired();

	}

}
