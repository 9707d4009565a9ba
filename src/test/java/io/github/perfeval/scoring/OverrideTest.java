package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Overrides (§2): a score in [0, weight] with a mandatory reason, kept beside the
 * computed score.
 */
class OverrideTest {

	private static final Map<String, LeafInputs> QUARTERS = Map.of("3.2.1",
			new LeafInputs(values("q1", dec("44.72"), "q2", dec("58.18"), "q3", dec("88.53"), "q4", dec("87.62"))));

	private static ScoringEngine.Assessment assess(Map<String, LeafInputs> inputs, String code, BigDecimal score,
			String reason) {
		return ScoringEngine.assess(SzCommon.tree(), inputs, Map.of(code, new ScoreOverride(score, reason)));
	}

	@ParameterizedTest(name = "3.2.1 overridden with {0}: final {1}, lost {2}")
	@CsvSource(textBlock = """
			5.8,  5.80, 0.20
			0,    0.00, 6.00
			6,    6.00, 0.00
			5.81, 5.81, 0.19
			""")
	void anOverrideWithinTheWeightIsTheFinalScoreBesideTheComputedOne(String score, String finalScore, String lost) {
		ScoringEngine.Assessment assessment = assess(QUARTERS, "3.2.1", dec(score), "按公开自评报告得分");
		assertThat(assessment.violations()).isEmpty();
		ScoringSheet.LeafScore leaf = assessment.sheet().leaf("3.2.1");
		assertThat(leaf.computed()).isEqualTo(dec("5.81"));
		assertThat(leaf.override()).isEqualTo(new ScoreOverride(dec(finalScore), "按公开自评报告得分"));
		assertThat(leaf.finalScore()).isEqualTo(dec(finalScore));
		assertThat(leaf.lost()).isEqualTo(dec(lost));
		assertThat(assessment.sheet().group("3.2").score()).isEqualTo(dec(finalScore));
		assertThat(assessment.sheet().total()).isEqualTo(dec(finalScore));
	}

	@Test
	void anOverrideThatDiffersFromTheComputedScoreIsWarnedAbout() {
		ScoringSheet sheet = assess(QUARTERS, "3.2.1", dec("5.8"), "按公开自评报告得分").sheet();
		assertThat(sheet.warnings()).filteredOn(notice -> "3.2.1".equals(notice.indicator()))
			.containsExactly(Notice.of("overrideDiffers", "3.2.1", dec("5.81"), dec("5.80"), "按公开自评报告得分"));
	}

	@Test
	void anOverrideEqualToTheComputedScoreIsNotWarnedAbout() {
		ScoringSheet sheet = assess(QUARTERS, "3.2.1", dec("5.81"), "同计算").sheet();
		assertThat(sheet.warnings()).filteredOn(notice -> "3.2.1".equals(notice.indicator())).isEmpty();
	}

	@ParameterizedTest(name = "override {0} of a 6-point leaf is out of range")
	@CsvSource({ "6.01", "7", "-0.01" })
	void anOverrideOutsideTheWeightIsRejectedAndIgnored(String score) {
		ScoringEngine.Assessment assessment = assess(QUARTERS, "3.2.1", dec(score), "理由");
		assertThat(assessment.violations())
			.extracting(Violation::indicator, Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("3.2.1", "override.score", "scoreRange", List.of("6")));
		ScoringSheet.LeafScore leaf = assessment.sheet().leaf("3.2.1");
		assertThat(leaf.override()).isNull();
		assertThat(leaf.finalScore()).isEqualTo(dec("5.81"));
	}

	@Test
	void anOverrideWithoutAScoreIsRejected() {
		assertThat(assess(QUARTERS, "3.2.1", null, "理由").violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("override.score", "scoreRange"));
	}

	@Test
	void anOverrideWithMoreThanTwoDecimalsIsRejected() {
		assertThat(assess(QUARTERS, "3.2.1", dec("5.805"), "理由").violations())
			.extracting(Violation::field, Violation::code)
			.containsExactly(tuple("override.score", "scoreDecimals"));
	}

