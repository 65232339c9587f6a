package org.steppingstone.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface DegreeRepository extends Repository<Degree, String> {

	@Query("select d from Degree d join fetch d.institution order by d.title")
	List<Degree> findAllWithInstitution();

	@Query("select d from Degree d join fetch d.institution left join fetch d.sourceIds where d.id = :id")
	Optional<Degree> findDetailById(String id);

	@Query("select d from Degree d join fetch d.institution where d.id in :ids")
	List<Degree> findWithInstitutionByIdIn(java.util.Collection<String> ids);

	long count();

}
