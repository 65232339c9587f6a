package org.steppingstone.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Hand-computed cases. MIT SCM: price $1,350, tuition $74,000, half the degree, 12–24 and
 * 10 months.
 */
class RouteCalculatorTests {

	private static BigDecimal usd(String value) {
		return new BigDecimal(value);
	}

	@Test
	void shouldStackPriceAndTheTuitionForWhatRemains() {
		RouteEstimate e = RouteCalculator
			.estimate(new RouteInputs(usd("1350"), usd("74000"), usd("50"), Months.of(12, 24), Months.of(10, 10)));
		// 74,000 × 50 / 100 = 37,000; + 1,350 = 38,350; saving 74,000 − 38,350 = 35,650.
		assertThat(e.remainingTuition()).isEqualByComparingTo("37000");
		assertThat(e.stackedCost()).isEqualByComparingTo("38350");
		assertThat(e.directCost()).isEqualByComparingTo("74000");
		assertThat(e.costSaving()).isEqualByComparingTo("35650");
		// 12 + 10 × 0.5 = 17; 24 + 10 × 0.5 = 29; savings 10 − 17 = −7 and 10 − 29 = −19.
		assertThat(e.stackedMonths()).isEqualTo(new Months(usd("17"), usd("29")));
		assertThat(e.monthSaving().min()).isEqualByComparingTo("-19");
		assertThat(e.monthSaving().max()).isEqualByComparingTo("-7");
		assertThat(e.missing()).isEmpty();
		assertThat(e.remainingSharePercent()).isEqualByComparingTo("50");
	}

	@Test
	void shouldRoundMoneyToTheCentHalfUp() {
		// 36,000 × (100 − 20.8) / 100 = 28,512; 985.50 + 28,512 = 29,497.50.
		RouteEstimate e = RouteCalculator
			.estimate(new RouteInputs(usd("985.5"), usd("36000"), usd("20.8"), null, null));
		assertThat(e.stackedCost()).isEqualByComparingTo("29497.50");
		// 999.99 × (100 − 33.3) / 100 = 666.993333 → 666.99
		RouteEstimate f = RouteCalculator.estimate(new RouteInputs(usd("0"), usd("999.99"), usd("33.3"), null, null));
		assertThat(f.remainingTuition()).isEqualByComparingTo("666.99").hasScaleOf(2);
		// 10.01 × 50 / 100 = 5.005 → 5.01 (half up)
		RouteEstimate g = RouteCalculator.estimate(new RouteInputs(usd("0"), usd("10.01"), usd("50"), null, null));
		assertThat(g.remainingTuition()).isEqualByComparingTo("5.01");
	}

	@Test
	void shouldLeaveTheWholeDegreeWithNoCredit() {
		RouteEstimate e = RouteCalculator
			.estimate(new RouteInputs(usd("1000"), usd("30000"), BigDecimal.ZERO, Months.of(6, 6), Months.of(24, 24)));
		assertThat(e.stackedCost()).isEqualByComparingTo("31000");
		assertThat(e.costSaving()).isEqualByComparingTo("-1000");
		assertThat(e.stackedMonths()).isEqualTo(Months.of(30, 30));
		assertThat(e.monthSaving().min()).isEqualByComparingTo("-6");
	}

	@Test
	void shouldLeaveNothingButTheMicroMastersWithFullCredit() {
		RouteEstimate e = RouteCalculator
			.estimate(new RouteInputs(usd("1500"), usd("30000"), usd("100"), Months.of(12, 12), Months.of(18, 24)));
		assertThat(e.remainingTuition()).isEqualByComparingTo("0");
		assertThat(e.stackedCost()).isEqualByComparingTo("1500");
		assertThat(e.costSaving()).isEqualByComparingTo("28500");
		assertThat(e.stackedMonths()).isEqualTo(Months.of(12, 12));
		assertThat(e.monthSaving().min()).isEqualByComparingTo("6");
		assertThat(e.monthSaving().max()).isEqualByComparingTo("12");
	}

	@Test
	void shouldComputeMonthsToATenth() {
		// 9 + 16 × (100 − 33.3) / 100 = 9 + 10.672 = 19.672 → 19.7
		RouteEstimate e = RouteCalculator
			.estimate(new RouteInputs(null, null, usd("33.3"), Months.of(9, 9), Months.of(16, 16)));
		assertThat(e.stackedMonths().min()).isEqualByComparingTo("19.7");
		assertThat(e.monthSaving().min()).isEqualByComparingTo("-3.7");
	}

	@Test
	void shouldComputeNothingThatNeedsAnUnknownInputAndSaySo() {
		RouteEstimate e = RouteCalculator.estimate(new RouteInputs(usd("1350"), null, null, Months.of(12, 24), null));
		assertThat(e.missing()).containsExactly("tuition", "share", "degreeMonths");
		assertThat(e.stackedCost()).isNull();
		assertThat(e.directCost()).isNull();
		assertThat(e.costSaving()).isNull();
		assertThat(e.stackedMonths()).isNull();
		assertThat(e.isCostKnown()).isFalse();
		assertThat(e.isTimeKnown()).isFalse();
	}

	@Test
	void shouldNotAssumeAZeroPrice() {
		RouteEstimate e = RouteCalculator.estimate(new RouteInputs(null, usd("74000"), usd("50"), null, null));
		assertThat(e.remainingTuition()).isEqualByComparingTo("37000");
		assertThat(e.directCost()).isEqualByComparingTo("74000");
		assertThat(e.stackedCost()).isNull();
		assertThat(e.missing()).containsExactly("price", "programMonths", "degreeMonths");
	}

	@Test
	void shouldRefuseAShareOutsideZeroToHundred() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RouteCalculator.estimate(new RouteInputs(null, null, usd("140"), null, null)));
	}

}
