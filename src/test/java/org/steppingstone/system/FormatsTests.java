package org.steppingstone.system;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private final Formats formats = new Formats();

	@Test
	void shouldWriteDollarsWithCentsOnlyWhenThereAreCents() {
		assertThat(this.formats.usd(new BigDecimal("1350"))).isEqualTo("US$1,350");
		assertThat(this.formats.usd(new BigDecimal("1350.00"))).isEqualTo("US$1,350");
		assertThat(this.formats.usd(new BigDecimal("985.5"))).isEqualTo("US$985.50");
		assertThat(this.formats.usd(new BigDecimal("74000"))).isEqualTo("US$74,000");
		assertThat(this.formats.usd(null)).isNull();
	}

	@Test
	void shouldWriteARangeOrASingleFigure() {
		assertThat(this.formats.range(12, 24)).isEqualTo("12–24");
		assertThat(this.formats.range(10, 10)).isEqualTo("10");
		assertThat(this.formats.range(null, 3)).isNull();
	}

	@Test
	void shouldWriteSharesAndNumbersWithoutTrailingZeros() {
		assertThat(this.formats.percent(new BigDecimal("50.0"))).isEqualTo("50 %");
		assertThat(this.formats.percent(new BigDecimal("20.8"))).isEqualTo("20.8 %");
		assertThat(this.formats.number(new BigDecimal("7.50"))).isEqualTo("7.5");
		assertThat(this.formats.number(new BigDecimal("90.00"))).isEqualTo("90");
	}

	@Test
	void shouldNameCountriesAndYears() {
		assertThat(this.formats.country("US")).isEqualTo("United States");
		assertThat(this.formats.country("UY")).isEqualTo("Uruguay");
		assertThat(this.formats.year("2017-02-15")).isEqualTo("2017");
		assertThat(this.formats.year("2019")).isEqualTo("2019");
		assertThat(this.formats.year(null)).isNull();
	}

}
