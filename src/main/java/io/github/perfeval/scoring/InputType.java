package io.github.perfeval.scoring;

/** The kinds of value a leaf's input holds; each brings its own range check. */
public enum InputType {

	/** 金额，非负小数（万元等）。 */
	AMOUNT,
	/** 个数、人数，非负整数。 */
	COUNT,
	/** 百分数，87.62 即 87.62%，0 至 1000。 */
	PERCENT,
	/** 评价人给出的分数，0 至该项分值。 */
	SCORE, BOOLEAN,
	/** 一组选项中的一个。 */
	OPTION,
	/** 评分项清单：每项一个分数。 */
	ITEMS,
	/** 成效档次：显著、明显、一般。 */
	BAND, TEXT

}
