package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One part of a leaf's 评分标准. A leaf scores the sum of its components; the stored
 * framework holds them as data ({@code "kind": "ratio", …}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = Checklist.class, name = "checklist"),
		@JsonSubTypes.Type(value = Flag.class, name = "flag"),
		@JsonSubTypes.Type(value = Deduction.class, name = "deduction"),
		@JsonSubTypes.Type(value = Ratio.class, name = "ratio"),
		@JsonSubTypes.Type(value = Bands.class, name = "bands"),
		@JsonSubTypes.Type(value = Choice.class, name = "choice"),
		@JsonSubTypes.Type(value = ExcessDeduction.class, name = "excessDeduction"),
		@JsonSubTypes.Type(value = Schedule.class, name = "schedule"),
		@JsonSubTypes.Type(value = Manual.class, name = "manual"),
		@JsonSubTypes.Type(value = Judgment.class, name = "judgment"),
		@JsonSubTypes.Type(value = Veto.class, name = "veto"),
		@JsonSubTypes.Type(value = Coefficient.class, name = "coefficient"),
		@JsonSubTypes.Type(value = Target.class, name = "target") })
public sealed interface Component permits Checklist, Flag, Deduction, Ratio, Bands, Choice, ExcessDeduction, Schedule,
		Manual, Judgment, Veto, Coefficient, Target {

	/** The component's maximum on the leaf's reference weight. */
	BigDecimal maxPoints(BigDecimal referenceWeight);

	/**
	 * The inputs this component reads, with their allowed ranges on the leaf's actual
	 * weight.
	 */
	List<InputSpec> inputs(Indicator leaf);

	/**
	 * Judgment and manual scores are entered on the leaf's own weight and are not scaled
	 * (§2).
	 */
	default boolean scalesWithWeight() {
		return true;
	}

	/**
	 * Checks between inputs, called once every input of the component is present and well
	 * typed.
	 */
	default void check(LeafContext context) {
	}

	/** The unscaled score, exact; inputs are complete and valid. */
	BigFraction score(LeafContext context);

}
