package org.steppingstone.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The source document (data/micromasters-vs-masters.md, a copy of ../shared/source) is in
 * the database verbatim.
 */
@DataJpaTest
class SourceDocumentMigrationTests {

	private static final List<String> LINES = read();

	@Autowired
	private GuideRepository guide;

	@Test
	void shouldHoldTheSevenComparisonRowsWithTheirCellsVerbatim() {
		List<String[]> rows = LINES.stream()
			.filter((line) -> line.startsWith("|") || line.contains(" | "))
			.map((line) -> Arrays.stream(line.replaceAll("^\\||\\|\\s*$", "").split("\\|"))
				.map(String::strip)
				.toArray(String[]::new))
			.filter((cells) -> cells.length == 3 && !cells[0].equals("Feature") && !cells[0].startsWith("---"))
			.toList();
		assertThat(rows).hasSize(7);
		assertThat(this.guide.findComparisonAspects())
			.extracting(ComparisonAspect::getPosition, ComparisonAspect::getAspect, ComparisonAspect::getMicromasters,
					ComparisonAspect::getMasters)
			.containsExactlyElementsOf(rows.stream()
				.map((cells) -> tuple(rows.indexOf(cells) + 1, cells[0], cells[1], cells[2]))
				.toList());
	}

	@Test
	void shouldHoldTheTableHeadings() {
		assertThat(this.guide.passages().get("comparison-column-aspect").getBody()).isEqualTo("Feature");
		assertThat(this.guide.passages().get("comparison-column-micromasters").getBody())
			.isEqualTo("MicroMasters Program");
		assertThat(this.guide.passages().get("comparison-column-masters").getBody())
			.isEqualTo("Traditional Master's Degree");
	}

	@Test
	void shouldHoldTheKeyCharacteristicsAndReasonsVerbatim() {
		List<String> bullets = LINES.stream().filter((line) -> line.startsWith("- ")).toList();
		assertThat(bullets).hasSize(10);
		assertThat(this.guide.findKeyCharacteristics())
			.extracting((k) -> "- " + k.getTitle() + ": " + k.getDescription())
			.containsExactlyElementsOf(bullets.subList(0, 5));
		assertThat(this.guide.findReasons()).extracting((r) -> "- " + r.getTitle() + ": " + r.getDescription())
			.containsExactlyElementsOf(bullets.subList(5, 10));
	}

	@Test
	void shouldHoldTheAnswerDefinitionAndSummaryVerbatim() {
		var passages = this.guide.passages();
		assertThat(passages.get("answer").getBody()).isEqualTo(LINES.get(0));
		assertThat(passages.get("definition").getHeading()).isEqualTo("What Exactly Is a MicroMasters?");
		assertThat(LINES).contains(passages.get("definition").getBody(), passages.get("characteristics").getBody(),
				passages.get("comparison").getBody(), passages.get("reasons").getBody());
		assertThat(passages.get("summary").getBody()).isEqualTo(LINES.get(LINES.size() - 1))
			.startsWith("In summary, while a MicroMasters is not a \"degree\"");
	}

	private static List<String> read() {
		try {
			return Files.readAllLines(Path.of("data", "micromasters-vs-masters.md"))
				.stream()
				.filter((line) -> !line.isBlank())
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
