package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;

import io.github.perfeval.support.SeedCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The 绩效指标 values of the 港大深圳医院 自评表 as published, read into 指标性质 / 指标值 / 单位 / 完成值. */
class GoalValueParserTest {

	@ParameterizedTest(name = "{0} → {1} {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			≥190万人次 | GE          | 190 | 万人次
			≥40万床日  | GE          | 40  | 万床日
			≤23%       | LE          | 23  | %
			≤22%       | LE          | 22  | %
			等于100%   | EQ          | 100 | %
			等于 100%  | EQ          | 100 | %
			90%以上    | GE          | 90  | %
			≥6%        | GE          | 6   | %
			100%       | EQ          | 100 | %
			≥90%       | GE          | 90  | %
			无         | QUALITATIVE | -   | -
			不低于 95％ | GE         | 95  | %
			5%以内     | LE          | 5   | %
			1,200人    | EQ          | 1200 | 人
			明显提升   | QUALITATIVE | -   | -
			""")
	void readsTheTarget(String text, GoalNature nature, BigDecimal value, String unit) {
		GoalValueParser.Target target = GoalValueParser.target(text);

		assertThat(target.nature()).isEqualTo(nature);
		assertThat(target.value() == null ? null : target.value().stripTrailingZeros())
			.isEqualTo(value == null ? null : value.stripTrailingZeros());
		assertThat(target.unit()).isEqualTo(unit);
	}

	@Test
	void aFigureWithoutAClearFormLeavesTheStructureEmpty() {
		assertThat(GoalValueParser.target("190-200万人次")).isEqualTo(new GoalValueParser.Target(null, null, null));
		assertThat(GoalValueParser.target("")).isEqualTo(new GoalValueParser.Target(null, null, null));
		assertThat(GoalValueParser.target(null)).isEqualTo(new GoalValueParser.Target(null, null, null));
	}

	@ParameterizedTest(name = "{0} (target unit {1}) → {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			189万人次 | 万人次 | 189   | 万人次
			42万床日  | 万床日 | 42    | 万床日
			23.6      | %      | 23.6  | %
			19.4%     | %      | 19.4  | %
			97.83%    | %      | 97.83 | %
			95.1%     | -      | 95.1  | %
			""")
	void readsTheAchievedValueTakingTheUnitFromTheTargetWhenItNamesNone(String text, String targetUnit,
			BigDecimal value, String unit) {
		assertThat(GoalValueParser.achieved(text, targetUnit)).isEqualTo(new GoalValueParser.Achieved(value, unit));
	}

	@Test
	void anAchievedTextWithoutAFigureHasNoValue() {
		assertThat(GoalValueParser.achieved("无", null)).isNull();
		assertThat(GoalValueParser.achieved("已完成", "%")).isNull();
	}

	@ParameterizedTest(name = "{0} {1} with {2}: missed {3}")
	@CsvSource(delimiter = '|', textBlock = """
			GE | 190 | 189   | true
			GE | 190 | 190   | false
			GE | 190 | 191   | false
			LE | 23  | 23.6  | true
			LE | 23  | 23    | false
			LE | 23  | 22.9  | false
			EQ | 100 | 100.0 | false
			EQ | 100 | 99.9  | true
			EQ | 100 | 100.1 | true
			QUALITATIVE | 1 | 2 | false
			""")
	void theMissedRule(GoalNature nature, BigDecimal target, BigDecimal achieved, boolean missed) {
		assertThat(nature.missed(target, achieved)).isEqualTo(missed);
	}

	@Test
	void nothingIsMissedWhileAValueIsUnknown() {
		assertThat(GoalNature.GE.missed(null, BigDecimal.ONE)).isFalse();
		assertThat(GoalNature.LE.missed(BigDecimal.ONE, null)).isFalse();
	}

