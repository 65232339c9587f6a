package org.steppingstone.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ProgramRepository extends Repository<Program, String> {

	@Query("select p from Program p join fetch p.institution order by p.title")
	List<Program> findAllWithInstitution();

	@Query("select p from Program p join fetch p.institution left join fetch p.sourceIds where p.id = :id")
	Optional<Program> findDetailById(String id);

	@Query("select p from Program p join fetch p.institution where p.id in :ids")
	List<Program> findWithInstitutionByIdIn(java.util.Collection<String> ids);

	@Query("select p from Program p where p.institution.id = :institutionId order by p.title")
	List<Program> findByInstitutionId(String institutionId);

	/** How many programs each university offers today (retired ones left out). */
	@Query("select p.institution.id as institutionId, count(p) as programs from Program p"
			+ " where p.retiredOn is null group by p.institution.id")
	List<InstitutionCount> findProgramCounts();

	long count();

	interface InstitutionCount {

		String getInstitutionId();

		long getPrograms();

	}

}
