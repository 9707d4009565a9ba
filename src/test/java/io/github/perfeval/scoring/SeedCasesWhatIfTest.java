package io.github.perfeval.scoring;

import io.github.perfeval.whatif.WhatIf;
import org.junit.jupiter.api.Test;

import static io.github.perfeval.scoring.SzCommon.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 提分测算 on the seeds: 罗湖 2024 (88.18 良) needs 1.82 points for 优, which its 1.2.2 alone can
 * bring (it lost 2 of 7); with the published 5.80 for 3.2.1 (88.17) it needs 1.83;
 * 香港大学深圳医院 2021 (96.60 优) is at the top.
 */
class SeedCasesWhatIfTest {

	private static final GradeScaleHolder SZ = new GradeScaleHolder();

	@Test
	void luohuNeeds1Point82ForExcellentFromOneLeaf() {
		ScoringSheet sheet = SeedCasesTest.LUOHU.assess().sheet();

		WhatIf whatIf = WhatIf.of(sheet, SZ.grades());

		assertThat(whatIf.total()).isEqualTo(dec("88.18"));
		assertThat(whatIf.grade()).isEqualTo("良");
		assertThat(whatIf.targets()).singleElement()
			.extracting(WhatIf.Target::grade, WhatIf.Target::totalGap, WhatIf.Target::pointsNeeded,
					WhatIf.Target::totalAfter, WhatIf.Target::gradeAfter)
			.containsExactly("优", dec("1.82"), dec("1.82"), dec("90.00"), "优");
		assertThat(whatIf.targets().get(0).plan())
			.extracting(gain -> gain.leaf().code(), gain -> gain.leaf().weight(), gain -> gain.leaf().score(),
					WhatIf.Gain::points, WhatIf.Gain::partial)
			.containsExactly(tuple("1.2.2", dec("7"), dec("5.00"), dec("1.82"), true));
		// 3.4.2 lost most (4 of 6), but its 2.00 is the reviewer's 调整得分.
		assertThat(whatIf.leaves().get(0))
			.extracting(WhatIf.Leaf::code, WhatIf.Leaf::lost, WhatIf.Leaf::overridden, WhatIf.Leaf::runningTotal)
			.containsExactly("3.4.2", dec("4.00"), true, null);
		assertThat(whatIf.leaves()).extracting(WhatIf.Leaf::code)
			.containsExactly("3.4.2", "1.2.2", "2.1.1", "3.2.3", "2.4.2", "3.3.3", "3.3.4", "3.2.1");
		assertThat(whatIf.leaves().get(whatIf.leaves().size() - 1).runningTotal()).isEqualTo(dec("7.82"));
	}

	@Test
	void luohuWithThePublishedScoreNeeds1Point83() {
		ScoringSheet sheet = SeedCasesTest.LUOHU.withOverride("3.2.1", "5.8", "按公开自评报告得分").assess().sheet();

		WhatIf.Target excellent = WhatIf.of(sheet, SZ.grades()).targets().get(0);

		assertThat(excellent.pointsNeeded()).isEqualTo(dec("1.83"));
		assertThat(excellent.plan()).extracting(gain -> gain.leaf().code(), WhatIf.Gain::points)
			.containsExactly(tuple("1.2.2", dec("1.83")));
	}

	@Test
	void hkuIsAtTheTopGrade() {
		WhatIf whatIf = WhatIf.of(SeedCasesTest.HKU.assess().sheet(), SZ.grades());

		assertThat(whatIf.total()).isEqualTo(dec("96.60"));
		assertThat(whatIf.state()).isEqualTo(WhatIf.State.TOP);
		assertThat(whatIf.targets()).isEmpty();
	}

	@Test
	void aDraftWithoutAGradeSaysWhatIsMissing() {
		WhatIf whatIf = WhatIf.of(SeedCasesTest.LUOHU.without("3.2.2").assess().sheet(), SZ.grades());

		assertThat(whatIf.state()).isEqualTo(WhatIf.State.MISSING);
		assertThat(whatIf.missing()).extracting(ScoringSheet.MissingLeaf::code).containsExactly("3.2.2");
	}

	/** SZ-COMMON's grades, from its framework data. */
	private static final class GradeScaleHolder {

		GradeScale grades() {
			return SzCommon.tree().grades();
		}

	}

}
