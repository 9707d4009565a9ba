package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.InputType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a cell of the filled-in template becomes, by input type. */
class RawDataValuesTest {

	static final InputSpec AMOUNT = InputSpec.of("plannedAmount", InputType.AMOUNT);

	static final InputSpec FLAG = InputSpec.of("channelEstablished", InputType.BOOLEAN);

	static final InputSpec OPTION = InputSpec.options("budgetDisclosure", List.of("FULL", "PARTIAL", "NONE"));

	static final Map<String, Object> YES_NO = Map.of("是", true, "否", false, "true", true, "false", false);

	static final Map<String, Object> OPTIONS = Map.of("full", "FULL", "partial", "PARTIAL", "none", "NONE",
			"按规定内容、时限、范围等各项要求进行公开", "FULL", "没有进行公开", "NONE");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "13966.91|13966.91", "1,234.50|1234.5", "87.62%|87.62", "3 万元|3",
			"'  12 '|12", "-5|-5", "1.0E3|1000" })
	void numbersTypedAsTextAreParsed(String typed, String expected) {
		assertThat(RawDataValues.toInput(AMOUNT, typed, Map.of())).isEqualTo(new BigDecimal(expected));
	}

	@Test
	void numericCellsKeepTheirShortestForm() {
		assertThat(RawDataValues.toInput(AMOUNT, BigDecimal.valueOf(1194.0), Map.of()))
			.isEqualTo(new BigDecimal("1194"));
		assertThat(RawDataValues.toInput(AMOUNT, BigDecimal.valueOf(0.25), Map.of())).isEqualTo(new BigDecimal("0.25"));
		assertThat(RawDataValues.toInput(AMOUNT, BigDecimal.valueOf(1.0E7), Map.of()))
			.isEqualTo(new BigDecimal("10000000"));
	}

	@Test
	void whatIsNotANumberIsKeptAsTypedForTheEngineToName() {
		assertThat(RawDataValues.toInput(AMOUNT, "abc", Map.of())).isEqualTo("abc");
		assertThat(RawDataValues.toInput(AMOUNT, Boolean.TRUE, Map.of())).isEqualTo(Boolean.TRUE);
		assertThat(RawDataValues.toInput(AMOUNT, null, Map.of())).isNull();
		assertThat(RawDataValues.number("  ")).isNull();
	}

	@Test
	void yesAndNoBecomeBooleans() {
		assertThat(RawDataValues.toInput(FLAG, "是", YES_NO)).isEqualTo(true);
		assertThat(RawDataValues.toInput(FLAG, "否", YES_NO)).isEqualTo(false);
		assertThat(RawDataValues.toInput(FLAG, "TRUE", YES_NO)).isEqualTo(true);
		assertThat(RawDataValues.toInput(FLAG, Boolean.FALSE, YES_NO)).isEqualTo(false);
		assertThat(RawDataValues.toInput(FLAG, "也许", YES_NO)).isEqualTo("也许");
	}

	@Test
	void optionsAreTakenByLabelOrByCode() {
		assertThat(RawDataValues.toInput(OPTION, "按规定内容、时限、范围等各项要求进行公开", OPTIONS)).isEqualTo("FULL");
		assertThat(RawDataValues.toInput(OPTION, "partial", OPTIONS)).isEqualTo("PARTIAL");
		assertThat(RawDataValues.toInput(OPTION, " 没有进行公开 ", OPTIONS)).isEqualTo("NONE");
		assertThat(RawDataValues.toInput(OPTION, "部分公开", OPTIONS)).isEqualTo("部分公开");
	}

	@Test
	void cellsAreReadAsExcelShowsThem() throws java.io.IOException {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellFormula("0.1+0.2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			row.createCell(1).setCellValue("  ");
			row.createCell(2).setCellValue(true);
			row.createCell(3).setCellValue(13966.91);
			assertThat(RawDataValues.toInput(AMOUNT, RawDataReader.content(row.getCell(0)), Map.of()))
				.isEqualTo(new BigDecimal("0.3"));
			assertThat(RawDataReader.content(row.getCell(1))).isNull();
			assertThat(RawDataReader.content(row.getCell(2))).isEqualTo(Boolean.TRUE);
			assertThat(RawDataValues.toInput(AMOUNT, RawDataReader.content(row.getCell(3)), Map.of()))
				.isEqualTo(new BigDecimal("13966.91"));
			assertThat(RawDataReader.content(row.getCell(9))).isNull();
		}
	}

	@Test
	void textStaysTextAndNumbersInTextInputsArePlain() {
		InputSpec text = InputSpec.text("reason", true);
		assertThat(RawDataValues.toInput(text, "=1+1", Map.of())).isEqualTo("=1+1");
		assertThat(RawDataValues.toInput(text, BigDecimal.valueOf(12.0), Map.of())).isEqualTo("12");
	}

}
