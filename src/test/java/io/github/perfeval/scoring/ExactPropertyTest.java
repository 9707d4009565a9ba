package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-style: for many random reweightings (two-decimal weights and whole ones, so
 * that weight ÷ reference weight is often 7/3 or 8/6) and random inputs (quotients such
 * as 2/3 and rates exactly on band bounds), every SZ-COMMON rule kind scores what an
 * independent exact computation ({@link Rational}, written from FRAMEWORK.md §2 and §3)
 * gives, rounded half-up once; and a score is accepted exactly when it is within its
 * exact bound. Seeds are fixed: a failure names the trial that reproduces it.
 */
class ExactPropertyTest {

	private static final int TRIALS = 400;

	/** The leaf under test, its weight, the inputs, and what the oracle expects. */
	private record Trial(String code, BigDecimal weight, Map<String, Object> inputs, BigDecimal expected) {
	}

	@ParameterizedTest(name = "{0} matches the exact oracle under random reweighting")
	@ValueSource(strings = { "1.1.2", "1.2.2", "2.1.1", "2.1.2", "2.1.3", "2.3.2", "2.4.2", "3.1.1", "3.2.1", "3.2.2",
			"3.2.3", "3.3.1", "3.4.1", "3.4.2" })
	void theEngineEqualsTheOracle(String code) {
		int accepted = 0;
		for (int trial = 0; trial < TRIALS; trial++) {
			Random random = new Random(code.hashCode() * 1_000_003L + trial);
			BigDecimal reference = SzCommon.leaf(code).weight();
			BigDecimal weight = weight(random, reference);
			Rational factor = Rational.of(weight).over(Rational.of(reference));
			Trial t = trial(code, weight, factor, random);
			String compensating = code.equals("3.3.1") ? "3.2.2" : "3.3.1";
			BigDecimal other = SzCommon.leaf(compensating).weight().add(reference).subtract(weight);
			IndicatorTree tree = SzCommon
				.customized(new Customization(null, null, Map.of(code, weight, compensating, other)));
			SzCommon.Scored scored = SzCommon.score(tree, code, t.inputs());
			assertThat(scored.computed())
				.as("trial %d: %s at weight %s with %s (violations %s)", trial, code, weight, t.inputs(),
						scored.violations())
				.isEqualTo(t.expected());
			if (t.expected() != null) {
				accepted++;
			}
		}
		// The generators must mostly produce valid inputs, or the property says little.
		assertThat(accepted).isGreaterThan(TRIALS / 2);
	}

	/**
	 * A weight for a leaf of reference weight {@code reference}: two decimals, or whole,
	 * or unchanged; below reference + 25 so that 3.3.1 (or 3.2.2) can make up the total.
	 */
	private static BigDecimal weight(Random random, BigDecimal reference) {
		int referenceCents = reference.movePointRight(2).intValueExact();
		int maxCents = Math.min(referenceCents * 3, referenceCents + 799);
		switch (random.nextInt(3)) {
			case 0:
				return BigDecimal.valueOf(1 + random.nextInt(maxCents), 2);
			case 1:
				return BigDecimal.valueOf(1 + random.nextInt(maxCents / 100));
			default:
				return reference;
		}
	}

