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

	@Test
	void shouldBoundARouteThatLacksOnlyTheShareByCountingNoCredit() {
		// GT Analytics MicroMasters (US$2,475) → GT's online Master's (US$9,900, 12–36
		// months), no share stated: at most 2,475 + 9,900 = 12,375 and 12 + 36 = 48
		// months.
		RouteEstimate e = RouteCalculator
			.estimate(new RouteInputs(usd("2475"), usd("9900"), null, Months.of(12, 12), Months.of(12, 36)));
		assertThat(e.stackedCost()).as("never the total").isNull();
		assertThat(e.cost().atMost()).isEqualByComparingTo("12375");
		assertThat(e.cost().exact()).isFalse();
		assertThat(e.cost().isBounded()).isTrue();
		// Nothing bounds the credit: the least is only the part no credit touches.
		assertThat(e.cost().leastStated()).isFalse();
		assertThat(e.cost().isRange()).isFalse();
		assertThat(e.cost().atLeast()).isEqualByComparingTo("2475");
		assertThat(e.months().atMost()).isEqualByComparingTo("48");
		assertThat(e.months().isRange()).isFalse();
		assertThat(e.total()).isEqualTo("bounded");
		// 9,900 − 12,375: it costs at most 2,475 more than the Master's alone.
		assertThat(e.leastCostSaving()).isEqualByComparingTo("-2475");
		// A learner with US$15,000 fits; with US$12,000 it may fit; under US$2,475 it
		// cannot.
		assertThat(e.cost().against(usd("15000"))).isEqualTo("fits");
		assertThat(e.cost().against(usd("12375"))).isEqualTo("fits");
		assertThat(e.cost().against(usd("12000"))).isEqualTo("mayFit");
		assertThat(e.cost().against(usd("2000"))).isEqualTo("over");
	}

	@Test
	void shouldTotalTheCostExactlyWithoutTheShareWhereCreditDoesNotLowerTheTuition() {
		// HKUST Big Data: US$1,450; HK$242,000 ≈ US$30,876.41 at 1 / 7.8377; charged in
		// full after credit, so 1,450 + 30,876.41 = 32,326.41 whatever the share. At most
		// 9 of 30 credits (30 %): 9 + 12 × 70 % = 17.4 to 9 + 24 = 33 months.
		RouteEstimate e = RouteCalculator.estimate(new RouteInputs(usd("1450"), usd("30876.41"), null, Months.of(9, 9),
				Months.of(12, 24), false, usd("30")));
		assertThat(e.stackedCost()).isEqualByComparingTo("32326.41");
		assertThat(e.cost().exact()).isTrue();
		assertThat(e.costSaving()).isEqualByComparingTo("-1450");
		assertThat(e.stackedMonths()).isNull();
		assertThat(e.months().atLeast()).isEqualByComparingTo("17.4");
		assertThat(e.months().atMost()).isEqualByComparingTo("33");
		assertThat(e.months().isRange()).isTrue();
		assertThat(e.total()).isEqualTo("bounded");
	}

	@Test
	void shouldBoundTheCostFromBelowByACeilingOnTheCredit() {
		// At most half credited: 1,450 + 20,000 × 50 % = 11,450 to 1,450 + 20,000 =
		// 21,450; 9 + 12 × 50 % = 15 to 9 + 24 = 33 months.
		RouteEstimate e = RouteCalculator.estimate(
				new RouteInputs(usd("1450"), usd("20000"), null, Months.of(9, 9), Months.of(12, 24), true, usd("50")));
		assertThat(e.cost().atLeast()).isEqualByComparingTo("11450");
		assertThat(e.cost().atMost()).isEqualByComparingTo("21450");
		assertThat(e.cost().isRange()).isTrue();
		assertThat(e.months().atLeast()).isEqualByComparingTo("15");
		assertThat(e.months().atMost()).isEqualByComparingTo("33");
		assertThat(e.cost().against(usd("11450"))).isEqualTo("mayFit");
		assertThat(e.cost().against(usd("11449.99"))).isEqualTo("over");
		// A stated share wins over any ceiling.
		RouteEstimate stated = RouteCalculator.estimate(new RouteInputs(usd("1450"), usd("20000"), usd("25"),
				Months.of(9, 9), Months.of(12, 24), true, usd("50")));
		assertThat(stated.cost().exact()).isTrue();
		assertThat(stated.stackedCost()).isEqualByComparingTo("16450");
	}

	@Test
	void shouldBlockATotalWhoseTuitionOrPriceIsMissingNeverCountingItAsZero() {
		// MIT Principles of Manufacturing → MEng: no price stated.
		RouteEstimate noPrice = RouteCalculator
			.estimate(new RouteInputs(null, usd("80390"), null, null, Months.of(12, 12)));
		assertThat(noPrice.cost().isBlocked()).isTrue();
		assertThat(noPrice.cost().atLeast()).isNull();
		assertThat(noPrice.months().isBlocked()).isTrue();
		assertThat(noPrice.total()).isEqualTo("blocked");
		assertThat(noPrice.cost().against(usd("1"))).isEqualTo("unknown");
		// MIT SCM → Harvard Extension: no tuition; the price alone is known for certain.
		RouteEstimate noTuition = RouteCalculator
			.estimate(new RouteInputs(usd("1350"), null, usd("33.3"), Months.of(12, 24), null));
		assertThat(noTuition.cost().isBlocked()).isTrue();
		assertThat(noTuition.cost().atLeast()).isEqualByComparingTo("1350");
		assertThat(noTuition.cost().against(usd("1000"))).as("its known part is already over").isEqualTo("over");
		assertThat(noTuition.cost().against(usd("40000"))).isEqualTo("mayFit");
		assertThat(noTuition.months().atLeast()).isEqualByComparingTo("12");
	}

	@Test
	void shouldCallAnExactTotalExact() {
		RouteEstimate e = RouteCalculator
			.estimate(new RouteInputs(usd("1350"), usd("74000"), usd("50"), Months.of(12, 24), Months.of(10, 10)));
		assertThat(e.total()).isEqualTo("exact");
		assertThat(e.cost().atLeast()).isEqualByComparingTo("38350");
		assertThat(e.cost().atMost()).isEqualByComparingTo("38350");
		assertThat(e.months().atLeast()).isEqualByComparingTo("17");
		assertThat(e.months().atMost()).isEqualByComparingTo("29");
		assertThat(e.months().against(usd("24"))).isEqualTo("mayFit");
		assertThat(e.months().against(usd("29"))).isEqualTo("fits");
	}

}
