package io.github.perfeval.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.scoring.Choice;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.InputType;
import io.github.perfeval.scoring.Judgment;
import io.github.perfeval.scoring.JudgmentLevel;

import org.springframework.stereotype.Component;

/**
 * The words of the Excel template, from {@code messages-workbook.properties}: what each
 * row asks for, its hint, and the labels of yes/no, options and bands, written and read
 * back alike.
 */
@Component
class RawDataLabels {

	private final SheetMessages messages;

	RawDataLabels(SheetMessages messages) {
		this.messages = messages;
	}

	String text(String code, Object... args) {
		return messages.text(code, args);
	}

	/** 填报项: the checklist item's words, else the input's label. */
	String itemText(RawDataRow row) {
		if (row.item() != RawDataRow.NO_ITEM) {
			return text("workbook.item", row.item() + 1, row.itemLabel().orElse(""));
		}
		return messages.fieldLabel(row.leaf(), row.spec().name());
	}

	/** 说明/可选值: unit, range or options of the input. */
	String hint(RawDataRow row, String unit) {
		String hint = typeHint(row, unit);
		String own = row.leaf().unitOf(row.spec().name());
		if (own != null && row.spec().type() != InputType.AMOUNT && row.spec().type() != InputType.PERCENT) {
			hint = text("workbook.hint.unit", hint, own);
		}
		String help = row.leaf().helpOf(row.spec().name());
		if (help != null) {
			hint = text("workbook.hint.help", hint, help);
		}
		if (!row.sharedBy().isEmpty()) {
			hint = text("workbook.hint.sharedBy", hint,
					row.sharedBy()
						.stream()
						.map(leaf -> text("workbook.hint.leaf", leaf.code(), leaf.name()))
						.collect(Collectors.joining("、")));
		}
		return hint;
	}

	private String typeHint(RawDataRow row, String unit) {
		InputSpec spec = row.spec();
		return switch (spec.type()) {
			case AMOUNT -> text("workbook.hint.AMOUNT", unit);
			case SCORE -> text("workbook.hint.SCORE", spec.max().stripTrailingZeros().toPlainString());
			case ITEMS ->
				text("workbook.hint.ITEMS", spec.itemPoints().get(row.item()).stripTrailingZeros().toPlainString());
			case OPTION -> text("workbook.hint.OPTION",
					row.options()
						.stream()
						.map(option -> text("workbook.hint.option", option.label(),
								option.points().stripTrailingZeros().toPlainString()))
						.collect(Collectors.joining("\n")));
			case BAND -> text("workbook.hint.BAND", String.join("/", choiceLabels(row)));
			default -> text("workbook.hint." + spec.type().name());
		};
	}

	/**
	 * The words a yes/no, option or band cell may hold, lower case, and the value of
	 * each.
	 */
	Map<String, Object> choices(RawDataRow row) {
		Map<String, Object> choices = new HashMap<>();
		switch (row.spec().type()) {
			case BOOLEAN -> {
				choices.put(yesNo(true), Boolean.TRUE);
				choices.put(yesNo(false), Boolean.FALSE);
				choices.put("true", Boolean.TRUE);
				choices.put("false", Boolean.FALSE);
			}
			case OPTION, BAND -> row.spec().options().forEach(code -> {
				choices.put(code.toLowerCase(Locale.ROOT), code);
				choices.put(choiceLabel(row, code).toLowerCase(Locale.ROOT), code);
			});
			default -> {
			}
		}
		return choices;
	}

	List<String> choiceLabels(RawDataRow row) {
		return row.spec().options().stream().map(code -> choiceLabel(row, code)).toList();
	}

	String choiceLabel(RawDataRow row, String code) {
		if (row.spec().type() == InputType.BAND) {
			return row.leaf()
				.rule()
				.stream()
				.filter(Judgment.class::isInstance)
				.flatMap(component -> ((Judgment) component).level(code).stream())
				.map(JudgmentLevel::name)
				.findFirst()
				.orElse(code);
		}
		return row.options()
			.stream()
			.filter(option -> option.value().equals(code))
			.map(Choice.Option::label)
			.findFirst()
			.orElse(code);
	}

	String yesNo(boolean flag) {
		return text(flag ? "workbook.yes" : "workbook.no");
	}

}
