package io.github.perfeval.export;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.perfeval.scoring.Indicator;

/**
 * The score columns of one framework's sheet, in the sheet's order: under each 一级指标 its
 * 二级指标, under each 二级 its 三级 leaves followed by the 二级 subtotal, then the 一级 subtotal.
 * Built from the lines the snapshots hold (so 个性指标 have their column too). A leaf is its
 * code and name: 个性指标 of two departments that share a code under different names are two
 * columns, side by side in code order, the name more departments have first; a group is
 * its code.
 */
record ResultColumns(List<Column> columns) {

	/**
	 * A column: a line's level, code and name, its group and how many of the sheet's
	 * evaluations have it.
	 */
	record Column(int level, String code, String name, String groupCode, int holders) {

		/** What a snapshot's line is found under: {@link ResultColumns#key}. */
		String key() {
			return ResultColumns.key(level, code, name);
		}

	}

	/** A group by level and code, a leaf by code and name. */
	static String key(int level, String code, String name) {
		return level < 3 ? level + ":" + code : level + ":" + code + ":" + name;
	}

	/**
	 * The columns of these lines (each line once per level, code and name; the groups'
	 * lines are taken together by code).
	 */
	static ResultColumns of(List<Column> lines) {
		Map<String, Column> unique = new LinkedHashMap<>();
		for (Column line : lines) {
			unique.merge(line.key(), line, (a, b) -> new Column(a.level(), a.code(),
					a.name().compareTo(b.name()) <= 0 ? a.name() : b.name(), a.groupCode(), a.holders() + b.holders()));
		}
		List<Column> all = List.copyOf(unique.values());
		List<Column> firsts = sorted(all.stream().filter(line -> line.level() == 1).toList());
		List<Column> seconds = sorted(all.stream().filter(line -> line.level() == 2).toList());
		List<Column> leaves = sorted(all.stream().filter(line -> line.level() == 3).toList());
		List<Column> columns = new ArrayList<>();
		for (Column first : firsts) {
			leaves.stream().filter(leaf -> first.code().equals(leaf.groupCode())).forEach(columns::add);
			for (Column second : seconds) {
				if (second.code().startsWith(first.code() + ".")) {
					leaves.stream().filter(leaf -> second.code().equals(leaf.groupCode())).forEach(columns::add);
					columns.add(second);
				}
			}
			columns.add(first);
		}
		// A line under no known group (none expected) still gets its column, at the end.
		all.stream().filter(line -> !columns.contains(line)).forEach(columns::add);
		return new ResultColumns(List.copyOf(columns));
	}

	/**
	 * In code order; the names of one code by how many have them, then by name (as a
	 * Chinese reader orders them, then by code point).
	 */
	private static List<Column> sorted(List<Column> lines) {
		Collator chinese = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		return lines.stream()
			.sorted(Comparator.comparing(Column::code, Indicator.CODE_ORDER)
				.thenComparing(Comparator.comparingInt(Column::holders).reversed())
				.thenComparing(Column::name, chinese)
				.thenComparing(Column::name))
			.toList();
	}

}
