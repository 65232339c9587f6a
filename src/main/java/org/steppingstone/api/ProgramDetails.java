package org.steppingstone.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.steppingstone.catalog.Course;
import org.steppingstone.catalog.Program;
import org.steppingstone.programs.ProgramPage;

/**
 * Everything a program's page shows.
 *
 * @param institution the university that offers it
 * @param summary a short description
 * @param finalAssessment the final exam or capstone, null when not stated
 * @param programUrl the program's own page
 * @param courses its courses, in order
 * @param pathways its pathways to a degree or university
 * @param sourceIds every source used for the program, in the catalog's order
 * @param citedSources every source the response cites, by id
 * @param disagreements the facts of the program, its courses and pathways that the
 * sources disagree on
 */
@Schema(description = "A MicroMasters program with its courses and pathways, every value with its source.")
record ProgramDetails(@Schema(example = "mitx-supply-chain-management") String id, String title,
		InstitutionRef institution, FieldOfStudy field, @Schema(allowableValues = {
				"active", "renamed", "retired", "unknown" }) String status,
		@Schema(description = "When and why the program ended; null unless it is retired.") Retirement retired,
		String summary, @Schema(description = "Null when not stated.") Integer courseCount,
		@Schema(description = "How many courses the credential needs, when electives leave a choice.") Integer requiredCourseCount,
		String finalAssessment, @Schema(description = "Null when no source states one.") Money price,
		@Schema(description = "In months; null when no source states it.") NumberRange lengthMonths,
		@Schema(description = "Hours per week for each course; null when no source states it for all courses.") NumberRange effortHoursPerWeek,
		@Schema(description = "Whether the courses can be audited free; null when no source says.") SourcedFlag auditFree,
		String programUrl, List<CourseItem> courses, List<PathwayItem> pathways, List<String> sourceIds,
		List<CitedSource> citedSources, List<Disagreement> disagreements, Links links){

	static ProgramDetails of(ProgramPage page) {
		Program program = page.program();
		SourcedFlag audit = (program.getAuditFree() != null || program.getAuditFreeSourceId() != null)
				? new SourcedFlag(program.getAuditFree(), program.getAuditFreeSourceId()) : null;
		return new ProgramDetails(program.getId(), program.getTitle(), InstitutionRef.of(program.getInstitution()),
				FieldOfStudy.of(program.getField()), program.getStatus(), Retirement.of(program), program.getSummary(),
				program.getCourseCount(), program.getRequiredCourseCount(), program.getFinalAssessment(),
				Money.of(program.getPrice()), NumberRange.of(program.getLength()), NumberRange.of(program.getEffort()),
				audit, program.getProgramUrl(), page.courses().stream().map(CourseItem::of).toList(),
				page.pathways().stream().map(PathwayItem::of).toList(), List.copyOf(program.getSourceIds()),
				CitedSource.of(page.provenance()), Disagreement.of(page.provenance()),
				Links.of("programs", program.getId()));
	}

	/**
	 * A yes or no with its source.
	 *
	 * @param value yes or no, null when the source does not say
	 * @param source the id of the source
	 */
	@Schema(description = "A yes or no with its source.")
	record SourcedFlag(Boolean value, String source) {
	}

	/**
	 * A course of the program. Its position orders the list; it is not a required
	 * sequence.
	 *
	 * @param position its place in the program's list, from 1
	 * @param code the edX course code, null when no source gives it
	 * @param title its title, null for a course known by its code alone
	 * @param elective whether it is an elective rather than a core course
	 * @param weeks its length in weeks, null when not stated
	 * @param effortHoursPerWeek its weekly effort, null when not stated
	 */
	@Schema(description = "A course of the program; the position orders the list, it is not a required sequence.")
	record CourseItem(String id, int position, @Schema(example = "CTL.SC0x") String code, String title,
			boolean elective, Integer weeks, Bounds effortHoursPerWeek,
			@Schema(description = "The source of the title and code.") String source,
			@Schema(description = Money.AS_OF) String asOf,
			@Schema(description = "Further sources, typically for the code, weeks or effort.") List<String> otherSourceIds) {

		static CourseItem of(Course course) {
			Bounds effort = (course.getEffortMin() != null && course.getEffortMax() != null)
					? new Bounds(course.getEffortMin(), course.getEffortMax()) : null;
			return new CourseItem(course.getId(), course.getPosition(), course.getCode(), course.getTitle(),
					course.isElective(), course.getWeeks(), effort, course.getSourceId(), course.getAsOf(),
					List.copyOf(course.getOtherSourceIds()));
		}

	}

	/**
	 * A range of whole numbers whose source is the item's.
	 */
	@Schema(description = "A range of whole numbers (min = max for a single figure).")
	record Bounds(int min, int max) {
	}

}
