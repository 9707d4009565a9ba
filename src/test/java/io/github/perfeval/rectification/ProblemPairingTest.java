package io.github.perfeval.rectification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a 存在问题及改进措施 text becomes items: the pairing rule of {@link ProblemPairing}. */
class ProblemPairingTest {

	private static ProblemPairing.Pair pair(String problem, String measure) {
		return new ProblemPairing.Pair(problem, measure);
	}

	@Test
	void theReportsDraftMakesOneItemPerNumberedEntryWithItsOwnMeasure() {
		String draft = """
				1. 政府采购执行情况
				存在问题：政府采购执行率为 87.62%。根据评分标准，该指标总分 2 分，实际得分 0.49 分。
				改进措施：下一步，将加强采购计划管理。
				2. 预算调整率
				存在问题：预算调整率为 12.5%。
				改进措施：下一步，将提高预算编制的精准度。
				""";
		assertThat(ProblemPairing.pairs(draft)).containsExactly(
				pair("政府采购执行情况\n政府采购执行率为 87.62%。根据评分标准，该指标总分 2 分，实际得分 0.49 分。", "下一步，将加强采购计划管理。"),
				pair("预算调整率\n预算调整率为 12.5%。", "下一步，将提高预算编制的精准度。"));
	}

	@Test
	void twoSectionsWithAsManyEntriesArePairedByNumber() {
		String text = """
				（一）存在问题
				1. 预算编制不够精准，年中调整频繁。
				2. 绩效目标设置不够细化，
				部分指标难以量化。
				（二）改进措施
				1. 加强预算编制的前期论证。
				2. 细化量化绩效目标。
				""";
		assertThat(ProblemPairing.pairs(text)).containsExactly(pair("预算编制不够精准，年中调整频繁。", "加强预算编制的前期论证。"),
				pair("绩效目标设置不够细化，\n部分指标难以量化。", "细化量化绩效目标。"));
	}

	@Test
	void twoSectionsWithDifferentCountsGiveEveryProblemAllTheMeasures() {
		String text = """
				存在问题：
				1、资产管理不够规范。
				2、信息公开不及时。
				3、采购执行率偏低。
				改进措施：
				（1）完善资产管理制度；
				（2）建立信息公开台账。
				""";
		List<ProblemPairing.Pair> pairs = ProblemPairing.pairs(text);
		assertThat(pairs).extracting(ProblemPairing.Pair::problem).containsExactly("资产管理不够规范。", "信息公开不及时。", "采购执行率偏低。");
		assertThat(pairs).extracting(ProblemPairing.Pair::measure).containsOnly("（1）完善资产管理制度；\n（2）建立信息公开台账。");
	}

	@Test
	void labelledParagraphsWithoutNumbersPairInTurn() {
		String text = """
				存在问题：部分项目支出进度偏慢。
				改进措施：按月通报支出进度。
				存在问题：固定资产账实不符。
				整改措施：开展资产清查。
				""";
		assertThat(ProblemPairing.pairs(text)).containsExactly(pair("部分项目支出进度偏慢。", "按月通报支出进度。"),
				pair("固定资产账实不符。", "开展资产清查。"));
	}

	@Test
	void numberedProblemsWithoutMeasuresAreItemsWithoutAMeasure() {
		assertThat(ProblemPairing.pairs("1. 预算编制不够精准。\n2、绩效自评不够深入。")).containsExactly(pair("预算编制不够精准。", ""),
				pair("绩效自评不够深入。", ""));
	}

	@Test
	void aTextWithoutStructureIsOneItem() {
		assertThat(ProblemPairing.pairs("部分指标设置不够合理，\n\n下一步将修订。")).containsExactly(pair("部分指标设置不够合理，\n下一步将修订。", ""));
	}

	@Test
	void nothingWrittenIsNoItem() {
		assertThat(ProblemPairing.pairs(null)).isEmpty();
		assertThat(ProblemPairing.pairs("  \n ")).isEmpty();
		assertThat(ProblemPairing.pairs("改进措施：加强管理。")).isEmpty();
	}

	@Test
	void aProblemOverTheLimitIsCut() {
		String problem = "问".repeat(RectificationLimits.PROBLEM_MAX + 10);
		ProblemPairing.Pair pair = ProblemPairing.pairs(problem).get(0);
		assertThat(pair.problem()).hasSize(RectificationLimits.PROBLEM_MAX).endsWith("…");
	}

}
