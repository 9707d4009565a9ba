package io.github.perfeval.whatif;

import java.math.BigDecimal;
import java.util.Map;

import io.github.perfeval.scoring.ScoringSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.whatif.Sheets.SZ;
import static io.github.perfeval.whatif.Sheets.dec;
import static io.github.perfeval.whatif.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 提分测算: the points each better grade needs, exact (with and without 不适用 excluded, at the
 * rounding boundary of the rescaled total), and the plan of the fewest leaves.
 */
class WhatIfTest {

	@Test
	void thePlanTakesTheLeavesThatLostMostUntilTheGapIsCoveredTheLastOnlyInPart() {
		ScoringSheet sheet = sheet().leaf("1.1.1", "10", "8")
			.leaf("1.1.2", "10", "5")
			.leaf("2.1.1", "40", "36")
			.leaf("2.1.2", "40", "34")
			.build();

		WhatIf whatIf = WhatIf.of(sheet, SZ);

		assertThat(whatIf.state()).isEqualTo(WhatIf.State.BELOW_TOP);
		assertThat(whatIf.total()).isEqualTo(dec("83.00"));
		assertThat(whatIf.grade()).isEqualTo("良");
		assertThat(whatIf.leaves()).extracting(WhatIf.Leaf::code, WhatIf.Leaf::lost, WhatIf.Leaf::runningTotal)
			.containsExactly(tuple("2.1.2", dec("6.00"), dec("6.00")), tuple("1.1.2", dec("5.00"), dec("11.00")),
					tuple("2.1.1", dec("4.00"), dec("15.00")), tuple("1.1.1", dec("2.00"), dec("17.00")));
		assertThat(whatIf.targets()).hasSize(1);
		WhatIf.Target excellent = whatIf.targets().get(0);
		assertThat(excellent)
			.extracting(WhatIf.Target::grade, WhatIf.Target::min, WhatIf.Target::totalGap, WhatIf.Target::pointsNeeded,
					WhatIf.Target::reachable, WhatIf.Target::totalAfter, WhatIf.Target::gradeAfter)
			.containsExactly("优", dec("90"), dec("7.00"), dec("7.00"), true, dec("90.00"), "优");
		assertThat(excellent.plan())
			.extracting(gain -> gain.leaf().code(), WhatIf.Gain::points, WhatIf.Gain::partial,
					WhatIf.Gain::runningTotal)
			.containsExactly(tuple("2.1.2", dec("6.00"), false, dec("6.00")),
					tuple("1.1.2", dec("1.00"), true, dec("7.00")));
	}

	@Test
	void eachBetterGradeHasItsOwnPlanTheNearestFirst() {
		ScoringSheet sheet = sheet().leaf("1.1.1", "50", "40").leaf("2.1.1", "50", "35").build();

		WhatIf whatIf = WhatIf.of(sheet, SZ);

		assertThat(whatIf.grade()).isEqualTo("中");
		assertThat(whatIf.targets()).extracting(WhatIf.Target::grade, WhatIf.Target::pointsNeeded)
			.containsExactly(tuple("良", dec("5.00")), tuple("优", dec("15.00")));
		assertThat(whatIf.targets().get(0).plan()).extracting(gain -> gain.leaf().code(), WhatIf.Gain::points)
			.containsExactly(tuple("2.1.1", dec("5.00")));
		assertThat(whatIf.targets().get(1).plan()).extracting(gain -> gain.leaf().code(), WhatIf.Gain::points)
			.containsExactly(tuple("2.1.1", dec("15.00")));
	}

	@Test
	void leavesThatLostAsMuchKeepTheSheetsOrder() {
		ScoringSheet sheet = sheet().leaf("1.1.1", "50", "47").leaf("2.1.1", "50", "47").build();

		assertThat(WhatIf.of(sheet, SZ).leaves()).extracting(WhatIf.Leaf::code).containsExactly("1.1.1", "2.1.1");
	}

	@Test
	void oneCentBelowTheThresholdNeedsOneCent() {
		WhatIf whatIf = WhatIf.of(sheet().leaf("1.1.1", "50", "39.99").leaf("2.1.1", "50", "50").build(), SZ);

		assertThat(whatIf.grade()).isEqualTo("良");
		assertThat(whatIf.targets()).singleElement()
			.extracting(WhatIf.Target::pointsNeeded, WhatIf.Target::totalAfter)
			.containsExactly(dec("0.01"), dec("90.00"));
	}

