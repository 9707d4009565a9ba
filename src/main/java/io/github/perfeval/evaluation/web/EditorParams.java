package io.github.perfeval.evaluation.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Between a field of the evaluation document ({@code units[2].name}) and the editor's
 * form parameter for it ({@code unit:1:name}), whose element id is the parameter with
 * dashes ({@code unit-1-name}).
 */
final class EditorParams {

	private static final Pattern UNIT = Pattern.compile("units\\[(\\d+)]\\.(\\w+)");

	private EditorParams() {
	}

	/** The editor's parameter of a document field of 基本情况; null for any other field. */
	static String of(String field) {
		if (field == null) {
			return null;
		}
		Matcher unit = UNIT.matcher(field);
		if (unit.matches()) {
			return "unit:" + (Integer.parseInt(unit.group(1)) - 1) + ":" + unit.group(2);
		}
		if (field.equals("units")) {
			return "unit:0:name";
		}
		for (String[] prefix : new String[][] { { "totals.", "total:" }, { "signatories.", "sig:" },
				{ "texts.", "text:" } }) {
			if (field.startsWith(prefix[0])) {
				return prefix[1] + field.substring(prefix[0].length());
			}
		}
		return null;
	}

	/** The id of the parameter's element. */
	static String anchor(String param) {
		return param.replace(':', '-');
	}

}
