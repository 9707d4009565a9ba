package io.github.perfeval.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The score columns of one framework's sheet, in the sheet's order: under each 一级指标 its
 * 二级指标, under each 二级 its 三级 leaves followed by the 二级 subtotal, then the 一级 subtotal.
 * Built from the lines the snapshots hold (so 个性指标 have their column too).
 */
record ResultColumns(List<Column> columns) {

	/** A column: a line's level, code and name. */
	record Column(int level, String code, String name, String groupCode) {
	}

	static ResultColumns of(List<Column> lines) {
		List<Column> firsts = sorted(lines.stream().filter(line -> line.level() == 1).toList());
		List<Column> seconds = sorted(lines.stream().filter(line -> line.level() == 2).toList());
		List<Column> leaves = sorted(lines.stream().filter(line -> line.level() == 3).toList());
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
		lines.stream().filter(line -> !columns.contains(line)).forEach(columns::add);
		return new ResultColumns(List.copyOf(columns));
	}

	private static List<Column> sorted(List<Column> lines) {
		return lines.stream().sorted(Comparator.comparing(Column::code, ResultColumns::compareCodes)).toList();
	}

	/** 1.1.2 before 1.1.10: code segments compared as numbers where they are numbers. */
	static int compareCodes(String a, String b) {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int compared = segment(left[i], right[i]);
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(left.length, right.length);
	}

	private static int segment(String a, String b) {
		if (a.matches("\\d{1,9}") && b.matches("\\d{1,9}")) {
			return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
		}
		return a.compareTo(b);
	}

}
