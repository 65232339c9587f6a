package org.steppingstone.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each sourced figure is an embedded value over its row's columns: null exactly where no
 * source states it, otherwise every column in its place, for every program and degree in
 * the migrated data.
 */
@DataJpaTest
class SourcedFiguresMappingTests {

	@Autowired
	private ProgramRepository programs;

	@Autowired
	private DegreeRepository degrees;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldReadEachProgramsPriceLengthAndEffortFromItsColumns() {
		Map<String, Program> byId = this.programs.findAllWithInstitution()
			.stream()
			.collect(Collectors.toMap(Program::getId, Function.identity()));
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from programs");
		assertThat(byId).hasSize(rows.size());
		for (Map<String, Object> row : rows) {
			Program program = byId.get((String) row.get("id"));
			assertAmount(program.getPrice(), row, "price");
			assertRange(program.getLength(), row, "length", row.get("length_as_of"));
			assertRange(program.getEffort(), row, "effort", null);
		}
		assertThat(byId.values()).filteredOn((p) -> p.getPrice() == null).isNotEmpty();
		assertThat(byId.values()).filteredOn((p) -> p.getEffort() != null).isNotEmpty();
	}

	@Test
	void shouldReadEachDegreesTuitionCreditsAndLengthFromItsColumns() {
		Map<String, Degree> byId = this.degrees.findAllWithInstitution()
			.stream()
			.collect(Collectors.toMap(Degree::getId, Function.identity()));
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from degrees");
		assertThat(byId).hasSize(rows.size());
		for (Map<String, Object> row : rows) {
			Degree degree = byId.get((String) row.get("id"));
			assertAmount(degree.getTuition(), row, "tuition");
			assertRange(degree.getLength(), row, "length", null);
			Degree.Credits credits = degree.getCredits();
			if (row.get("credits_source_id") == null) {
				assertThat(credits).as(degree.getId()).isNull();
			}
			else {
				assertThat(credits).as(degree.getId())
					.isEqualTo(new Degree.Credits((BigDecimal) row.get("credits_value"),
							(String) row.get("credits_unit"), (String) row.get("credits_source_id"),
							(Boolean) row.get("credits_computed"), (String) row.get("credits_note")));
			}
		}
		assertThat(byId.values()).filteredOn((d) -> d.getTuition() == null).isNotEmpty();
		assertThat(byId.values()).filteredOn((d) -> d.getCredits() != null).isNotEmpty();
	}

	private static void assertAmount(SourcedAmount amount, Map<String, Object> row, String prefix) {
		Object sourceId = row.get(prefix + "_source_id");
		if (sourceId == null) {
			assertThat(amount).as("%s %s", row.get("id"), prefix).isNull();
			return;
		}
		assertThat(amount).as("%s %s", row.get("id"), prefix).isNotNull();
		assertThat(amount.sourceId()).isEqualTo(sourceId);
		assertThat(amount.value()).isEqualTo(row.get(prefix + "_amount"));
		assertThat(amount.currencyCode()).isEqualTo(row.get(prefix + "_currency"));
		assertThat(amount.asOf()).isEqualTo(row.get(prefix + "_as_of"));
		assertThat(amount.note()).isEqualTo(row.get(prefix + "_note"));
		assertThat(amount.computed()).isEqualTo(Boolean.TRUE.equals(row.get(prefix + "_computed")));
	}

	private static void assertRange(SourcedRange range, Map<String, Object> row, String prefix, Object asOf) {
		Object sourceId = row.get(prefix + "_source_id");
		assertThat(range).as("%s %s", row.get("id"), prefix)
			.isEqualTo((sourceId != null) ? new SourcedRange((Integer) row.get(prefix + "_min"),
					(Integer) row.get(prefix + "_max"), (String) asOf, (String) sourceId) : null);
	}

}
