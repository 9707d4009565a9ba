package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A framework whose 三级 leaves are the evaluation's own 年度绩效指标 (the 绩效自评表 of the national
 * and provincial rules): the 一级 groups that take them and by which 一级指标 names
 * ({@code level1}), the 指标说明 ({0} the 指标值, {1} the 完成值) and 评分标准 (by 指标性质) every such
 * leaf shows, its field labels, and the {@link Target} rule that scores it. Each
 * indicator with a 分值 becomes a leaf {@code g.k.j} under its group {@code g}, in a 二级
 * group {@code g.k} per 二级指标 in the order they first come; its weight is its 分值. The
 * fixed leaves and the indicators' 分值 must add up to 100. {@code budgetLeaf} names the
 * leaf whose inputs ({@code initialBudget}, {@code adjustedBudget},
 * {@code finalAccounts}) are the evaluation's 年初预算数, 全年预算数 and 全年执行数.
 * {@code deviationNote} ({0} the 偏差原因) follows the 指标说明 of an indicator that gives one.
 * {@code problem} and {@code measure} are the 自评报告's 存在问题 and 改进措施 of an indicator that
 * lost points ({0} its name, {1} the 指标值, {2} the 完成值); either may be absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GoalScheme(List<Group> groups, String budgetLeaf, String description, Map<String, String> criteria,
		Map<String, String> inputLabels, Target rule, String deviationNote, String problem, String measure) {

	/** A 一级 group of goal indicators: its code, its name and the 一级指标 names it takes. */
	public record Group(String code, String name, List<String> level1) {

		public Group {
			level1 = level1 == null ? List.of() : List.copyOf(level1);
		}

		boolean takes(String name) {
			String wanted = name == null ? "" : name.strip();
			return this.name.equals(wanted) || level1.contains(wanted);
		}

	}

	/** One 年度绩效指标 of the evaluation, as the engine needs it. */
	public record Entry(String level1, String level2, String name, String expected, String actual, String nature,
			BigDecimal target, BigDecimal achieved, String level, BigDecimal points, String deviationReason) {
	}

	/**
	 * The tree with the indicators' leaves, the problems found, and which 自评表 row each
	 * leaf comes from (its position, from 0).
	 */
	public record Expanded(IndicatorTree tree, List<Violation> violations, Map<String, Integer> rows) {
	}

	/** The field of a 自评表 row that a problem names. */
	public static String rowField(int position, String field) {
		return "goalReport.indicators[" + (position + 1) + "]." + field;
	}

	public GoalScheme {
		groups = groups == null ? List.of() : List.copyOf(groups);
		criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
		inputLabels = inputLabels == null ? Map.of() : new LinkedHashMap<>(inputLabels);
		rule = rule == null ? new Target(null, null, null, null, null, List.of(), null) : rule;
	}

	/** Which group takes an indicator of this 一级指标, if any. */
	public Optional<Group> groupOf(String level1) {
		return groups.stream().filter(group -> group.takes(level1)).findFirst();
	}

	/** The indicators scored here: those with a 分值 above 0. */
	public static boolean scored(Entry entry) {
		return entry.points() != null && entry.points().signum() > 0;
	}

	public Expanded expand(IndicatorTree common, List<Entry> entries) {
		List<Violation> violations = new ArrayList<>();
		Map<String, Integer> rows = new LinkedHashMap<>();
		Map<String, Map<String, List<Indicator>>> byGroup = new LinkedHashMap<>();
		groups.forEach(group -> byGroup.put(group.code(), new LinkedHashMap<>()));
		BigDecimal goalsTotal = BigDecimal.ZERO;
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (!scored(entry)) {
				continue;
			}
			if (!NumberKind.SCORE.fits(entry.points()) || entry.points().compareTo(IndicatorTree.TOTAL) > 0) {
				violations.add(Violation.of(null, rowField(i, "points"), "goalPointsRange"));
				continue;
			}
			Optional<Group> group = groupOf(entry.level1());
			if (group.isEmpty()) {
				violations.add(Violation.of(null, rowField(i, "level1"), "goalGroupUnknown",
						Objects.toString(entry.name(), ""), Objects.toString(entry.level1(), ""),
						String.join("、", groups.stream().map(Group::name).toList())));
				continue;
			}
			goalsTotal = goalsTotal.add(entry.points());
			String level2 = blank(entry.level2()) ? group.get().name() : entry.level2().strip();
			Map<String, List<Indicator>> seconds = byGroup.get(group.get().code());
			List<Indicator> leaves = seconds.computeIfAbsent(level2, name -> new ArrayList<>());
			String code = group.get().code() + "." + (List.copyOf(seconds.keySet()).indexOf(level2) + 1) + "."
					+ (leaves.size() + 1);
			leaves.add(leaf(code, entry));
			rows.put(code, i);
		}
		List<Indicator> roots = new ArrayList<>(common.roots());
		for (Group group : groups) {
			List<Indicator> seconds = new ArrayList<>();
			int k = 0;
			for (Map.Entry<String, List<Indicator>> second : byGroup.get(group.code()).entrySet()) {
				k++;
				seconds.add(Indicator.group(group.code() + "." + k, second.getKey(), second.getValue()));
			}
			if (!seconds.isEmpty()) {
				roots.add(Indicator.group(group.code(), group.name(), seconds));
			}
		}
		IndicatorTree tree = common.withRoots(roots);
		BigDecimal total = tree.totalWeight();
		if (violations.isEmpty() && total.compareTo(IndicatorTree.TOTAL) != 0) {
			BigDecimal fixed = common.totalWeight();
			violations.add(Violation.of(null, "goalReport.indicators", "goalPointsTotal", plain(fixed),
					plain(goalsTotal), plain(total), plain(total.subtract(IndicatorTree.TOTAL))));
		}
		return new Expanded(tree, violations, rows);
	}

	private Indicator leaf(String code, Entry entry) {
		String shownDescription = description == null ? null : MessageFormat.format(description.replace("'", "''"),
				Objects.toString(entry.expected(), ""), Objects.toString(entry.actual(), ""));
		if (deviationNote != null && !blank(entry.deviationReason())) {
			String note = MessageFormat.format(deviationNote.replace("'", "''"), entry.deviationReason().strip());
			shownDescription = shownDescription == null ? note : shownDescription + "\n" + note;
		}
		String shownCriteria = criteria.getOrDefault(Objects.toString(entry.nature(), ""), criteria.get("default"));
		Target filled = rule.with(entry.nature(), entry.target(), entry.achieved(), entry.level(),
				entry.deviationReason());
		return Indicator.leaf(code, Objects.toString(entry.name(), ""), entry.points(), shownDescription, shownCriteria,
				inputLabels, List.of(filled));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
