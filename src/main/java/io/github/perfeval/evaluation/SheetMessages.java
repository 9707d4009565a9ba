package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.perfeval.scoring.Choice;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.Judgment;
import io.github.perfeval.scoring.JudgmentLevel;
import io.github.perfeval.scoring.MessageKey;
import io.github.perfeval.scoring.Notice;
import io.github.perfeval.scoring.Violation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns violation and warning codes into Chinese sentences that name the indicator (code
 * and name) and the field (its label from the framework, else from
 * {@code messages.properties}).
 */
@Component
public class SheetMessages {

	private final MessageSource messages;

	SheetMessages(MessageSource messages) {
		this.messages = messages;
	}

	public FieldError error(Violation violation, IndicatorTree tree) {
		Indicator indicator = find(tree, violation.indicator());
		String detail = text("violation." + violation.code(), violation.args());
		String message;
		if (violation.indicator() != null && violation.field() != null) {
			message = text("format.indicatorField", violation.indicator(), name(indicator),
					fieldLabel(indicator, violation.field()), detail);
		}
		else if (violation.indicator() != null) {
			message = text("format.indicator", violation.indicator(), name(indicator), detail);
		}
		else {
			message = text("format.field", fieldLabel(null, violation.field()), detail);
		}
		return new FieldError(violation.indicator(), violation.field(), message);
	}

	/** The problem alone, for a message shown next to its field. */
	public String detail(Violation violation) {
		return text("violation." + violation.code(), violation.args());
	}

	public String warning(Notice notice, IndicatorTree tree) {
		Indicator indicator = find(tree, notice.indicator());
		Object[] args = new Object[notice.args().size() + 2];
		args[0] = notice.indicator();
		args[1] = name(indicator);
		for (int i = 0; i < notice.args().size(); i++) {
			args[i + 2] = notice.args().get(i);
		}
		return text("warning." + notice.code(), Arrays.asList(args));
	}

	public String fieldLabel(Indicator indicator, String field) {
		if (field == null) {
			return "";
		}
		if (indicator != null && indicator.labelOf(field) != null) {
			return indicator.labelOf(field);
		}
		String generic = field.replaceAll("\\[\\d+]", "");
		return messages.getMessage("field." + generic, null, field, locale()) + indexSuffix(field);
	}

	/**
	 * A stored value as the pages show it: a judgment level or an option by its name in
	 * the framework (显著, not SIGNIFICANT), anything else as stored.
	 */
	public String valueText(Indicator leaf, String field, String value) {
		if (leaf == null || field == null || value == null) {
			return value;
		}
		for (io.github.perfeval.scoring.Component component : leaf.rule()) {
			if (component instanceof Judgment judgment && Judgment.BAND.equals(field)) {
				return judgment.level(value).map(JudgmentLevel::name).orElse(value);
			}
			if (component instanceof Choice choice && choice.input().equals(field)) {
				return choice.options()
					.stream()
					.filter(option -> option.value().equals(value))
					.map(Choice.Option::label)
					.findFirst()
					.orElse(value);
			}
		}
		return value;
	}

	public String text(String code, Object... args) {
		return text(code, Arrays.asList(args));
	}

	/**
	 * A binding or validation error in Chinese: its codes in order (e.g.
	 * {@code typeMismatch.listQuery.page}), else its message.
	 */
	public String text(org.springframework.context.MessageSourceResolvable error) {
		return messages.getMessage(error, locale());
	}

	private String text(String code, List<Object> args) {
		Object[] resolved = args.stream().map(this::argument).toArray();
		return messages.getMessage(code, resolved, code, locale());
	}

	private Object argument(Object arg) {
		if (arg instanceof MessageKey key) {
			return messages.getMessage(key.key(), null, key.key(), locale());
		}
		if (arg instanceof BigDecimal number) {
			return number.scale() <= 2
					? new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number)
					: number.stripTrailingZeros().toPlainString();
		}
		return arg == null ? "" : String.valueOf(arg);
	}

	private static String indexSuffix(String field) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
		return matcher.find() ? "（第 " + matcher.group(1) + " 行）" : "";
	}

	private static String name(Indicator indicator) {
		return indicator == null ? "" : indicator.name();
	}

	private static Indicator find(IndicatorTree tree, String code) {
		if (tree == null || code == null) {
			return null;
		}
		return tree.leaf(code).or(() -> tree.group(code)).orElse(null);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
