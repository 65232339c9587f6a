package org.steppingstone.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface SourceRepository extends Repository<Source, String> {

	List<Source> findAllByOrderByPublisherAscTitleAsc();

	List<Source> findByIdIn(Collection<String> ids);

	long count();

	/**
	 * The sources behind these ids, in one statement, keyed by id for the pages' source
	 * links.
	 */
	default Map<String, Source> mapByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return findByIdIn(ids).stream().collect(Collectors.toMap(Source::getId, Function.identity()));
	}

	/** Every source's title and address by id, in one statement, for the exports. */
	default SourceNames names() {
		return SourceNames.of(findAllByOrderByPublisherAscTitleAsc());
	}

	@Query(value = """
			select source_id as sourceId, page, page_id as pageId, page_title as pageTitle, fact
			from source_citations order by source_id, page, page_title, fact""", nativeQuery = true)
	List<Citation> findAllCitations();

}