	private static Trial trial(String code, BigDecimal weight, Rational factor, Random random) {
		Map<String, Object> in = new LinkedHashMap<>();
		Rational sum;
		boolean valid = true;
		switch (code) {
			case "1.1.2" -> {
				int n = random.nextInt(8);
				in.put("nonconformities", n);
				sum = Rational.of(Math.max(0, 5 - n)).times(factor);
			}
			case "3.2.2" -> {
				int n = random.nextInt(4);
				in.put("unfinishedKeyTasks", n);
				sum = Rational.of(Math.max(0, 8 - 4 * n)).times(factor);
			}
			case "1.2.2" -> {
				int[] points = { 2, 2, 1, 1, 1 };
				List<BigDecimal> items = new ArrayList<>();
				Rational total = Rational.ZERO;
				for (int p : points) {
					BigDecimal item = random.nextInt(30) == 0 ? BigDecimal.valueOf(p * 100L + 1, 2)
							: cents(random, p * 100);
					valid &= item.compareTo(BigDecimal.valueOf(p)) <= 0;
					items.add(item);
					total = total.plus(Rational.of(item));
				}
				in.put("items", items);
				sum = total.times(factor);
			}
			case "2.1.1" -> {
				BigDecimal planned = random.nextInt(10) == 0 ? BigDecimal.ZERO : amount(random);
				BigDecimal actual = switch (random.nextInt(4)) {
					case 0 -> planned;
					case 1 -> planned.add(BigDecimal.valueOf(1 + random.nextInt(1000), 2));
					default -> planned.signum() == 0 ? BigDecimal.ZERO : part(random, planned);
				};
				Rational policyMax = factor;
				BigDecimal policy = scoreAround(random, policyMax);
				valid = Rational.of(policy).compareTo(policyMax) <= 0;
				in.putAll(Map.of("plannedAmount", planned, "actualAmount", actual, "policyScore", policy));
				Rational ratio = actual.compareTo(planned) > 0 ? Rational.ZERO
						: planned.signum() == 0 ? Rational.ONE : Rational.of(actual).over(Rational.of(planned));
				sum = ratio.times(factor).plus(Rational.of(policy));
			}
			case "2.1.2" -> {
				Rational manualMax = factor;
				BigDecimal spending = scoreAround(random, manualMax);
				BigDecimal accounting = scoreAround(random, manualMax);
				BigDecimal total = amount(random).add(BigDecimal.ONE);
				BigDecimal adjusted = random.nextBoolean() ? total.divide(BigDecimal.TEN)
						: part(random, total.multiply(new BigDecimal("0.3")).setScale(2, java.math.RoundingMode.DOWN));
				boolean violation = random.nextInt(10) == 0;
				in.putAll(Map.of("spendingCompliance", spending, "budgetTotal", total, "adjustedAmount", adjusted,
						"accountingCompliance", accounting, "violation", violation));
				valid = Rational.of(spending).compareTo(manualMax) <= 0
						&& Rational.of(accounting).compareTo(manualMax) <= 0;
				Rational rate = Rational.of(adjusted).over(Rational.of(total)).times(100);
				Rational excess = rate.minus(Rational.of(10));
				Rational deduction = excess.compareTo(Rational.ZERO) <= 0 ? Rational.ONE
						: Rational.ONE.minus(Rational.of("0.1").times(excess)).max(Rational.ZERO);
				sum = Rational.of(spending).plus(Rational.of(accounting)).plus(deduction.times(factor));
				if (violation) {
					return new Trial(code, weight, in, new BigDecimal("0.00"));
				}
			}
			case "2.1.3" -> {
				String[] options = { "FULL", "PARTIAL", "NONE", "EXEMPT" };
				String[] points = { "1.5", "1", "0", "1.5" };
				int a = random.nextInt(4);
				int b = random.nextInt(4);
				in.put("budgetDisclosure", options[a]);
				in.put("finalAccountsDisclosure", options[b]);
				sum = Rational.of(points[a]).plus(Rational.of(points[b])).times(factor);
			}
			case "2.3.2" -> {
				int total = 1 + random.nextInt(60);
				int inUse = random.nextInt(total + 1);
				in.put("assetsInUse", inUse);
				in.put("assetsTotal", total);
				Rational rate = Rational.of(inUse).over(total).times(100);
				String points = rate.compareTo(Rational.of(90)) >= 0 ? "1" : rate.compareTo(Rational.of(75)) >= 0
						? "0.7" : rate.compareTo(Rational.of(60)) >= 0 ? "0.4" : "0";
				sum = Rational.of(points).times(factor);
			}
			case "2.4.2" -> {
				int onPayroll = random.nextInt(120);
				int nonPayroll = random.nextInt(15) + (onPayroll == 0 ? 1 : 0);
				in.put("nonPayrollStaff", nonPayroll);
				in.put("staffOnPayroll", onPayroll);
				Rational rate = Rational.of(nonPayroll).over(onPayroll + nonPayroll).times(100);
				String points = rate.compareTo(Rational.of(5)) < 0 ? "1"
						: rate.compareTo(Rational.of(10)) <= 0 ? "0.5" : "0";
				sum = Rational.of(points).times(factor);
			}
			case "3.1.1" -> {
				Rational parts = Rational.ZERO;
				for (String name : new String[] { "threePublic", "dailyPublic" }) {
					int budget = 1 + random.nextInt(40);
					int actual = random.nextInt(budget + budget / 4 + 2);
					in.put(name + "Budget", budget);
					in.put(name + "Actual", actual);
					Rational rate = Rational.of(actual).over(budget).times(100);
					int points = rate.compareTo(Rational.of(90)) < 0 ? 3
							: rate.compareTo(Rational.of(100)) <= 0 ? 2 : 0;
					parts = parts.plus(Rational.of(points));
				}
				sum = parts.times(factor);
			}
			case "3.2.1" -> {
				int[] targets = { 25, 50, 75, 100 };
				Rational quarters = Rational.ZERO;
				for (int i = 0; i < 4; i++) {
					BigDecimal q = random.nextInt(5) == 0 ? BigDecimal.valueOf(targets[i]) : cents(random, 15000);
					in.put("q" + (i + 1), q);
					quarters = quarters.plus(Rational.of(q).over(targets[i]).min(Rational.ONE));
				}
				sum = quarters.plus(Rational.of(2).times(quarters.over(4))).times(factor);
			}
			case "3.2.3" -> {
				int planned = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(100);
				int onTime = random.nextInt(planned + 1);
				in.put("plannedProjects", planned);
				in.put("projectsOnTime", onTime);
				Rational ratio = planned == 0 ? Rational.ONE : Rational.of(onTime).over(planned);
				sum = Rational.of(6).times(ratio).times(factor);
			}
			case "3.3.1" -> {
				Rational w = Rational.of(weight);
				Rational clear = w.times(Rational.of("0.6"));
				Rational significant = w.times(Rational.of("0.8"));
				long cents = switch (random.nextInt(3)) {
					case 0 -> significant.times(100).floor().longValueExact() + random.nextInt(2);
					case 1 -> clear.times(100).floor().longValueExact() + random.nextInt(2);
					default -> random.nextInt(weight.movePointRight(2).intValueExact() + 1);
				};
				Rational s = Rational.of(cents).over(100);
				String right = s.compareTo(significant) >= 0 ? "SIGNIFICANT"
						: s.compareTo(clear) >= 0 ? "CLEAR" : "GENERAL";
				String[] bands = { "SIGNIFICANT", "CLEAR", "GENERAL" };
				String band = random.nextInt(4) == 0 ? bands[random.nextInt(3)] : right;
				valid = band.equals(right) && s.compareTo(w) <= 0;
				in.putAll(Map.of("band", band, "score", BigDecimal.valueOf(cents, 2), "reason", "成效"));
				sum = s;
			}
			case "3.4.1" -> {
				boolean channel = random.nextBoolean();
				int received = random.nextInt(6);
				int replied = random.nextBoolean() ? received : random.nextInt(received + 1);
				int onTime = random.nextBoolean() ? received : random.nextInt(received + 1);
				in.putAll(Map.of("channelEstablished", channel, "petitionsReceived", received, "petitionsReplied",
						replied, "petitionsRepliedOnTime", onTime));
				int points = (channel ? 1 : 0) + (replied == received ? 1 : 0) + (onTime == received ? 1 : 0);
				sum = Rational.of(points).times(factor);
			}
			case "3.4.2" -> {
				String[] bounds = { "80", "90", "95" };
				BigDecimal percent = switch (random.nextInt(3)) {
					case 0 -> new BigDecimal(bounds[random.nextInt(3)]);
					case 1 -> new BigDecimal(bounds[random.nextInt(3)]).subtract(new BigDecimal("0.0001"));
					default -> BigDecimal.valueOf(7000 + random.nextInt(3001), 2);
				};
				in.put("satisfactionPercent", percent);
				Rational p = Rational.of(percent);
				int points = p.compareTo(Rational.of(95)) >= 0 ? 6
						: p.compareTo(Rational.of(90)) >= 0 ? 4 : p.compareTo(Rational.of(80)) >= 0 ? 2 : 1;
				sum = Rational.of(points).times(factor);
			}
			default -> throw new IllegalArgumentException(code);
		}
		BigDecimal expected = valid ? sum.max(Rational.ZERO).min(Rational.of(weight)).roundHalfUp2() : null;
		return new Trial(code, weight, in, expected);
	}

