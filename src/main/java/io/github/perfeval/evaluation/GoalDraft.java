package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 绩效目标完成情况自评表 as a page sends it, to be saved part by part. {@code taskOrigins} and
 * {@code indicatorOrigins} give, for each row of the report, the position of the stored
 * row it was shown from (null for a row added on the page); {@code unread} names the
 * fields the page could not read (an amount that is not a number), as
 * {@link DocumentCheck} names fields: {@code goalReport.tasks[2].budgetTotal}, rows
 * counted from 1. Such a field is null in the report and keeps its stored value.
 */
public record GoalDraft(long version, EvaluationDocument.GoalReport report, List<Integer> taskOrigins,
		List<Integer> indicatorOrigins, Set<String> unread) {

	private static final Pattern ROW_FIELD = Pattern.compile("goalReport\\.(tasks|indicators)\\[(\\d+)]\\.(\\w+)");

	public GoalDraft {
		// A row added on the page has no origin: null elements, which List.copyOf
		// refuses.
		taskOrigins = taskOrigins == null ? List.of() : taskOrigins.stream().toList();
		indicatorOrigins = indicatorOrigins == null ? List.of() : indicatorOrigins.stream().toList();
		unread = unread == null ? Set.of() : Set.copyOf(unread);
	}

	/**
	 * What can be stored: the report with the stored value in place of every field named
	 * in {@code problems} (or unread). A row whose name cannot be stored is not saved as
	 * typed: the stored row it was shown from stays as it was, a row added on the page is
	 * left out. {@code taskPositions} / {@code indicatorPositions}: where each typed row
	 * now is among the stored rows (null when it was left out).
	 */
	record Kept(EvaluationDocument.GoalReport report, List<Integer> taskPositions, List<Integer> indicatorPositions) {
	}

	Kept keepingStored(EvaluationDocument.GoalReport stored, Collection<String> problems) {
		Set<String> fields = new HashSet<>(problems);
		fields.addAll(unread);
		EvaluationDocument.GoalReport typed = report;
		List<EvaluationDocument.GoalTask> typedTasks = typed == null || typed.tasks() == null ? List.of()
				: typed.tasks();
		List<EvaluationDocument.GoalIndicator> typedIndicators = typed == null || typed.indicators() == null ? List.of()
				: typed.indicators();
		if (fields.isEmpty()) {
			return new Kept(typed, positions(typedTasks.size()), positions(typedIndicators.size()));
		}
		Map<String, Set<String>> rowFields = new HashMap<>();
		for (String field : fields) {
			Matcher matcher = ROW_FIELD.matcher(field);
			if (matcher.matches()) {
				rowFields.computeIfAbsent(matcher.group(1) + "[" + matcher.group(2) + "]", key -> new HashSet<>())
					.add(matcher.group(3));
			}
		}
		List<EvaluationDocument.GoalTask> storedTasks = stored == null || stored.tasks() == null ? List.of()
				: stored.tasks();
		List<EvaluationDocument.GoalIndicator> storedIndicators = stored == null || stored.indicators() == null
				? List.of() : stored.indicators();

		List<EvaluationDocument.GoalTask> tasks = new ArrayList<>();
		List<Integer> taskPositions = new ArrayList<>();
		Set<Integer> usedTasks = new HashSet<>();
		for (int i = 0; i < typedTasks.size(); i++) {
			EvaluationDocument.GoalTask task = typedTasks.get(i);
			EvaluationDocument.GoalTask origin = origin(storedTasks, taskOrigins, i);
			Set<String> bad = rowFields.getOrDefault("tasks[" + (i + 1) + "]", Set.of());
			if (bad.contains("name")) {
				Integer position = taskOrigins.size() > i ? taskOrigins.get(i) : null;
				if (origin != null && usedTasks.add(position)) {
					taskPositions.add(tasks.size());
					tasks.add(origin);
				}
				else {
					taskPositions.add(null);
				}
				continue;
			}
			Picker<EvaluationDocument.GoalTask> pick = new Picker<>(task, origin, bad);
			taskPositions.add(tasks.size());
			tasks.add(new EvaluationDocument.GoalTask(task.name(),
					pick.text("content", EvaluationDocument.GoalTask::content),
					pick.text("completion", EvaluationDocument.GoalTask::completion),
					pick.number("budgetTotal", EvaluationDocument.GoalTask::budgetTotal),
					pick.number("budgetFiscal", EvaluationDocument.GoalTask::budgetFiscal),
					pick.number("actualTotal", EvaluationDocument.GoalTask::actualTotal),
					pick.number("actualFiscal", EvaluationDocument.GoalTask::actualFiscal)));
		}

		List<EvaluationDocument.GoalIndicator> indicators = new ArrayList<>();
		List<Integer> indicatorPositions = new ArrayList<>();
		Set<Integer> usedIndicators = new HashSet<>();
		for (int i = 0; i < typedIndicators.size(); i++) {
			EvaluationDocument.GoalIndicator indicator = typedIndicators.get(i);
			EvaluationDocument.GoalIndicator origin = origin(storedIndicators, indicatorOrigins, i);
			Set<String> bad = rowFields.getOrDefault("indicators[" + (i + 1) + "]", Set.of());
			if (bad.contains("name")) {
				Integer position = indicatorOrigins.size() > i ? indicatorOrigins.get(i) : null;
				if (origin != null && usedIndicators.add(position)) {
					indicatorPositions.add(indicators.size());
					indicators.add(origin);
				}
				else {
					indicatorPositions.add(null);
				}
				continue;
			}
			Picker<EvaluationDocument.GoalIndicator> pick = new Picker<>(indicator, origin, bad);
			indicatorPositions.add(indicators.size());
			indicators
				.add(new EvaluationDocument.GoalIndicator(pick.text("level1", EvaluationDocument.GoalIndicator::level1),
						pick.text("level2", EvaluationDocument.GoalIndicator::level2), indicator.name(),
						pick.text("expected", EvaluationDocument.GoalIndicator::expected),
						pick.text("actual", EvaluationDocument.GoalIndicator::actual),
						pick.value("nature", EvaluationDocument.GoalIndicator::nature),
						pick.number("target", EvaluationDocument.GoalIndicator::target),
						pick.text("unit", EvaluationDocument.GoalIndicator::unit),
						pick.number("achieved", EvaluationDocument.GoalIndicator::achieved),
						pick.text("deviationReason", EvaluationDocument.GoalIndicator::deviationReason),
						pick.number("points", EvaluationDocument.GoalIndicator::points),
						pick.text("level", EvaluationDocument.GoalIndicator::level)));
		}

		EvaluationDocument.Money storedTotals = stored == null ? null : stored.totals();
		EvaluationDocument.Money typedTotals = typed == null ? null : typed.totals();
		EvaluationDocument.Money totals = money(typedTotals, storedTotals, fields);
		EvaluationDocument.AnnualGoal storedGoal = stored == null ? null : stored.annualGoal();
		EvaluationDocument.AnnualGoal typedGoal = typed == null ? null : typed.annualGoal();
		String expected = fields.contains("goalReport.annualGoal.expected")
				? (storedGoal == null ? null : storedGoal.expected())
				: (typedGoal == null ? null : typedGoal.expected());
		String actual = fields.contains("goalReport.annualGoal.actual")
				? (storedGoal == null ? null : storedGoal.actual()) : (typedGoal == null ? null : typedGoal.actual());
		String unit = fields.contains("goalReport.unit") ? (stored == null ? null : stored.unit())
				: (typed == null ? null : typed.unit());
		EvaluationDocument.AnnualGoal goal = expected == null && actual == null ? null
				: new EvaluationDocument.AnnualGoal(expected, actual);
		// As the page reads it: a unit alone is no report.
		EvaluationDocument.GoalReport kept = tasks.isEmpty() && totals == null && goal == null && indicators.isEmpty()
				? null : new EvaluationDocument.GoalReport(unit, tasks.isEmpty() ? null : tasks, totals, goal,
						indicators.isEmpty() ? null : indicators);
		return new Kept(kept, taskPositions, indicatorPositions);
	}

	private static <T> T origin(List<T> stored, List<Integer> origins, int row) {
		Integer position = origins.size() > row ? origins.get(row) : null;
		return position == null || position < 0 || position >= stored.size() ? null : stored.get(position);
	}

	private static EvaluationDocument.Money money(EvaluationDocument.Money typed, EvaluationDocument.Money stored,
			Set<String> fields) {
		List<String> names = List.of("budgetTotal", "budgetFiscal", "actualTotal", "actualFiscal");
		List<Function<EvaluationDocument.Money, BigDecimal>> getters = List.of(EvaluationDocument.Money::budgetTotal,
				EvaluationDocument.Money::budgetFiscal, EvaluationDocument.Money::actualTotal,
				EvaluationDocument.Money::actualFiscal);
		BigDecimal[] kept = new BigDecimal[names.size()];
		boolean any = false;
		for (int i = 0; i < names.size(); i++) {
			EvaluationDocument.Money source = fields.contains("goalReport.totals." + names.get(i)) ? stored : typed;
			kept[i] = source == null ? null : getters.get(i).apply(source);
			any |= kept[i] != null;
		}
		return any ? new EvaluationDocument.Money(kept[0], kept[1], kept[2], kept[3]) : null;
	}

	private static List<Integer> positions(int count) {
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			positions.add(i);
		}
		return positions;
	}

	/** A field as typed, or the stored row's when the typed one cannot be stored. */
	private record Picker<T>(T typed, T stored, Set<String> bad) {

		String text(String field, Function<T, String> getter) {
			return value(field, getter);
		}

		BigDecimal number(String field, Function<T, BigDecimal> getter) {
			return value(field, getter);
		}

		<V> V value(String field, Function<T, V> getter) {
			if (!bad.contains(field)) {
				return getter.apply(typed);
			}
			return stored == null ? null : getter.apply(stored);
		}

	}

}
