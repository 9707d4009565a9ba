package io.github.perfeval.framework.web;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every bound of the 指标体系 editor in one place: what one form may bring and what each
 * field may hold. The text bounds are the columns' (as {@code FrameworkCheck} checks them
 * on publishing); the form's field count stays below
 * {@code server.tomcat.max-parameter-count}.
 */
final class DraftLimits {

	/**
	 * Fields one save may bring (a framework at its 500 indicators does not fit one
	 * page).
	 */
	static final int MAX_FIELDS = 4_500;

	/** The longest pointer a field may name. */
	static final int MAX_POINTER = 300;

	static final int MAX_INDICATORS = 500;

	/** Elements of one list inside a rule or the framework (bands, options, grades …). */
	static final int MAX_LIST = 50;

	static final int MAX_FRAMEWORK_CODE = 64;

	static final int MAX_INDICATOR_CODE = 32;

	static final int MAX_NAME = 200;

	/** 指标说明, 评分标准 and the framework's texts of the same kind. */
	static final int MAX_TEXT = 10_000;

	/** Any other text: a label, an option's text, an input's name. */
	static final int MAX_SHORT_TEXT = 1_000;

	/** The largest number a field takes, and its decimals. */
	static final int MAX_INTEGER_DIGITS = 9;

	static final int MAX_DECIMALS = 2;

	/** An operation's name and pointer ({@code remove:/indicators/0/children/1}). */
	static final int MAX_OP = 320;

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	/** Property names the editor shows as fields; any other stays as it is, read only. */
	static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

	/** Texts shown as a text area, with the long bound. */
	static final Set<String> LONG_TEXTS = Set.of("description", "criteria", "judgmentDescription", "judgmentCriteria",
			"help");

	private DraftLimits() {
	}

	static int maxLength(String property) {
		if (LONG_TEXTS.contains(property)) {
			return MAX_TEXT;
		}
		if ("name".equals(property)) {
			return MAX_NAME;
		}
		if ("code".equals(property)) {
			return MAX_INDICATOR_CODE;
		}
		return MAX_SHORT_TEXT;
	}

}
