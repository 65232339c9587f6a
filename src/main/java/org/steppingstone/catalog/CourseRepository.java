package org.steppingstone.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface CourseRepository extends Repository<Course, String> {

	@Query("select c from Course c left join fetch c.otherSourceIds where c.program.id = :programId order by c.position")
	List<Course> findByProgramId(String programId);

	/** Every course title with its program, for the catalog's text search. */
	@Query("select c.program.id as programId, c.title as title, c.code as code from Course c")
	List<CourseName> findAllNames();

	/** The "as of" date of every dated course, with its program. */
	@Query("select c.program.id as programId, c.asOf as asOf from Course c where c.asOf is not null")
	List<CourseDate> findAllDates();

	long count();

	interface CourseName {

		String getProgramId();

		String getTitle();

		String getCode();

	}

	interface CourseDate {

		String getProgramId();

		String getAsOf();

	}

}