	@Test
	void atTheThresholdOfTheTopGradeNothingIsNeeded() {
		WhatIf whatIf = WhatIf.of(sheet().leaf("1.1.1", "50", "40").leaf("2.1.1", "50", "50").build(), SZ);

		assertThat(whatIf.state()).isEqualTo(WhatIf.State.TOP);
		assertThat(whatIf.grade()).isEqualTo("优");
		assertThat(whatIf.targets()).isEmpty();
		assertThat(whatIf.leaves()).extracting(WhatIf.Leaf::code, WhatIf.Leaf::lost)
			.containsExactly(tuple("1.1.1", dec("10.00")));
	}

	@Test
	void withALeafStillMissingThereIsNoGradeAndTheMissingLeavesAreNamed() {
		WhatIf whatIf = WhatIf.of(sheet().leaf("1.1.1", "50", "40").missing("2.1.1", "50").build(), SZ);

		assertThat(whatIf.state()).isEqualTo(WhatIf.State.MISSING);
		assertThat(whatIf.grade()).isNull();
		assertThat(whatIf.targets()).isEmpty();
		assertThat(whatIf.missing()).extracting(ScoringSheet.MissingLeaf::code).containsExactly("2.1.1");
	}

	@Test
	void anOverriddenLeafIsListedFlaggedButNeverPlannedOn() {
		ScoringSheet sheet = sheet().overridden("1.1.1", "20", "10")
			.leaf("1.1.2", "40", "39")
			.leaf("2.1.1", "40", "39")
			.build();

		WhatIf whatIf = WhatIf.of(sheet, SZ);

		assertThat(whatIf.total()).isEqualTo(dec("88.00"));
		assertThat(whatIf.leaves())
			.extracting(WhatIf.Leaf::code, WhatIf.Leaf::lost, WhatIf.Leaf::overridden, WhatIf.Leaf::runningTotal)
			.containsExactly(tuple("1.1.1", dec("10.00"), true, null), tuple("1.1.2", dec("1.00"), false, dec("1.00")),
					tuple("2.1.1", dec("1.00"), false, dec("2.00")));
		assertThat(whatIf.targets().get(0).plan()).extracting(gain -> gain.leaf().code())
			.containsExactly("1.1.2", "2.1.1");
	}

	@Test
	void aGapOnlyAReviewersScoreCouldCoverIsUnreachable() {
		ScoringSheet sheet = sheet().overridden("1.1.1", "20", "5").leaf("1.1.2", "80", "79").build();

		WhatIf.Target excellent = WhatIf.of(sheet, SZ).targets().get(0);

		assertThat(excellent.pointsNeeded()).isEqualTo(dec("6.00"));
		assertThat(excellent.reachable()).isFalse();
		assertThat(excellent.plan()).extracting(gain -> gain.leaf().code(), WhatIf.Gain::points)
			.containsExactly(tuple("1.1.2", dec("1.00")));
		assertThat(excellent).extracting(WhatIf.Target::totalAfter, WhatIf.Target::gradeAfter)
			.containsExactly(dec("85.00"), "良");
	}

	@Test
	void withNotApplicableExcludedThePointsAreThoseOfTheApplicableMaximum() {
		// 81.33 of an applicable 97: 8133 ÷ 97 = 83.8453… → 83.85. 90 needs 87.30
		// (8730 ÷ 97 = 90 exactly), 87.29 gives 89.9896… → 89.99.
		ScoringSheet sheet = sheet().excluded("1.1.1", "3")
			.leaf("1.1.2", "17", "16")
			.leaf("2.1.1", "80", "65.33")
			.build();

		WhatIf whatIf = WhatIf.of(sheet, SZ);

		assertThat(whatIf.total()).isEqualTo(dec("83.85"));
		assertThat(whatIf.leaves()).extracting(WhatIf.Leaf::code).containsExactly("2.1.1", "1.1.2");
		WhatIf.Target excellent = whatIf.targets().get(0);
		assertThat(excellent)
			.extracting(WhatIf.Target::totalGap, WhatIf.Target::pointsNeeded, WhatIf.Target::totalAfter)
			.containsExactly(dec("6.15"), dec("5.97"), dec("90.00"));
		assertThat(Outcome.of(sheet, SZ, Map.of("2.1.1", dec("71.29"))).total()).isEqualTo(dec("89.99"));
		assertThat(Outcome.of(sheet, SZ, Map.of("2.1.1", dec("71.30"))).total()).isEqualTo(dec("90.00"));
	}

