package io.github.perfeval.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.items;
import static io.github.perfeval.scoring.SzCommon.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** checklist: 1.1.1 (1,1,1,1,1), 1.2.2 (2,2,1,1,1), 2.5.1 (0.5,1.5,1), 2.x.x (1,1). */
class ChecklistRuleTest {

	@ParameterizedTest(name = "{0} items [{1}] → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			1.1.1 | 1,1,1,1,1         | 5.00
			1.1.1 | 1,1,0.5,1,1       | 4.50
			1.1.1 | 0.25,0,0,0,0.01   | 0.26
			1.1.1 | 0,0,0,0,0         | 0.00
			1.2.2 | 2,2,1,1,1         | 7.00
			1.2.2 | 2,2,0,0,1         | 5.00
			1.2.2 | 1.5,2,1,1,0.5     | 6.00
			1.2.2 | 0,0,0,0,0         | 0.00
			2.5.1 | 0.5,1.5,1         | 3.00
			2.5.1 | 0.25,1.5,1        | 2.75
			2.5.1 | 0.5,0.75,0.5      | 1.75
			2.5.1 | 0,0,0             | 0.00
			2.2.1 | 1,1               | 2.00
			2.2.2 | 1,0.5             | 1.50
			2.3.1 | 0,0               | 0.00
			""")
	void sumsTheItemScores(String code, String items, String expected) {
		SzCommon.Scored scored = score(code, "items", items(items));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void acceptsIntegerItemsAsJsonGivesThem() {
		SzCommon.Scored scored = score("1.1.1", "items", List.of(1, 1, 0, 1, 1));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec("4.00"));
	}

	@ParameterizedTest(name = "{0} items [{1}]: item {2} above {3} points")
	@CsvSource(delimiter = '|', textBlock = """
			1.1.1 | 1,1,1.01,1,1   | 3 | 1
			1.1.1 | 2,1,1,1,1      | 1 | 1
			1.2.2 | 2,2.01,1,1,1   | 2 | 2
			1.2.2 | 2,2,1,1,1.5    | 5 | 1
			2.5.1 | 0.51,1.5,1     | 1 | 0.5
			2.5.1 | 0.5,1.51,1     | 2 | 1.5
			2.5.1 | 0.5,1.5,-0.5   | 3 | 1
			""")
	void anItemOutsideZeroToItsPointsIsRejected(String code, String items, int item, String points) {
		SzCommon.Scored scored = score(code, "items", items(items));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("items", "itemRange", List.of(item, points)));
		assertThat(scored.computed()).isNull();
	}

	@ParameterizedTest(name = "{0} with [{1}] is not {2} items")
	@CsvSource(delimiter = '|', textBlock = """
			1.1.1 | 1,1,1,1       | 5
			1.1.1 | 1,1,1,1,1,0   | 5
			1.2.2 | 2,2,1         | 5
			2.5.1 | 0.5,1.5,1,1,1 | 3
			2.5.1 | 0.5           | 3
			2.2.1 | 1,1,1         | 2
			""")
	void theWrongNumberOfItemsIsRejected(String code, String items, int count) {
		SzCommon.Scored scored = score(code, "items", items(items));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("items", "itemsCount", List.of(count)));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void itemsThatAreNotAListAreRejected() {
		assertThat(score("1.1.1", "items", dec("5")).violations()).extracting(Violation::code)
			.containsExactly("itemsCount");
	}

	@Test
	void anItemWithMoreThanTwoDecimalsIsRejected() {
		SzCommon.Scored scored = score("1.1.1", "items", items("1,1,0.125,1,1"));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("items", "scoreDecimals"));
		assertThat(scored.computed()).isNull();
	}

}