	@ParameterizedTest(name = "reason \"{0}\" is not a reason")
	@CsvSource({ "''", "'   '" })
	void anOverrideNeedsAReason(String reason) {
		ScoringEngine.Assessment assessment = assess(QUARTERS, "3.2.1", dec("5.8"), reason);
		assertThat(assessment.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("3.2.1", "override.reason", "reasonRequired"));
		assertThat(assessment.sheet().leaf("3.2.1").finalScore()).isEqualTo(dec("5.81"));
	}

	@Test
	void aNullReasonIsRejectedToo() {
		assertThat(assess(QUARTERS, "3.2.1", dec("5.8"), null).violations()).extracting(Violation::code)
			.containsExactly("reasonRequired");
	}

	@Test
	void anOverrideStandsInForALeafWithoutInput() {
		ScoringEngine.Assessment assessment = assess(Map.of(), "2.3.2", dec("1"), "报告未披露在用固定资产数据，按公布得分");
		assertThat(assessment.violations()).isEmpty();
		ScoringSheet sheet = assessment.sheet();
		ScoringSheet.LeafScore leaf = sheet.leaf("2.3.2");
		assertThat(leaf.computed()).isNull();
		assertThat(leaf.finalScore()).isEqualTo(dec("1.00"));
		assertThat(leaf.lost()).isEqualTo(dec("0.00"));
		assertThat(sheet.missing()).extracting(ScoringSheet.MissingLeaf::code).doesNotContain("2.3.2");
		assertThat(sheet.warnings()).filteredOn(notice -> "2.3.2".equals(notice.indicator())).isEmpty();
	}

	@Test
	void aLeafWithNeitherInputNorOverrideIsMissingAndNoticed() {
		ScoringSheet sheet = ScoringEngine.assess(SzCommon.tree(), QUARTERS, Map.of()).sheet();
		assertThat(sheet.missing()).hasSize(20);
		assertThat(sheet.missing()).filteredOn(leaf -> leaf.code().equals("2.3.2"))
			.extracting(ScoringSheet.MissingLeaf::name, ScoringSheet.MissingLeaf::fields)
			.containsExactly(tuple("固定资产利用率", List.of("assetsInUse", "assetsTotal")));
		assertThat(sheet.missing()).filteredOn(leaf -> leaf.code().equals("3.3.1"))
			.extracting(ScoringSheet.MissingLeaf::fields)
			.containsExactly(List.of("band", "score", "reason"));
		assertThat(sheet.warnings()).filteredOn(notice -> "2.3.2".equals(notice.indicator()))
			.containsExactly(Notice.of("noInput", "2.3.2"));
		assertThat(sheet.warnings()).extracting(Notice::code).containsOnly("noInput").hasSize(20);
		assertThat(sheet.leaf("2.3.2").finalScore()).isNull();
		assertThat(sheet.leaf("2.3.2").lost()).isNull();
		assertThat(sheet.total()).isEqualTo(dec("5.81"));
		assertThat(sheet.grade()).isNull();
	}

	@Test
	void aCommentAloneIsNoInput() {
		ScoringSheet sheet = ScoringEngine
			.assess(SzCommon.tree(), Map.of("3.4.2", new LeafInputs(values("comment", "未开展调查"))), Map.of())
			.sheet();
		assertThat(sheet.warnings()).filteredOn(notice -> "3.4.2".equals(notice.indicator()))
			.containsExactly(Notice.of("noInput", "3.4.2"));
		assertThat(sheet.missing()).filteredOn(leaf -> leaf.code().equals("3.4.2"))
			.extracting(ScoringSheet.MissingLeaf::fields)
			.containsExactly(List.of("satisfactionPercent"));
	}

	@Test
	void anOverrideForAnUnknownLeafIsRejected() {
		assertThat(assess(QUARTERS, "3.3.9", dec("1"), "理由").violations())
			.extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("3.3.9", "overrides", "unknownIndicator"));
	}

}