	@Test
	void theRoundingOfTheRescaledTotalCanSaveACent() {
		// 80 of an applicable 97.09 gives 82.40. 90 × 97.09 ÷ 100 = 87.381 would ask for
		// 87.39, but 87.38 gives 89.9989… → 90.00 already: 7.38 points, not 7.39.
		ScoringSheet sheet = sheet().excluded("1.1.1", "2.91")
			.leaf("1.1.2", "50", "45")
			.leaf("2.1.1", "47.09", "35")
			.build();

		WhatIf.Target excellent = WhatIf.of(sheet, SZ).targets().get(0);

		assertThat(sheet.total()).isEqualTo(dec("82.40"));
		assertThat(excellent.pointsNeeded()).isEqualTo(dec("7.38"));
		assertThat(excellent.plan()).extracting(gain -> gain.leaf().code(), WhatIf.Gain::points, WhatIf.Gain::partial)
			.containsExactly(tuple("2.1.1", dec("7.38"), true));
		assertThat(excellent.totalAfter()).isEqualTo(dec("90.00"));
		assertThat(Outcome.of(sheet, SZ, Map.of("2.1.1", dec("42.37"))).grade()).isEqualTo("良");
	}

	@Test
	void aRescaledTotalThatRoundsUpToTheThresholdReachesIt() {
		// 179.99 of 200 is 89.995 exactly, which rounds half-up to 90.00: 优 without a
		// further point.
		ScoringSheet reached = sheet().excluded("1.1.1", "1").leaf("1.1.2", "200", "179.99").build();
		ScoringSheet below = sheet().excluded("1.1.1", "1").leaf("1.1.2", "200", "179.98").build();

		assertThat(reached.total()).isEqualTo(dec("90.00"));
		assertThat(WhatIf.of(reached, SZ).state()).isEqualTo(WhatIf.State.TOP);
		assertThat(below.total()).isEqualTo(dec("89.99"));
		assertThat(WhatIf.of(below, SZ).targets().get(0).pointsNeeded()).isEqualTo(dec("0.01"));
	}

	/**
	 * For many maxima and sums: the points needed reach the threshold, and a cent less
	 * does not.
	 */
	@ParameterizedTest(name = "maximum {0}, threshold {1}")
	@CsvSource(textBlock = """
			97,     90
			97.09,  90
			96.5,   90
			99.99,  90
			93.33,  80
			50.01,  60
			98.71,  90
			91.07,  80
			""")
	void thePointsNeededAreTheLeastThatReachTheThreshold(String maximum, String threshold) {
		BigDecimal max = dec(maximum);
		BigDecimal min = dec(threshold);
		for (BigDecimal scored = max.multiply(dec("0.5")).setScale(2, java.math.RoundingMode.DOWN); scored
			.compareTo(max) < 0; scored = scored.add(dec("0.07"))) {
			ScoringSheet.Rescale rescale = new ScoringSheet.Rescale(scored, max);
			ScoringSheet sheet = new ScoringSheet(rescale.total(), "差", java.util.List.of(), java.util.List.of(),
					java.util.List.of(), java.util.List.of(), rescale);
			BigDecimal needed = PointsNeeded.of(sheet, min);
			String what = scored + " of " + maximum;
			assertThat(rescale.withScored(scored.add(needed)).total()).as(what).isGreaterThanOrEqualTo(min);
			if (needed.signum() > 0) {
				assertThat(rescale.withScored(scored.add(needed).subtract(dec("0.01"))).total()).as(what)
					.isLessThan(min);
			}
			else {
				assertThat(rescale.total()).as(what).isGreaterThanOrEqualTo(min);
			}
		}
	}

	@Test
	void hypotheticalScoresGiveTheirTotalAndGrade() {
		ScoringSheet sheet = sheet().leaf("1.1.1", "50", "40").missing("2.1.1", "50").build();

		assertThat(Outcome.of(sheet, SZ, Map.of())).extracting(Outcome::total, Outcome::grade)
			.containsExactly(dec("40.00"), null);
		assertThat(Outcome.of(sheet, SZ, Map.of("2.1.1", dec("45.5"), "1.1.1", dec("44.50"))))
			.extracting(Outcome::total, Outcome::grade)
			.containsExactly(dec("90.00"), "优");
	}

}
