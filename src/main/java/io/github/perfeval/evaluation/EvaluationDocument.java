package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON evaluation document of FRAMEWORK.md §4: what is imported, exported and scored.
 * Leaf inputs stay untyped maps here; the framework's rules say what each must hold.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationDocument(Department department, Integer year, String framework, Integer frameworkVersion,
		String unit, CustomIndicators customIndicators, Map<String, BigDecimal> weights,
		Map<String, Map<String, Object>> indicators, Map<String, Override> overrides, List<Unit> units, Amounts totals,
		GoalReport goalReport, Signatories signatories, Map<String, String> texts) {

	public record Department(String code, String name) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record CustomIndicators(List<String> remove, List<CustomIndicator> add) {
	}

	public record CustomIndicator(String group, String code, String name, BigDecimal weight, String rule) {
	}

	public record Override(BigDecimal score, String reason) {
	}

	/** 下属单位 row of 表 1-1: 年初预算数, 全年预算数, 决算数. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Unit(String name, BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal finalAccounts) {
	}

	/** The totals the department states for 表 1-1. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Amounts(BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal finalAccounts) {
	}

	/** 部门整体支出绩效目标完成情况自评表. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record GoalReport(String unit, List<GoalTask> tasks, Money totals, AnnualGoal annualGoal,
			List<GoalIndicator> indicators) {
	}

	/** 预算数 / 执行数, each 总额 and 其中财政拨款. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Money(BigDecimal budgetTotal, BigDecimal budgetFiscal, BigDecimal actualTotal,
			BigDecimal actualFiscal) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record GoalTask(String name, String content, String completion, BigDecimal budgetTotal,
			BigDecimal budgetFiscal, BigDecimal actualTotal, BigDecimal actualFiscal) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record AnnualGoal(String expected, String actual) {
	}

	/**
	 * A 年度绩效指标 row: the texts as published ({@code expected} 预期指标值, {@code actual} 实际完成值)
	 * and, as the national 绩效自评表 enters them, 指标性质, 指标值, 单位 and 完成值. An import with the
	 * texts only reads the structure from them; an export writes both. {@code points}
	 * (分值) and {@code level} (a 定性 indicator's 完成档次) are read by a framework that scores
	 * the indicators (the 绩效自评表's), and ignored by the others.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record GoalIndicator(String level1, String level2, String name, String expected, String actual,
			GoalNature nature, BigDecimal target, String unit, BigDecimal achieved, String deviationReason,
			BigDecimal points, String level) {

		/**
		 * Whether the 完成值 misses the 指标值 (≥ 190 with 189, ≤ 23 with 23.6); never for 定性.
		 */
		public boolean missedTarget() {
			return nature != null && nature.missed(target, achieved);
		}

	}

	/**
	 * 填报人, 单位负责人, 联系电话; the notice the evaluation answers as the report cites it
	 * ({@code 《…的通知》（罗财函〔2025〕37号）}) and the short name the department calls itself in
	 * the report (我局, 我院), both optional.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Signatories(String filledBy, String headOfUnit, String phone, String notice, String shortName) {

		public Signatories(String filledBy, String headOfUnit, String phone) {
			this(filledBy, headOfUnit, phone, null, null);
		}

	}

}
