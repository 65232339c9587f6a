package org.steppingstone.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MonthsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12|12|12", "12-24|12|24", "12–24|12|24", " 9.5 to 12 months |9.5|12",
			"0|0|0", "120|120|120", "6 - 18|6|18" })
	void shouldReadALengthOrARange(String text, BigDecimal min, BigDecimal max) {
		Months months = Months.parse(text);
		assertThat(months.min()).isEqualByComparingTo(min);
		assertThat(months.max()).isEqualByComparingTo(max);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "-3", "24-12", "121", "12-130", "1.25", "12,5", "1e3", "12--24", "<script>" })
	void shouldRefuseWhatIsNotALength(String text) {
		assertThat(Months.parse(text)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "12, 12", "12-24, 12-24", "9.5-12, 9.5-12" })
	void shouldWriteItBackAsTyped(String text, String expected) {
		assertThat(Months.parse(text).toInput()).isEqualTo(expected);
	}

}
