package io.github.perfeval.scoring;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 一致性检查 of a framework: a figure a leaf is given that should agree with another one of
 * the evaluation, stated as framework data ({@code "checks"} in the framework document)
 * and evaluated by {@link ConsistencyChecks}. Three kinds:
 * <ul>
 * <li>{@code total}: the leaf's {@code input} equals the document total {@code total}
 * (less the total {@code less}, where given), e.g. 部门预算总规模 = 表 1-1 年初预算数;</li>
 * <li>{@code ratio}: the leaf's percent {@code input} equals {@code numerator} ÷
 * {@code denominator} of the document totals, at the precision it is typed (two decimals
 * at least), e.g. 四季度累计支出进度 = 决算数 ÷ 全年预算数;</li>
 * <li>{@code same}: the leaf's {@code input} equals {@code otherInput} of the leaf
 * {@code other}, a figure two leaves take without sharing it ({@code sameAs}).</li>
 * </ul>
 * Document totals are those of 表 1-1: {@link #DOCUMENT_TOTALS}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsistencyCheck(String kind, String indicator, String input, String total, String less, String numerator,
		String denominator, String other, String otherInput) {

	public static final String TOTAL = "total";

	public static final String RATIO = "ratio";

	public static final String SAME = "same";

	public static final List<String> KINDS = List.of(TOTAL, RATIO, SAME);

	/** The totals of 表 1-1 a check may name: 年初预算数, 全年预算数, 决算数. */
	public static final List<String> DOCUMENT_TOTALS = List.of("initialBudget", "adjustedBudget", "finalAccounts");

}
