package org.steppingstone.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts read as a person writes them: "1 pathway", "4 pathways", never "pathway(s)".
 */
class PluralMessagesTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void shouldHaveNoParenthesisedPlural() throws IOException {
		String text = Files.readString(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("(s)", "(es)");
	}

	@ParameterizedTest(name = "{0} with {1}")
	@CsvSource(delimiter = '|', value = { "comparison.recognition.program | 1 | Counted by 1 pathway to a Master's",
			"comparison.recognition.program | 4 | Counted by 4 pathways to a Master's",
			"comparison.recognition.program | 0 | Counted by no pathway to a Master's",
			"comparison.recognition.degree | 1 | Counts 1 MicroMasters credential",
			"comparison.recognition.degree | 3 | Counts 3 MicroMasters credentials",
			"comparison.count.courses | 1 | 1 course", "comparison.count.courses | 6 | 6 courses",
			"comparison.count.MIT-units | 90 | 90 MIT units", "comparison.count.ECTS | 1 | 1 ECTS credit",
			"comparison.credits.program | 1 | 1 course to pass", "comparison.credits.program | 5 | 5 courses to pass" })
	void shouldWriteOneAndManyDifferently(String key, int count, String expected) {
		assertThat(this.messages.getMessage(key, new Object[] { count }, Locale.ENGLISH)).isEqualTo(expected);
	}

	@Test
	void shouldCountAListOfOne() {
		assertThat(this.messages.getMessage("pathways.count", new Object[] { 1, 1, 0 }, Locale.ENGLISH))
			.isEqualTo("1 of 1 pathway open today");
		assertThat(this.messages.getMessage("pathways.count", new Object[] { 1, 1, 1 }, Locale.ENGLISH))
			.isEqualTo("1 of 1 pathway open today; 1 historical one not counted");
		assertThat(this.messages.getMessage("programs.count", new Object[] { 3, 25 }, Locale.ENGLISH))
			.isEqualTo("3 of 25 open programs");
	}

	@Test
	void shouldCountTheUndatedSharesOfAComparison() {
		assertThat(this.messages.getMessage("comparison.share.partlyDated", new Object[] { "2019", 1 }, Locale.ENGLISH))
			.isEqualTo("(its pathways' dates: 2019; 1 undated)");
		assertThat(this.messages.getMessage("comparison.credits.programOf", new Object[] { 4, 6 }, Locale.ENGLISH))
			.isEqualTo("4 of 6 courses to pass");
		assertThat(this.messages.getMessage("figures.shares.most", new Object[] { "50 %", 1, 1 }, Locale.ENGLISH))
			.isEqualTo("None of the 1 credit pathway that states a share credits more than 50 % of a Master's;"
					+ " the other 1 states none.");
		assertThat(this.messages.getMessage("figures.shares.most", new Object[] { "50 %", 3, 0 }, Locale.ENGLISH))
			.isEqualTo("None of the 3 credit pathways that state a share credits more than 50 % of a Master's;"
					+ " every credit pathway states one.");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
