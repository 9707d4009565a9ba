package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 成效档次 are the framework's: a framework with another table (好 100–80 %, 较好 80–50 %, 一般
 * 50–0 %, lower bounds inclusive) scores its judgment leaf as that table says, and a leaf
 * may state its own levels.
 */
class JudgmentLevelsTest {

	static final List<JudgmentLevel> OTHER = List.of(new JudgmentLevel("GOOD", "好", dec("80"), true, dec("100"), true),
			new JudgmentLevel("FAIR", "较好", dec("50"), true, dec("80"), false),
			new JudgmentLevel("POOR", "一般", dec("0"), true, dec("50"), false));

	/** One judgment leaf of 10 on the framework's levels, one of 90 with its own. */
	static IndicatorTree tree() {
		List<JudgmentLevel> own = List.of(new JudgmentLevel("YES", "达成", dec("0"), false, dec("100"), true),
				new JudgmentLevel("NO", "未达成", dec("0"), true, dec("0"), true));
		Indicator framework = Indicator.leaf("1.1.1", "成效", dec("10"), null, null, Map.of(),
				List.of(new Judgment(List.of()).withFrameworkLevels(OTHER)));
		Indicator ownLevels = Indicator.leaf("1.1.2", "达成", dec("90"), null, null, Map.of(),
				List.of(new Judgment(own).withFrameworkLevels(OTHER)));
		return new IndicatorTree("T", 1, "T", null, null,
				List.of(Indicator.group("1", "一",
						List.of(Indicator.group("1.1", "一一", List.of(framework, ownLevels))))),
				SzCommon.grades(), null, null, OTHER);
	}

	@ParameterizedTest(name = "{0} {1}: valid = {2}")
	@CsvSource(textBlock = """
			GOOD, 10,   true
			GOOD, 8,    true
			GOOD, 7.99, false
			FAIR, 7.99, true
			FAIR, 5,    true
			FAIR, 8,    false
			FAIR, 4.99, false
			POOR, 4.99, true
			POOR, 0,    true
			POOR, 5,    false
			""")
	void theFrameworksTableDecides(String band, String score, boolean valid) {
		SzCommon.Scored scored = SzCommon.score(tree(), "1.1.1",
				values("band", band, "score", dec(score), "reason", "成效"));
		if (valid) {
			assertThat(scored.violations()).isEmpty();
			assertThat(scored.computed()).isEqualByComparingTo(score);
		}
		else {
			assertThat(scored.violations()).extracting(Violation::field, Violation::code)
				.containsExactly(tuple("score", "bandScore"));
			assertThat(scored.computed()).isNull();
		}
	}

	@Test
	void aScoreOutsideItsLevelNamesTheLevelAndItsBoundsOnTheWeight() {
		SzCommon.Scored scored = SzCommon.score(tree(), "1.1.1",
				values("band", "FAIR", "score", dec("9"), "reason", "x"));
		assertThat(scored.violations()).singleElement().satisfies(violation -> {
			assertThat(violation.args().get(0)).isEqualTo("较好");
			assertThat((BigDecimal) violation.args().get(1)).isEqualByComparingTo("5");
			assertThat((BigDecimal) violation.args().get(2)).isEqualByComparingTo("8");
		});
	}

	@Test
	void sZCommonsCodesAreUnknownHereAndTheMessageListsThisTablesNames() {
		SzCommon.Scored scored = SzCommon.score(tree(), "1.1.1",
				values("band", "SIGNIFICANT", "score", dec("9"), "reason", "x"));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("band", "unknownBand", List.of("好、较好、一般")));
	}

	@Test
	void aLeafsOwnLevelsWinOverTheFrameworks() {
		Indicator leaf = tree().leaf("1.1.2").orElseThrow();
		assertThat(leaf.inputs().get(0).options()).containsExactly("YES", "NO");
		assertThat(SzCommon.score(tree(), "1.1.2", values("band", "NO", "score", dec("0"), "reason", "x")).computed())
			.isEqualByComparingTo("0");
		assertThat(SzCommon.score(tree(), "1.1.2", values("band", "NO", "score", dec("1"), "reason", "x")).violations())
			.extracting(Violation::code)
			.containsExactly("bandScore");
		assertThat(SzCommon.score(tree(), "1.1.2", values("band", "YES", "score", dec("90"), "reason", "x")).computed())
			.isEqualByComparingTo("90");
	}

	@Test
	void aJudgment个性指标UsesTheFrameworksLevels() {
		IndicatorTree custom = new Customization(List.of("1.1.1"),
				List.of(new Customization.CustomLeaf("1.1", "1.1.3", "个性", dec("10"), "judgment")), Map.of())
			.applyTo(tree())
			.tree();
		assertThat(custom.leaf("1.1.3").orElseThrow().rule()).containsExactly(new Judgment(OTHER));
	}

	@Test
	void aJudgment个性指标IsRefusedWhereTheFrameworkHasNoLevels() {
		IndicatorTree none = new IndicatorTree("T", 1, "T", null, null, tree().roots(), SzCommon.grades(), null, null,
				List.of());
		Customization.Result result = new Customization(List.of("1.1.1"),
				List.of(new Customization.CustomLeaf("1.1", "1.1.3", "个性", dec("10"), "judgment")), Map.of())
			.applyTo(none);
		assertThat(result.violations()).extracting(Violation::code).containsExactly("noJudgmentLevels");
	}

}