	@Test
	void theHkuCaseMissesExactlyTwoOfItsTenIndicators() {
		List<EvaluationDocument.GoalIndicator> indicators = hkuIndicators().stream()
			.map(GoalValueParser::complete)
			.toList();

		assertThat(indicators).hasSize(10);
		assertThat(indicators.stream()
			.filter(EvaluationDocument.GoalIndicator::missedTarget)
			.map(EvaluationDocument.GoalIndicator::name)).containsExactly("门诊工作量", "百元医疗收入中消耗的卫生耗材");
		assertThat(indicators).extracting(EvaluationDocument.GoalIndicator::nature)
			.containsExactly(GoalNature.GE, GoalNature.GE, GoalNature.LE, GoalNature.LE, GoalNature.EQ, GoalNature.GE,
					GoalNature.GE, GoalNature.EQ, GoalNature.QUALITATIVE, GoalNature.GE);
		assertThat(indicators).extracting(i -> i.target() == null ? null : i.target().toPlainString())
			.containsExactly("190", "40", "23", "22", "100", "90", "6", "100", null, "90");
		assertThat(indicators).extracting(EvaluationDocument.GoalIndicator::unit)
			.containsExactly("万人次", "万床日", "%", "%", "%", "%", "%", "%", null, "%");
		assertThat(indicators).extracting(i -> i.achieved() == null ? null : i.achieved().toPlainString())
			.containsExactly("189", "42", "23.6", "19.4", "100", "97.83", "20", "100", null, "95.1");
	}

	@Test
	void completingKeepsThePublishedTextsWordForWord() {
		List<EvaluationDocument.GoalIndicator> published = hkuIndicators();
		List<EvaluationDocument.GoalIndicator> completed = published.stream().map(GoalValueParser::complete).toList();

		assertThat(completed).extracting(EvaluationDocument.GoalIndicator::expected)
			.containsExactlyElementsOf(published.stream().map(EvaluationDocument.GoalIndicator::expected).toList());
		assertThat(completed).extracting(EvaluationDocument.GoalIndicator::actual)
			.containsExactlyElementsOf(published.stream().map(EvaluationDocument.GoalIndicator::actual).toList());
		assertThat(completed.stream().map(GoalValueParser::complete).toList()).isEqualTo(completed);
	}

	@Test
	void aChangedStructureRewritesItsTextAndAnUnchangedOneKeepsIt() {
		EvaluationDocument.GoalIndicator supplies = GoalValueParser.complete(indicator("≤23%", "23.6"));

		EvaluationDocument.GoalIndicator achieved = GoalValueParser
			.complete(with(supplies, GoalNature.LE, new BigDecimal("23"), "%", new BigDecimal("22.8")));
		assertThat(achieved.expected()).isEqualTo("≤23%");
		assertThat(achieved.actual()).isEqualTo("22.8%");
		assertThat(achieved.missedTarget()).isFalse();

		EvaluationDocument.GoalIndicator retargeted = GoalValueParser
			.complete(with(supplies, GoalNature.GE, new BigDecimal("20"), "%", new BigDecimal("23.6")));
		assertThat(retargeted.expected()).isEqualTo("≥20%");
		assertThat(retargeted.actual()).isEqualTo("23.6");

		EvaluationDocument.GoalIndicator cleared = GoalValueParser
			.complete(with(supplies, GoalNature.LE, new BigDecimal("23"), "%", null));
		assertThat(cleared.actual()).isNull();
		assertThat(cleared.missedTarget()).isFalse();
	}

	@Test
	void aStructureWithoutTextsWritesThem() {
		EvaluationDocument.GoalIndicator completed = GoalValueParser
			.complete(new EvaluationDocument.GoalIndicator("产出", "数量", "门诊工作量", null, null, GoalNature.GE,
					new BigDecimal("190"), "万人次", new BigDecimal("189"), null, null, null));

		assertThat(completed.expected()).isEqualTo("≥190万人次");
		assertThat(completed.actual()).isEqualTo("189万人次");
		assertThat(completed.missedTarget()).isTrue();
	}

	private static EvaluationDocument.GoalIndicator indicator(String expected, String actual) {
		return new EvaluationDocument.GoalIndicator("产出", "质量", "指标", expected, actual, null, null, null, null, null,
				null, null);
	}

	private static EvaluationDocument.GoalIndicator with(EvaluationDocument.GoalIndicator indicator, GoalNature nature,
			BigDecimal target, String unit, BigDecimal achieved) {
		return new EvaluationDocument.GoalIndicator(indicator.level1(), indicator.level2(), indicator.name(),
				indicator.expected(), indicator.actual(), nature, target, unit, achieved, indicator.deviationReason(),
				null, null);
	}

	private static List<EvaluationDocument.GoalIndicator> hkuIndicators() {
		JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
		return json.treeToValue(SeedCases.tree(SeedCases.HKU), EvaluationDocument.class).goalReport().indicators();
	}

}
