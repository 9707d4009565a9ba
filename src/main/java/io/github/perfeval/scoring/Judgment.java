package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 成效档次评分：the evaluator picks a level (显著, 明显, 一般 in SZ-COMMON), then a score inside that
 * level's share of the leaf's weight, and gives a reason. Inputs {@code band},
 * {@code score}, {@code reason}. The levels are the framework's ({@code judgmentLevels}),
 * put into each judgment rule when the tree is built, unless the rule states its own.
 */
public record Judgment(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<JudgmentLevel> levels) implements Component {

	public static final String BAND = "band";

	public static final String SCORE = "score";

	public static final String REASON = "reason";

	public Judgment {
		levels = levels == null ? List.of() : List.copyOf(levels);
	}

	/** The framework's levels, where this rule states none of its own. */
	public Judgment withFrameworkLevels(List<JudgmentLevel> frameworkLevels) {
		return levels.isEmpty() && frameworkLevels != null ? new Judgment(frameworkLevels) : this;
	}

	public Optional<JudgmentLevel> level(String code) {
		return levels.stream().filter(level -> level.code().equals(code)).findFirst();
	}

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return referenceWeight;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return List.of(InputSpec.band(BAND, JudgmentLevel.codes(levels)), InputSpec.score(SCORE, leaf.weight()),
				InputSpec.text(REASON, true));
	}

	@Override
	public boolean scalesWithWeight() {
		return false;
	}

	@Override
	public void check(LeafContext context) {
		JudgmentLevel level = level(context.inputs().text(BAND)).orElseThrow();
		BigDecimal score = context.inputs().decimal(SCORE);
		if (!level.admits(score, context.weight())) {
			context.reject(SCORE, "bandScore", level.name(), level.low(context.weight()), level.high(context.weight()));
		}
	}

	@Override
	public BigFraction score(LeafContext context) {
		return Exact.of(context.inputs().decimal(SCORE));
	}

}
