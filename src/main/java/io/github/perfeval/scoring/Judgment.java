package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 成效档次评分：the evaluator picks 显著, 明显 or 一般, then a score inside that band of the leaf's
 * weight, and gives a reason. Inputs {@code band}, {@code score}, {@code reason}.
 */
public record Judgment() implements Component {

	public static final String BAND = "band";

	public static final String SCORE = "score";

	public static final String REASON = "reason";

	/** The three bands as shares of the leaf's weight; 显著 includes 80 %, 明显 60 %. */
	public enum Level {

		SIGNIFICANT("0.8", true, "1", true), CLEAR("0.6", true, "0.8", false), GENERAL("0", true, "0.6", false);

		private final BigDecimal from;

		private final boolean fromInclusive;

		private final BigDecimal to;

		private final boolean toInclusive;

		Level(String from, boolean fromInclusive, String to, boolean toInclusive) {
			this.from = new BigDecimal(from);
			this.fromInclusive = fromInclusive;
			this.to = new BigDecimal(to);
			this.toInclusive = toInclusive;
		}

		public BigDecimal low(BigDecimal weight) {
			return from.multiply(weight);
		}

		public BigDecimal high(BigDecimal weight) {
			return to.multiply(weight);
		}

		public boolean admits(BigDecimal score, BigDecimal weight) {
			return new Band(low(weight), fromInclusive, high(weight), toInclusive, BigDecimal.ZERO).contains(score);
		}

		public static List<String> names() {
			return Arrays.stream(values()).map(Enum::name).toList();
		}

	}

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return referenceWeight;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return List.of(InputSpec.band(BAND, Level.names()), InputSpec.score(SCORE, leaf.weight()),
				InputSpec.text(REASON, true));
	}

	@Override
	public boolean scalesWithWeight() {
		return false;
	}

	@Override
	public void check(LeafContext context) {
		Level level = Level.valueOf(context.inputs().text(BAND));
		BigDecimal score = context.inputs().decimal(SCORE);
		if (!level.admits(score, context.weight())) {
			context.reject(SCORE, "bandScore", new MessageKey("band." + level.name()),
					level.low(context.weight()).stripTrailingZeros(),
					level.high(context.weight()).stripTrailingZeros());
		}
	}

	@Override
	public BigFraction score(LeafContext context) {
		return Exact.of(context.inputs().decimal(SCORE));
	}

}
