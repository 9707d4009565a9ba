package io.github.perfeval.framework;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.perfeval.scoring.Band;
import io.github.perfeval.scoring.Bands;
import io.github.perfeval.scoring.Checklist;
import io.github.perfeval.scoring.Choice;
import io.github.perfeval.scoring.Coefficient;
import io.github.perfeval.scoring.Component;
import io.github.perfeval.scoring.Deduction;
import io.github.perfeval.scoring.ExcessDeduction;
import io.github.perfeval.scoring.Flag;
import io.github.perfeval.scoring.Manual;
import io.github.perfeval.scoring.Ratio;
import io.github.perfeval.scoring.Schedule;
import io.github.perfeval.scoring.Veto;
import io.github.perfeval.scoring.Violation;

/**
 * The parameters of a leaf's parsed rule: what each kind needs to score at all (its
 * inputs named, its points given and not negative, bands and options present), and that
 * the components' maxima add up to the leaf's weight, as the shipped SZ-COMMON leaves do
 * ({@code FrameworkDataTest}). Only the components' public accessors are read.
 */
final class RuleCheck {

	/** The rule kinds, as a document names them ({@code Component}'s type names). */
	static final List<String> KINDS = List.of("checklist", "flag", "deduction", "ratio", "bands", "choice",
			"excessDeduction", "schedule", "manual", "judgment", "veto", "coefficient");

	private final String code;

	private final BigDecimal weight;

	private final List<Violation> violations;

	private boolean valid = true;

	private int part;

	private String kind;

	RuleCheck(String code, BigDecimal weight, List<Violation> violations) {
		this.code = code;
		this.weight = weight;
		this.violations = violations;
	}

	void check(List<Component> rule) {
		for (int i = 0; i < rule.size(); i++) {
			part = i + 1;
			component(rule.get(i));
		}
		if (!valid) {
			return;
		}
		BigDecimal max = BigDecimal.ZERO;
		for (Component component : rule) {
			max = max.add(component.maxPoints(weight));
		}
		if (max.compareTo(weight) != 0) {
			violations.add(Violation.of(code, "rule", "rulePoints", max.setScale(2), weight.setScale(2)));
		}
	}

	private void component(Component component) {
		kind = kindOf(component);
		if (component instanceof Checklist checklist) {
			input("input", checklist.input());
			if (require("items", checklist.items() != null && !checklist.items().isEmpty())) {
				checklist.items().forEach(item -> points("items.points", item == null ? null : item.points()));
			}
		}
		else if (component instanceof Flag flag) {
			input("input", flag.input());
			points("points", flag.points());
		}
		else if (component instanceof Deduction deduction) {
			input("input", deduction.input());
			points("points", deduction.points());
			require("per", deduction.per() != null && deduction.per().signum() > 0);
		}
		else if (component instanceof Ratio ratio) {
			points("points", ratio.points());
			inputs("numerator", ratio.numerator());
			inputs("denominator", ratio.denominator());
		}
		else if (component instanceof Bands bands) {
			bands(bands);
		}
		else if (component instanceof Choice choice) {
			choice(choice);
		}
		else if (component instanceof ExcessDeduction excess) {
			points("points", excess.points());
			inputs("numerator", excess.numerator());
			inputs("denominator", excess.denominator());
			require("limit", excess.limit() != null && excess.limit().signum() >= 0);
			require("per", excess.per() != null && excess.per().signum() >= 0);
		}
		else if (component instanceof Schedule schedule) {
			schedule(schedule);
		}
		else if (component instanceof Manual manual) {
			input("input", manual.input());
			if (manual.points() != null) {
				points("points", manual.points());
			}
		}
		else if (component instanceof Veto veto) {
			input("input", veto.input());
		}
		else if (component instanceof Coefficient coefficient) {
			coefficient(coefficient);
		}
	}

