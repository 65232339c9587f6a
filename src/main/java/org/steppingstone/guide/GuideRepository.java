package org.steppingstone.guide;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source document's content. Its parts are read together, so one repository serves
 * them all.
 */
@Transactional(readOnly = true)
public interface GuideRepository extends Repository<GuidePassage, String> {

	List<GuidePassage> findAll();

	/**
	 * The passages keyed by id ({@code answer}, {@code definition}, {@code summary}…).
	 */
	default Map<String, GuidePassage> passages() {
		return findAll().stream().collect(Collectors.toMap(GuidePassage::getId, Function.identity()));
	}

	@Query("select k from KeyCharacteristic k order by k.position")
	List<KeyCharacteristic> findKeyCharacteristics();

	@Query("select r from Reason r order by r.position")
	List<Reason> findReasons();

	@Query("select a from ComparisonAspect a order by a.position")
	List<ComparisonAspect> findComparisonAspects();

}