	/** 0.00 to maxCents hundredths. */
	private static BigDecimal cents(Random random, int maxCents) {
		return BigDecimal.valueOf(random.nextInt(maxCents + 1), 2);
	}

	/**
	 * An amount of 0 to 5 decimals (so that a tenth of it is still an amount), from 1.
	 */
	private static BigDecimal amount(Random random) {
		return BigDecimal.valueOf(random.nextInt(1_000_000_000), random.nextInt(6)).add(BigDecimal.ONE);
	}

	/** A part of {@code whole} at the same scale: from 0 to whole. */
	private static BigDecimal part(Random random, BigDecimal whole) {
		long units = whole.unscaledValue().longValueExact();
		return BigDecimal.valueOf((long) (random.nextDouble() * (units + 1)), whole.scale()).min(whole);
	}

	/**
	 * A two-decimal score near an exact bound: often its greatest legal value or the next
	 * cent above, else anything from 0 to just above it.
	 */
	private static BigDecimal scoreAround(Random random, Rational bound) {
		long greatest = bound.times(100).floor().longValueExact();
		return switch (random.nextInt(4)) {
			case 0 -> BigDecimal.valueOf(greatest, 2);
			case 1 -> BigDecimal.valueOf(greatest + 1, 2);
			default -> BigDecimal.valueOf(random.nextInt((int) greatest + 1), 2);
		};
	}

}
