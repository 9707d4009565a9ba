package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * target: 目标完成 of one 年度绩效指标 on its 分值, exact, capped, 偏差原因 required where points are
 * lost.
 */
class TargetRuleTest {

	private static final List<Target.Level> LEVELS = List.of(
			new Target.Level("ACHIEVED", "达成年度指标", new BigDecimal("1")),
			new Target.Level("PARTLY", "部分达成年度指标并具有一定效果", new BigDecimal("0.6")),
			new Target.Level("MISSED", "未达成年度指标且效果较差", new BigDecimal("0")));

	private static final Target TEMPLATE = new Target(null, null, null, null, null, LEVELS, null);

	@ParameterizedTest(name = "{0} {1}, 完成值 {2}, 分值 {3} → {4}")
	@CsvSource(textBlock = """
			GE, 190,  189,   10, 9.95
			GE, 190,  190,   10, 10.00
			GE, 190,  250,   10, 10.00
			GE, 190,  0,     10, 0.00
			GE, 3,    1,     10, 3.33
			GE, 3,    2,     10, 6.67
			GE, 64,   25,    8,  3.13
			GE, 0,    0,     5,  5.00
			GE, 0,    7,     5,  5.00
			LE, 23,   23.6,  10, 9.75
			LE, 23,   23,    10, 10.00
			LE, 23,   1,     10, 10.00
			LE, 23,   0,     10, 10.00
			LE, 0,    0,     10, 10.00
			LE, 0,    0.01,  10, 0.00
			LE, 22,   44,    6,  3.00
			LE, 3,    9,     1,  0.33
			EQ, 100,  100,   10, 10.00
			EQ, 100,  99,    10, 9.90
			EQ, 100,  101,   10, 9.90
			EQ, 100,  200,   10, 5.00
			EQ, 0,    0,     10, 10.00
			EQ, 0,    5,     10, 0.00
			EQ, 100,  0,     10, 0.00
			""")
	void quantitative(String nature, String target, String achieved, String points, String expected) {
		Result result = score(TEMPLATE.with(nature, dec(target), dec(achieved), null, "原因"), points);
		assertThat(result.violations()).isEmpty();
		assertThat(result.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "＝ missed, 不等不得分: {0} vs {1} → {2}")
	@CsvSource(textBlock = """
			100, 100, 10.00
			100, 99,  0.00
			100, 101, 0.00
			""")
	void equalMissedScoresNothingWhenTheRuleSaysSo(String target, String achieved, String expected) {
		Target zero = new Target(null, null, null, null, null, LEVELS, Target.Unequal.ZERO);
		Result result = score(zero.with("EQ", dec(target), dec(achieved), null, "原因"), "10");
		assertThat(result.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "定性 {0}, 分值 {1} → {2}")
	@CsvSource(textBlock = """
			ACHIEVED, 10, 10.00
			PARTLY,   10, 6.00
			PARTLY,   3.33, 2.00
			MISSED,   10, 0.00
			""")
	void qualitative(String level, String points, String expected) {
		Result result = score(TEMPLATE.with("QUALITATIVE", null, null, level, "原因"), points);
		assertThat(result.violations()).isEmpty();
		assertThat(result.computed()).isEqualTo(dec(expected));
	}

	@Test
	void aLossWithoutDeviationReasonIsRefusedOnThatField() {
		Result missed = score(TEMPLATE.with("GE", dec("190"), dec("189"), null, " "), "10");
		assertThat(missed.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("2.1.1", Target.REASON, "deviationReasonRequired"));
		assertThat(missed.computed()).isNull();

		Result met = score(TEMPLATE.with("GE", dec("190"), dec("190"), null, null), "10");
		assertThat(met.violations()).isEmpty();
		assertThat(met.computed()).isEqualTo(dec("10.00"));

		Result partly = score(TEMPLATE.with("QUALITATIVE", null, null, "PARTLY", null), "10");
		assertThat(partly.violations()).extracting(Violation::code).containsExactly("deviationReasonRequired");
	}

	@ParameterizedTest(name = "{0} {1} / {2} level {3}: {4} on {5}")
	@CsvSource(nullValues = "null", textBlock = """
			GE,          -5,   3,    null,    goalNegative,        target
			GE,          5,    -3,   null,    goalNegative,        achieved
			LE,          -1,   0,    null,    goalNegative,        target
			GE,          null, 3,    null,    goalTargetMissing,   target
			LE,          5,    null, null,    goalAchievedMissing, achieved
			null,        5,    3,    null,    goalNatureMissing,   nature
			QUALITATIVE, null, null, null,    goalLevelMissing,    level
			QUALITATIVE, null, null, BETTER,  goalLevelUnknown,    level
			""")
	void whatCannotBeScoredIsSaid(String nature, String target, String achieved, String level, String code,
			String field) {
		Result result = score(TEMPLATE.with(nature, dec(target), dec(achieved), level, "原因"), "10");
		assertThat(result.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple(field, code));
		assertThat(result.computed()).isNull();
	}

	@Test
	void theTemplateReadsFromFrameworkJson() throws Exception {
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		Component component = json.readValue(
				"{\"kind\":\"target\",\"whenUnequal\":\"ZERO\",\"levels\":[{\"value\":\"A\",\"label\":\"达成\",\"coefficient\":1}]}",
				Component.class);
		assertThat(component).isInstanceOf(Target.class);
		assertThat(((Target) component).whenUnequal()).isEqualTo(Target.Unequal.ZERO);
		assertThat(((Target) component).levels()).extracting(Target.Level::label).containsExactly("达成");
	}

	record Result(BigDecimal computed, List<Violation> violations) {
	}

	private static Result score(Target rule, String points) {
		Indicator leaf = Indicator.leaf("2.1.1", "门诊工作量", dec(points), null, null, Map.of(), List.of(rule));
		IndicatorTree tree = new IndicatorTree("T", 1, "T", null, null,
				List.of(Indicator.group("2", "产出指标", List.of(Indicator.group("2.1", "数量", List.of(leaf))))),
				SzCommon.grades(), null, null, List.of());
		ScoringEngine.Assessment assessment = ScoringEngine.assess(tree, Map.of(), Map.of());
		return new Result(assessment.sheet().leaves().get(0).computed(), assessment.violations());
	}

	private static BigDecimal dec(String value) {
		return value == null ? null : new BigDecimal(value);
	}

}