	/**
	 * Options with a value each once, a label, and a coefficient from 0 to 1: the part
	 * scores coefficient × points.
	 */
	private void coefficient(Coefficient coefficient) {
		input("input", coefficient.input());
		points("points", coefficient.points());
		if (!require("options", coefficient.options() != null && !coefficient.options().isEmpty())) {
			return;
		}
		Set<String> values = new HashSet<>();
		for (int i = 0; i < coefficient.options().size(); i++) {
			Coefficient.Option option = coefficient.options().get(i);
			if (!require("options", option != null)) {
				continue;
			}
			String name = option.value() == null || option.value().isBlank() ? String.valueOf(i + 1) : option.value();
			if (require("options.value", option.value() != null && !option.value().isBlank())
					&& !values.add(option.value())) {
				reject("ruleOptionTwice", option.value());
			}
			if (option.label() == null || option.label().isBlank()) {
				reject("ruleOptionLabel", name);
			}
			if (option.coefficient() == null || option.coefficient().signum() < 0
					|| option.coefficient().compareTo(BigDecimal.ONE) > 0) {
				reject("ruleCoefficientRange", name,
						option.coefficient() == null ? "—" : option.coefficient().toPlainString());
			}
		}
	}

	private void reject(String message, Object... details) {
		Object[] args = new Object[details.length + 2];
		args[0] = part;
		args[1] = kind;
		System.arraycopy(details, 0, args, 2, details.length);
		violations.add(Violation.of(code, "rule", message, args));
		valid = false;
	}

	private void bands(Bands bands) {
		points("points", bands.points());
		if (bands.percent() == null) {
			inputs("numerator", bands.numerator());
			inputs("denominator", bands.denominator());
		}
		else {
			input("percent", bands.percent());
		}
		if (require("bands", !bands.bands().isEmpty())) {
			for (Band band : bands.bands()) {
				if (require("bands", band != null)) {
					points("bands.points", band.points());
					require("bands.max",
							band.min() == null || band.max() == null || band.min().compareTo(band.max()) <= 0);
					atMost("bands.points", band.points(), bands.points());
				}
			}
		}
	}

	private void choice(Choice choice) {
		input("input", choice.input());
		points("points", choice.points());
		if (require("options", choice.options() != null && !choice.options().isEmpty())) {
			Set<String> values = new HashSet<>();
			for (Choice.Option option : choice.options()) {
				if (require("options", option != null)) {
					require("options.value",
							option.value() != null && !option.value().isBlank() && values.add(option.value()));
					points("options.points", option.points());
					atMost("options.points", option.points(), choice.points());
				}
			}
		}
	}

	private void schedule(Schedule schedule) {
		if (require("inputs", schedule.inputs() != null && !schedule.inputs().isEmpty())) {
			schedule.inputs().forEach(name -> input("inputs", name));
			require("targets", schedule.targets() != null && schedule.targets().size() == schedule.inputs().size()
					&& schedule.targets().stream().allMatch(target -> target != null && target.signum() > 0));
		}
		points("quarterPoints", schedule.quarterPoints());
		points("averagePoints", schedule.averagePoints());
	}

	private void input(String parameter, String name) {
		require(parameter, name != null && !name.isBlank());
	}

	private void inputs(String parameter, List<String> names) {
		require(parameter, !names.isEmpty() && names.stream().allMatch(name -> name != null && !name.isBlank()));
	}

	private void points(String parameter, BigDecimal points) {
		require(parameter, points != null && points.signum() >= 0);
	}

	private void atMost(String parameter, BigDecimal points, BigDecimal max) {
		if (points != null && max != null && points.compareTo(max) > 0) {
			violations.add(Violation.of(code, "rule", "ruleOverPoints", part, kind, parameter, points, max));
			valid = false;
		}
	}

	private boolean require(String parameter, boolean holds) {
		if (!holds) {
			violations.add(Violation.of(code, "rule", "ruleParameter", part, kind, parameter));
			valid = false;
		}
		return holds;
	}

	private static String kindOf(Component component) {
		String simple = component.getClass().getSimpleName();
		return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
	}

}
