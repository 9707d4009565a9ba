package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.scoring.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers are written the same whatever the machine's default locale: 1,234.50, never
 * 1.234,50.
 */
class LocaleIndependenceTest {

	private Locale before;

	@BeforeEach
	void germanMachine() {
		before = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(before);
	}

	@Test
	void theUnitsTableSumsAndTheMessagesUseTheDecimalPoint() throws Exception {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("name", "本级");
		row.put("initialBudget", "1234.5");
		row.put("adjustedBudget", "1000");
		row.put("finalAccounts", "876.2");
		BasicsView view = BasicsView.of(Map.of(), List.of(row), Map.of(), Map.of(), Map.of(), "万元");
		assertThat(view.sums()).containsEntry("initialBudget", "1,234.50");
		assertThat(view.units().get(0).rate()).isEqualTo("87.62%");

		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		var constructor = SheetMessages.class.getDeclaredConstructor(org.springframework.context.MessageSource.class);
		constructor.setAccessible(true);
		SheetMessages messages = constructor.newInstance(source);
		String warning = messages.warning(
				Notice.of("unitsTotalMismatch", null, new io.github.perfeval.scoring.MessageKey("column.finalAccounts"),
						new BigDecimal("500333.68"), new BigDecimal("500333.67"), new BigDecimal("0.01")),
				null);
		assertThat(warning).contains("500,333.68", "500,333.67");
	}

}
