package org.steppingstone.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads programs and degrees share, each with its university in the same statement.
 *
 * @param <T> a program or a degree
 */
@NoRepositoryBean
@Transactional(readOnly = true)
public interface OfferingRepository<T extends Offering> extends Repository<T, String> {

	@Query("select c from #{#entityName} c join fetch c.institution order by c.title")
	List<T> findAllWithInstitution();

	@Query("select c from #{#entityName} c join fetch c.institution left join fetch c.sourceIds where c.id = :id")
	Optional<T> findDetailById(String id);

	@Query("select c from #{#entityName} c join fetch c.institution where c.id in :ids")
	List<T> findWithInstitutionByIdIn(Collection<String> ids);

	long count();

	boolean existsById(String id);

}
