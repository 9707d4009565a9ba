package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored SZ-COMMON framework matches the table of FRAMEWORK.md §1. */
class FrameworkDataTest {

	@Test
	void hasTheTwentyOneLeavesOfTheTableInOrderAndTotals100() {
		assertThat(SzCommon.tree().leaves()).extracting(Indicator::code)
			.containsExactly("1.1.1", "1.1.2", "1.2.1", "1.2.2", "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.3.1",
					"2.3.2", "2.4.1", "2.4.2", "2.5.1", "3.1.1", "3.2.1", "3.2.2", "3.2.3", "3.3.1", "3.4.1", "3.4.2");
		assertThat(SzCommon.tree().totalWeight()).isEqualByComparingTo("100");
	}

	@ParameterizedTest(name = "group {0} {1} weighs {2}")
	@CsvSource(delimiter = '|', textBlock = """
			1   | 部门决策 | 20
			1.1 | 预算编制 | 10
			1.2 | 目标设置 | 10
			2   | 部门管理 | 20
			2.1 | 资金管理 | 8
			2.2 | 项目管理 | 4
			2.3 | 资产管理 | 3
			2.4 | 人员管理 | 2
			2.5 | 制度管理 | 3
			3   | 部门绩效 | 60
			3.1 | 经济性   | 6
			3.2 | 效率性   | 20
			3.3 | 效果性   | 25
			3.4 | 公平性   | 9
			""")
	void groupWeightsAreTheSumsOfTheirChildren(String code, String name, BigDecimal weight) {
		Indicator group = SzCommon.tree().group(code).orElseThrow();
		assertThat(group.name()).isEqualTo(name);
		assertThat(group.weight()).isEqualByComparingTo(weight);
	}

	@ParameterizedTest(name = "leaf {0} weighs {1} and its rule's components add up to it")
	@CsvSource(textBlock = """
			1.1.1, 5
			1.1.2, 5
			1.2.1, 3
			1.2.2, 7
			2.1.1, 2
			2.1.2, 3
			2.1.3, 3
			2.2.1, 2
			2.2.2, 2
			2.3.1, 2
			2.3.2, 1
			2.4.1, 1
			2.4.2, 1
			2.5.1, 3
			3.1.1, 6
			3.2.1, 6
			3.2.2, 8
			3.2.3, 6
			3.3.1, 25
			3.4.1, 3
			3.4.2, 6
			""")
	void leafWeightsMatchTheTable(String code, BigDecimal weight) {
		Indicator leaf = SzCommon.leaf(code);
		assertThat(leaf.weight()).isEqualByComparingTo(weight);
		assertThat(leaf.referenceWeight()).isEqualByComparingTo(weight);
		BigDecimal max = leaf.rule()
			.stream()
			.map(component -> component.maxPoints(leaf.referenceWeight()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(max).isEqualByComparingTo(weight);
	}

	@Test
	void everyLeafHasItsTextsAndALabelForEachInput() {
		for (Indicator leaf : SzCommon.tree().leaves()) {
			assertThat(leaf.description()).as(leaf.code()).isNotBlank();
			assertThat(leaf.criteria()).as(leaf.code()).isNotBlank();
			List<String> inputs = leaf.inputs().stream().map(InputSpec::name).toList();
			if (!leaf.code().equals("3.3.1")) {
				assertThat(leaf.inputLabels().keySet()).as(leaf.code()).containsExactlyInAnyOrderElementsOf(inputs);
			}
		}
	}

	@Test
	void theRuleKindsAreThoseOfTheTable() {
		assertThat(SzCommon.leaf("2.1.2").rule()).extracting(component -> component.getClass().getSimpleName())
			.containsExactly("Manual", "ExcessDeduction", "Manual", "Veto");
		assertThat(SzCommon.leaf("3.4.1").rule()).extracting(component -> component.getClass().getSimpleName())
			.containsExactly("Flag", "Bands", "Bands");
		assertThat(SzCommon.leaf("3.3.1").rule()).containsExactly(new Judgment(SzCommon.levels()));
		assertThat(SzCommon.leaf("3.3.1").inputs()).extracting(InputSpec::name)
			.containsExactly("band", "score", "reason");
	}

}
