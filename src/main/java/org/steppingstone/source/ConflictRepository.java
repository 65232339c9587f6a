package org.steppingstone.source;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ConflictRepository extends Repository<Conflict, String> {

	/**
	 * The disagreements about any of these programs, courses, degrees or pathways, with
	 * their values.
	 */
	@Query("select distinct c from Conflict c left join fetch c.values where c.entityId in :entityIds order by c.id")
	List<Conflict> findByEntityIdIn(Collection<String> entityIds);

	long count();

}
