package org.steppingstone.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface InstitutionRepository extends Repository<Institution, String> {

	Optional<Institution> findById(String id);

	List<Institution> findAllByOrderByNameAsc();

	long count();

}
