package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.perfeval.scoring.SzCommon.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the engine derives once and keeps (issue 12): the customized tree per common tree
 * and customization, the scoring plan per tree. Kept or not, the results are the same.
 */
class DerivedOnceTest {

	@Test
	void anEqualCustomizationGetsTheSameTreeAndViolations() {
		Customization one = new Customization(List.of("3.3.1"), List.of(CustomizationTest.judgment("3.3.9", "新增一项")),
				Map.of("1.1.1", dec("2")));
		Customization again = new Customization(List.of("3.3.1"), List.of(CustomizationTest.judgment("3.3.9", "新增一项")),
				Map.of("1.1.1", dec("2")));
		Customization.Result first = one.applyTo(SzCommon.tree());
		Customization.Result second = again.applyTo(SzCommon.tree());
		assertThat(second.tree()).isSameAs(first.tree());
		assertThat(second.violations()).isEqualTo(first.violations())
			.extracting(Violation::code)
			.containsExactly("weightsTotal");
	}

	@Test
	void weightsInAnotherOrderAreReportedInTheirOwnOrder() {
		Map<String, BigDecimal> forward = new LinkedHashMap<>();
		forward.put("1.1.1", dec("0"));
		forward.put("3.4.2", dec("101"));
		Map<String, BigDecimal> backward = new LinkedHashMap<>();
		backward.put("3.4.2", dec("101"));
		backward.put("1.1.1", dec("0"));
		assertThat(new Customization(List.of(), List.of(), forward).applyTo(SzCommon.tree()).violations())
			.extracting(Violation::indicator)
			.containsExactly("1.1.1", "3.4.2");
		assertThat(new Customization(List.of(), List.of(), backward).applyTo(SzCommon.tree()).violations())
			.extracting(Violation::indicator)
			.containsExactly("3.4.2", "1.1.1");
	}

	@Test
	void anotherCommonTreeGetsItsOwnCustomizedTree() {
		Customization weights = new Customization(List.of(), List.of(), Map.of("1.1.1", dec("2")));
		IndicatorTree common = SzCommon.tree();
		IndicatorTree other = common.withRoots(common.roots().subList(0, 1));
		assertThat(weights.applyTo(other).tree().leaves()).hasSize(other.leaves().size());
		assertThat(weights.applyTo(common).tree().leaves()).hasSize(common.leaves().size());
	}

	@Test
	void aKeptResultCannotBeChangedByItsCaller() {
		Customization.Result result = new Customization(List.of("9.9.9"), List.of(), Map.of()).applyTo(SzCommon.tree());
		assertThatThrownBy(() -> result.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThat(result.violations()).extracting(Violation::indicator, Violation::code)
			.containsExactly(tuple("9.9.9", "unknownIndicator"));
	}

	@Test
	void aTreeBuiltAnewScoresAsTheOneItEquals() {
		SeedCase luohu = SeedCase.of(SeedCase.read(SeedCase.SPEC_CASES.resolve("luohu-2024.json")));
		IndicatorTree kept = SzCommon.customized(luohu.customization());
		IndicatorTree anew = kept.withRoots(List.copyOf(kept.roots()));
		assertThat(anew).isNotSameAs(kept).isEqualTo(kept);
		ScoringSheet first = ScoringEngine.assess(kept, luohu.inputs(), luohu.overrides()).sheet();
		ScoringSheet second = ScoringEngine.assess(anew, luohu.inputs(), luohu.overrides()).sheet();
		assertThat(second).isEqualTo(first);
		assertThat(second.total()).isEqualByComparingTo("88.18");
	}

	@Test
	void aReweightedTreeIsNotScoredOnThePlanOfTheOldOne() {
		SeedCase luohu = SeedCase.of(SeedCase.read(SeedCase.SPEC_CASES.resolve("luohu-2024.json")));
		IndicatorTree kept = SzCommon.customized(luohu.customization());
		ScoringEngine.assess(kept, luohu.inputs(), luohu.overrides());
		Indicator leaf = kept.leaves().get(0);
		IndicatorTree halved = kept.withRoots(kept.roots()
			.stream()
			.map(root -> reweighted(root, leaf.code(), leaf.weight().divide(BigDecimal.valueOf(2))))
			.toList());
		ScoringSheet.LeafScore before = ScoringEngine.assess(kept, luohu.inputs(), luohu.overrides())
			.sheet()
			.leaf(leaf.code());
		ScoringSheet.LeafScore after = ScoringEngine.assess(halved, luohu.inputs(), luohu.overrides())
			.sheet()
			.leaf(leaf.code());
		assertThat(after.weight()).isEqualByComparingTo(leaf.weight().divide(BigDecimal.valueOf(2)));
		assertThat(after.computed()).isLessThan(before.computed());
	}

	private static Indicator reweighted(Indicator node, String code, BigDecimal weight) {
		if (node.isLeaf()) {
			return node.code().equals(code) ? node.withWeight(weight) : node;
		}
		return node.withChildren(node.children().stream().map(child -> reweighted(child, code, weight)).toList());
	}

}
