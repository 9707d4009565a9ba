package io.github.perfeval.evaluation.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one parser of typed numbers: a unit after a number is never silently reinterpreted.
 */
class TypedNumberTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,234.5|万元|1234.5|", "5000元|万元|0.5|元", "0.3万元|万元|0.3|", "1.2亿元|万元|12000|亿元",
			"3万|元|30000|万", "5000 元|元|5000|", "－12|万元|-12|" })
	void amountsInTheFieldsUnitOrConvertedExplicitly(String typed, String unit, String number, String from) {
		TypedNumber.Result result = TypedNumber.parse(typed, TypedNumber.Field.AMOUNT, unit);
		assertThat(result).isInstanceOf(TypedNumber.Value.class);
		assertThat(result.number()).isEqualByComparingTo(number);
		assertThat(((TypedNumber.Value) result).typedUnit()).isEqualTo(from);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "95%|AMOUNT|wrongUnit", "12个|AMOUNT|wrongUnit", "1e5|AMOUNT|notNumber",
			"19,608.5x|AMOUNT|notNumber", "abc|AMOUNT|notNumber", "5万元|PERCENT|wrongUnit", "3分|PERCENT|wrongUnit",
			"2.5x|COUNT|notCount", "12斤|COUNT|notCount", "1E+999999999|SCORE|notNumber" })
	void anythingElseIsKeptAsTypedWithTheReason(String typed, TypedNumber.Field field, String code) {
		TypedNumber.Result result = TypedNumber.parse(typed, field, "万元");
		assertThat(result).isInstanceOf(TypedNumber.Unreadable.class);
		assertThat(((TypedNumber.Unreadable) result).code()).isEqualTo(code);
		assertThat(((TypedNumber.Unreadable) result).typed()).isEqualTo(typed);
	}

	@Test
	void theFieldsOwnSuffixesAreAccepted() {
		assertThat(TypedNumber.parse("87.62%", TypedNumber.Field.PERCENT, "万元").number()).isEqualByComparingTo("87.62");
		assertThat(TypedNumber.parse("87.62％", TypedNumber.Field.PERCENT, "万元").number()).isEqualByComparingTo("87.62");
		assertThat(TypedNumber.parse("4.5分", TypedNumber.Field.SCORE, "万元").number()).isEqualByComparingTo("4.5");
		assertThat(TypedNumber.parse("1,194人", TypedNumber.Field.COUNT, "万元").number()).isEqualByComparingTo("1194");
		assertThat(TypedNumber.parse("  ", TypedNumber.Field.AMOUNT, "万元")).isInstanceOf(TypedNumber.Empty.class);
	}

	@Test
	void aHugeStoredNumberIsShownAsStoredNeverExpanded() {
		assertThat(TypedNumber.plain(new java.math.BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
		assertThat(TypedNumber.plain(new java.math.BigDecimal("13966.910"))).isEqualTo("13966.910");
	}

}
