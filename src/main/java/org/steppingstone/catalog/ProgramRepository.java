package org.steppingstone.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ProgramRepository extends OfferingRepository<Program> {

	@Query("select p from Program p where p.institution.id = :institutionId order by p.title")
	List<Program> findByInstitutionId(String institutionId);

	/** How many programs each university offers today (retired ones left out). */
	@Query("select p.institution.id as institutionId, count(p) as programs from Program p"
			+ " where p.retiredOn is null group by p.institution.id")
	List<InstitutionCount> findProgramCounts();

	interface InstitutionCount {

		String getInstitutionId();

		long getPrograms();

	}

}
