package io.github.perfeval.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.perfeval.scoring.Component;
import io.github.perfeval.scoring.ConsistencyCheck;
import io.github.perfeval.scoring.InputType;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.GoalScheme;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.Target;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.InputText;
import io.github.perfeval.scoring.Judgment;
import io.github.perfeval.scoring.JudgmentLevel;
import io.github.perfeval.scoring.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything wrong with a framework document, found at once before it is stored: the
 * framework's own fields, each indicator's code, name, texts, weight and rule (parsed
 * into the scoring engine's components, as scoring reads them, and checked by
 * {@link RuleCheck}), group weights, the total of 100, and the bounds of the columns
 * (V1__schema.sql). Violations name the indicator by code; message keys are under
 * {@code framework.violation.} ({@code messages-framework.properties}).
 */
final class FrameworkCheck {

	static final int MAX_INDICATORS = 500;

	static final int MAX_LEVELS = 3;

	static final int MAX_FRAMEWORK_CODE = 64;

	static final int MAX_INDICATOR_CODE = 32;

	static final int MAX_NAME = 200;

	static final int MAX_REGION = 100;

	static final int MAX_TEXT = 10_000;

	/** The JSON text of a leaf's rule or input labels. */
	static final int MAX_RULE_TEXT = 20_000;

	static final Pattern FRAMEWORK_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final TypeReference<List<Component>> RULE = new TypeReference<>() {
	};

	private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

	/** What an input's object may say besides its label. */
	static final List<String> INPUT_PROPERTIES = List.of("label", "unit", "help", "sameAs");

	static final int MAX_UNIT = 20;

	private final JsonMapper json;

	/** The longest grade name (优, 良好, 基本合格 …). */
	static final int MAX_GRADE_NAME = 20;

	private final List<Violation> violations = new ArrayList<>();

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Set<String> codes = new HashSet<>();

	/** The leaves checked so far, for the inputs that name another leaf's. */
	private final Map<String, Indicator> leaves = new LinkedHashMap<>();

	private List<JudgmentLevel> levels = List.of();

	/** Each leaf's input names, for the sentences' slots. */
	private final Map<String, Set<String>> leafInputs = new LinkedHashMap<>();

	private final Map<String, List<ReportSentence>> sentences = new LinkedHashMap<>();

	/** Sentences a leaf may have in the report. */
	static final int MAX_SENTENCES = 10;

	/** The longest sentence template. */
	static final int MAX_SENTENCE = 1_000;

	/** 一致性检查 a framework may state. */
	static final int MAX_CHECKS = 50;

	/** The leaves that may be marked 不适用. */
	private final List<String> notApplicableLeaves = new ArrayList<>();

	private FrameworkCheck(JsonMapper json) {
		this.json = json;
	}

	/** The problems of the document, to be stored as version {@code nextVersion}. */
	static FrameworkCheck check(FrameworkDocument document, int nextVersion, JsonMapper json) {
		FrameworkCheck check = new FrameworkCheck(json);
		check.framework(document, nextVersion);
		return check;
	}

	List<Violation> violations() {
		return violations;
	}

	/** The document's indicator names by code, for the messages. */
	Map<String, String> names() {
		return names;
	}

	private void framework(FrameworkDocument document, int nextVersion) {
		if (blank(document.code())) {
			reject(null, "code", "required");
		}
		else if (document.code().length() > MAX_FRAMEWORK_CODE) {
			reject(null, "code", "tooLong", MAX_FRAMEWORK_CODE);
		}
		else if (!FRAMEWORK_CODE.matcher(document.code()).matches()) {
			reject(null, "code", "codeFormat");
		}
		if (document.version() != null && document.version() != nextVersion) {
			reject(null, "version", "versionNotNext", nextVersion);
		}
		requiredText(null, "name", document.name(), MAX_NAME);
		text(null, "region", document.region(), MAX_REGION);
		text(null, "judgmentDescription", document.judgmentDescription(), MAX_TEXT);
		text(null, "judgmentCriteria", document.judgmentCriteria(), MAX_TEXT);
		grades(document.grades());
		sheetNotes(document.sheetNotes());
		if (document.notApplicable() != null && !List.of("FULL", "EXCLUDE").contains(document.notApplicable())) {
			reject(null, "notApplicable", "notApplicablePolicy", document.notApplicable());
		}
		levels = document.judgmentLevels();
		if (!levels.isEmpty()) {
			judgmentLevels(null, "judgmentLevels", levels);
		}
		if (document.indicators().isEmpty()) {
			reject(null, "indicators", "required");
			return;
		}
		if (countNodes(document.indicators()) > MAX_INDICATORS) {
			reject(null, "indicators", "tooMany", MAX_INDICATORS);
			return;
		}
		BigDecimal total = BigDecimal.ZERO;
		boolean weighed = true;
		for (int i = 0; i < document.indicators().size(); i++) {
			BigDecimal weight = node(document.indicators().get(i), null, i + 1, 1);
			if (weight == null) {
				weighed = false;
			}
			else {
				total = total.add(weight);
			}
		}
		if (document.notApplicable() == null && !notApplicableLeaves.isEmpty()) {
			reject(notApplicableLeaves.get(0), "notApplicableAllowed", "notApplicablePolicyMissing");
		}
		if (document.goals() != null) {
			goals(document.goals(), weighed ? total : null);
		}
		else if (weighed && total.compareTo(IndicatorTree.TOTAL) != 0) {
			reject(null, null, "weightsTotal", total.setScale(2), IndicatorTree.TOTAL,
					total.subtract(IndicatorTree.TOTAL).abs().setScale(2));
		}
		sharedInputs();
		sentences.forEach(this::sentences);
		checks(document.checks());
	}

	/**
	 * The 一致性检查: a known kind on an input of a leaf the document has, naming totals of 表
	 * 1-1 ({@link ConsistencyCheck#DOCUMENT_TOTALS}) or another leaf's input; a ratio's
	 * input is a percentage. Each problem names the check by its number.
	 */
	private void checks(List<ConsistencyCheck> checks) {
		if (checks.size() > MAX_CHECKS) {
			reject(null, "checks", "tooManyChecks", MAX_CHECKS);
			return;
		}
		for (int i = 0; i < checks.size(); i++) {
			ConsistencyCheck check = checks.get(i);
			int number = i + 1;
			if (check == null) {
				reject(null, "checks", "checkEmpty", number);
				continue;
			}
			if (!ConsistencyCheck.KINDS.contains(String.valueOf(check.kind()))) {
				reject(null, "checks", "checkKind", number, String.valueOf(check.kind()),
						String.join("、", ConsistencyCheck.KINDS));
				continue;
			}
			InputSpec input = checkedInput(number, check.indicator(), check.input());
			switch (check.kind()) {
				case ConsistencyCheck.TOTAL -> {
					documentTotal(number, check.total(), false);
					documentTotal(number, check.less(), true);
				}
				case ConsistencyCheck.RATIO -> {
					documentTotal(number, check.numerator(), false);
					documentTotal(number, check.denominator(), false);
					if (input != null && input.type() != InputType.PERCENT) {
						reject(check.indicator(), "checks", "checkPercent", number, check.input());
					}
				}
				default -> {
					InputSpec other = checkedInput(number, check.other(), check.otherInput());
					if (input != null && other != null && check.indicator().equals(check.other())
							&& check.input().equals(check.otherInput())) {
						reject(check.indicator(), "checks", "checkItself", number);
					}
				}
			}
		}
	}

	/** The leaf's input a check names, null (and refused) where the document has none. */
	private InputSpec checkedInput(int number, String code, String input) {
		Indicator leaf = code == null ? null : leaves.get(code);
		if (leaf == null) {
			reject(null, "checks", "checkIndicator", number, String.valueOf(code));
			return null;
		}
		InputSpec spec = leaf.inputs().stream().filter(one -> one.name().equals(input)).findFirst().orElse(null);
		if (spec == null) {
			reject(code, "checks", "checkInput", number, String.valueOf(input));
		}
		return spec;
	}

	private void documentTotal(int number, String total, boolean optional) {
		if (optional && total == null) {
			return;
		}
		if (!ConsistencyCheck.DOCUMENT_TOTALS.contains(String.valueOf(total))) {
			reject(null, "checks", "checkTotal", number, String.valueOf(total),
					String.join("、", ConsistencyCheck.DOCUMENT_TOTALS));
		}
	}

	/**
	 * A leaf's report sentences: a known section, a text of bounded length, slots that
	 * name the report's values or inputs of leaves the framework has.
	 */
	private void sentences(String code, List<ReportSentence> report) {
		if (report.size() > MAX_SENTENCES) {
			reject(code, "report", "tooManySentences", MAX_SENTENCES);
			return;
		}
		for (int i = 0; i < report.size(); i++) {
			ReportSentence sentence = report.get(i);
			int number = i + 1;
			if (sentence == null) {
				reject(code, "report", "sentenceText", number);
				continue;
			}
			if (!ReportSentence.SECTIONS.contains(String.valueOf(sentence.section()))) {
				reject(code, "report", "sentenceSection", number, String.valueOf(sentence.section()),
						String.join("、", ReportSentence.SECTIONS));
			}
			if (blank(sentence.text())) {
				reject(code, "report", "sentenceText", number);
				continue;
			}
			if (sentence.text().length() > MAX_SENTENCE) {
				reject(code, "report", "sentenceTooLong", number, MAX_SENTENCE);
				continue;
			}
			List<ReportSentence.Reference> references = new ArrayList<>();
			try {
				sentence.slots().forEach(slot -> references.addAll(slot.references()));
				references.addAll(sentence.nonZeroReferences());
			}
			catch (IllegalArgumentException ex) {
				reject(code, "report", "sentenceSlot", number, ex.getMessage());
				continue;
			}
			for (ReportSentence.Reference reference : references) {
				if (reference.keyword()) {
					continue;
				}
				String leaf = reference.leaf() == null ? code : reference.leaf();
				if (!leafInputs.getOrDefault(leaf, Set.of()).contains(reference.name())) {
					reject(code, "report", "sentenceReference", number,
							reference.leaf() == null ? reference.name() : leaf + ":" + reference.name());
				}
			}
		}
	}

	/**
	 * Checks a node and its children; returns its weight (a leaf's own, a group's
	 * children's sum), or null where one of them has none.
	 */
	private BigDecimal node(FrameworkDocument.Node node, String parent, int position, int level) {
		if (node == null) {
			reject(null, null, "nodeMissing", parent == null ? "—" : parent, position);
			return null;
		}
		String code = code(node, parent, position);
		if (code != null && node.name() != null && !node.name().isBlank()) {
			names.putIfAbsent(code, node.name());
		}
		requiredText(code, "name", node.name(), MAX_NAME);
		text(code, "description", node.description(), MAX_TEXT);
		text(code, "criteria", node.criteria(), MAX_TEXT);
		if (level > MAX_LEVELS && parent != null) {
			reject(code, "children", "tooDeep", MAX_LEVELS);
			return null;
		}
		return node.isLeaf() ? leaf(code, node) : group(code, node, level);
	}

	private String code(FrameworkDocument.Node node, String parent, int position) {
		if (blank(node.code())) {
			reject(null, null, "codeMissing", parent == null ? "—" : parent, position,
					blank(node.name()) ? "—" : node.name());
			return null;
		}
		String code = node.code();
		if (code.length() > MAX_INDICATOR_CODE) {
			reject(code, "code", "tooLong", MAX_INDICATOR_CODE);
		}
		else if (!INDICATOR_CODE.matcher(code).matches()) {
			reject(code, "code", "codeFormat");
		}
		if (!codes.add(code)) {
			reject(code, "code", "duplicateCode", blank(node.name()) ? "—" : node.name());
		}
		return code;
	}

	private BigDecimal group(String code, FrameworkDocument.Node node, int level) {
		if (present(node.rule())) {
			reject(code, "rule", "groupWithRule");
		}
		if (present(node.inputs())) {
			reject(code, "inputs", "groupWithRule");
		}
		if (node.notApplicableAllowed() != null) {
			reject(code, "notApplicableAllowed", "groupWithRule");
		}
		if (!node.report().isEmpty()) {
			reject(code, "report", "groupWithReport");
		}
		BigDecimal sum = BigDecimal.ZERO;
		boolean weighed = true;
		for (int i = 0; i < node.children().size(); i++) {
			BigDecimal weight = node(node.children().get(i), code, i + 1, level + 1);
			if (weight == null) {
				weighed = false;
			}
			else {
				sum = sum.add(weight);
			}
		}
		if (!weighed) {
			return null;
		}
		if (node.weight() != null && node.weight().compareTo(sum) != 0) {
			reject(code, "weight", "groupWeight", node.weight(), sum.setScale(2));
		}
		return sum;
	}

	private BigDecimal leaf(String code, FrameworkDocument.Node node) {
		BigDecimal weight = weight(code, node.weight());
		if (Boolean.TRUE.equals(node.notApplicableAllowed())) {
			notApplicableLeaves.add(code == null ? node.name() : code);
		}
		Map<String, InputText> labels = labels(code, node.inputs());
		List<Component> rule = rule(code, node.rule());
		if (weight == null || rule == null || labels == null || code == null) {
			return weight;
		}
		new RuleCheck(code, weight, violations).check(rule);
		for (Component component : rule) {
			if (component instanceof Judgment judgment) {
				if (!judgment.levels().isEmpty()) {
					judgmentLevels(code, "rule", judgment.levels());
				}
				else if (levels.isEmpty()) {
					reject(code, "rule", "judgmentLevelsMissing");
				}
			}
		}
		try {
			Indicator leaf = Indicator.leafWithTexts(code, node.name(), weight, node.description(), node.criteria(),
					labels, FrameworkCatalog.withLevels(rule, levels));
			Set<String> inputs = new HashSet<>();
			leaf.inputs().forEach(input -> inputs.add(input.name()));
			leaves.putIfAbsent(code, leaf);
			// A code given twice is refused already; its second leaf's sentences are not
			// checked against the first one's inputs.
			if (leafInputs.putIfAbsent(code, inputs) == null && !node.report().isEmpty()) {
				sentences.put(code, node.report());
			}
		}
		catch (RuntimeException ex) {
			reject(code, "rule", "ruleInvalid");
		}
		return weight;
	}

	private BigDecimal weight(String code, BigDecimal weight) {
		if (weight == null) {
			reject(code, "weight", "required");
			return null;
		}
		if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0) {
			reject(code, "weight", "weightRange");
			return null;
		}
		if (weight.stripTrailingZeros().scale() > 2) {
			reject(code, "weight", "weightDecimals");
			return null;
		}
		return weight;
	}

	private Map<String, InputText> labels(String code, JsonNode inputs) {
		Map<String, InputText> labels = new LinkedHashMap<>();
		if (!present(inputs)) {
			return labels;
		}
		if (!inputs.isObject() || inputs.toString().length() > MAX_RULE_TEXT) {
			reject(code, "inputs", inputs.isObject() ? "ruleTooLong" : "inputsShape");
			return null;
		}
		boolean valid = true;
		for (Map.Entry<String, JsonNode> entry : inputs.properties()) {
			InputText text = inputText(code, entry.getKey(), entry.getValue());
			if (text == null) {
				valid = false;
			}
			else {
				labels.put(entry.getKey(), text);
			}
		}
		return valid ? labels : null;
	}

	/**
	 * A plain label, or an object with {@code label} and, where given, {@code unit},
	 * {@code help} and {@code sameAs}; null (with the problem reported) when invalid.
	 */
	private InputText inputText(String code, String input, JsonNode value) {
		JsonNode label = value.isObject() ? value.get("label") : value;
		boolean valid = true;
		if (label == null || !label.isString() || label.asString().isBlank()) {
			reject(code, "inputs", value.isObject() || value.isString() ? "inputLabel" : "inputShape", input);
			return null;
		}
		if (label.asString().length() > MAX_NAME) {
			reject(code, "inputs", "inputLabelTooLong", input, MAX_NAME);
			valid = false;
		}
		if (!value.isObject()) {
			return valid ? InputText.of(label.asString()) : null;
		}
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			String key = property.getKey();
			if (!INPUT_PROPERTIES.contains(key)) {
				reject(code, "inputs", "inputProperty", input, key, String.join("、", INPUT_PROPERTIES));
				valid = false;
			}
			else if (!property.getValue().isString() && !property.getValue().isNull()) {
				reject(code, "inputs", "inputPropertyText", input, key);
				valid = false;
			}
		}
		String unit = string(value, "unit");
		String help = string(value, "help");
		if (unit != null && unit.length() > MAX_UNIT) {
			reject(code, "inputs", "inputPropertyTooLong", input, "unit", MAX_UNIT);
			valid = false;
		}
		if (help != null && help.length() > MAX_NAME * 5) {
			reject(code, "inputs", "inputPropertyTooLong", input, "help", MAX_NAME * 5);
			valid = false;
		}
		return valid ? new InputText(label.asString(), unit, help, string(value, "sameAs")) : null;
	}

	private static String string(JsonNode object, String key) {
		JsonNode value = object.get(key);
		return value != null && value.isString() ? value.asString() : null;
	}

	/**
	 * An input entered once ({@code "sameAs": "1.2.3"}): the leaf it names exists, is
	 * another leaf, reads the input itself with the same type, and holds it (does not
	 * share it from a third); and the sharing leaf reads the input.
	 */
	private void sharedInputs() {
		leaves.values().forEach(leaf -> leaf.inputTexts().forEach((input, text) -> {
			if (text.sameAs() == null) {
				return;
			}
			String owner = text.sameAs();
			InputSpec own = spec(leaf, input);
			Indicator holder = leaves.get(owner);
			InputSpec held = holder == null ? null : spec(holder, input);
			if (own == null) {
				reject(leaf.code(), "inputs", "sharedNotRead", input);
			}
			else if (owner.equals(leaf.code())) {
				reject(leaf.code(), "inputs", "sharedSelf", input);
			}
			else if (holder == null) {
				reject(leaf.code(), "inputs", "sharedUnknownLeaf", input, owner);
			}
			else if (held == null) {
				reject(leaf.code(), "inputs", "sharedNoInput", input, owner, holder.name());
			}
			else if (held.type() != own.type()) {
				reject(leaf.code(), "inputs", "sharedType", input, owner, holder.name());
			}
			else if (holder.sharedFrom(input).isPresent()) {
				reject(leaf.code(), "inputs", "sharedChain", input, owner, holder.sharedFrom(input).get());
			}
		}));
	}

	private static InputSpec spec(Indicator leaf, String input) {
		return leaf.inputs().stream().filter(spec -> spec.name().equals(input)).findFirst().orElse(null);
	}

	/**
	 * 成效档次: each with a code (once) and a name, bounds within 0–100, and together
	 * covering 0–100 without a gap or an overlap.
	 */
	private void judgmentLevels(String indicator, String field, List<JudgmentLevel> table) {
		Set<String> seen = new HashSet<>();
		for (JudgmentLevel level : table) {
			if (level == null || blank(level.code()) || blank(level.name()) || level.min() == null
					|| level.max() == null) {
				reject(indicator, field, "judgmentLevelIncomplete");
				return;
			}
			if (level.code().length() > MAX_INDICATOR_CODE || level.name().length() > MAX_GRADE_NAME) {
				reject(indicator, field, "judgmentLevelTooLong", level.name(), MAX_INDICATOR_CODE, MAX_GRADE_NAME);
			}
			if (!seen.add(level.code().strip())) {
				reject(indicator, field, "judgmentLevelTwice", level.code());
			}
			boolean empty = level.min().compareTo(level.max()) == 0 && !(level.minInclusive() && level.maxInclusive());
			if (level.min().signum() < 0 || level.max().compareTo(IndicatorTree.TOTAL) > 0
					|| level.min().compareTo(level.max()) > 0 || empty) {
				reject(indicator, field, "judgmentLevelRange", level.name(), plain(level.min()), plain(level.max()));
				return;
			}
		}
		List<JudgmentLevel> sorted = new ArrayList<>(table);
		sorted.sort(java.util.Comparator.comparing(JudgmentLevel::min)
			.thenComparing(level -> !level.minInclusive())
			.thenComparing(JudgmentLevel::max));
		JudgmentLevel first = sorted.get(0);
		if (first.min().signum() != 0 || !first.minInclusive()) {
			reject(indicator, field, "judgmentLevelsGap", "0");
		}
		for (int i = 1; i < sorted.size(); i++) {
			JudgmentLevel below = sorted.get(i - 1);
			JudgmentLevel above = sorted.get(i);
			int order = above.min().compareTo(below.max());
			if (order > 0 || (order == 0 && !above.minInclusive() && !below.maxInclusive())) {
				reject(indicator, field, "judgmentLevelsGap", plain(below.max()));
			}
			else if (order < 0 || above.minInclusive() && below.maxInclusive()) {
				reject(indicator, field, "judgmentLevelsOverlap", below.name(), above.name(), plain(above.min()));
			}
		}
		JudgmentLevel last = sorted.get(sorted.size() - 1);
		if (last.max().compareTo(IndicatorTree.TOTAL) != 0 || !last.maxInclusive()) {
			reject(indicator, field, "judgmentLevelsGap", "100");
		}
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private List<Component> rule(String code, JsonNode rule) {
		if (!present(rule) || (rule.isArray() && rule.isEmpty())) {
			reject(code, "rule", "required");
			return null;
		}
		if (!rule.isArray()) {
			reject(code, "rule", "ruleShape");
			return null;
		}
		if (rule.toString().length() > MAX_RULE_TEXT) {
			reject(code, "rule", "ruleTooLong");
			return null;
		}
		List<Component> components = new ArrayList<>();
		boolean valid = true;
		for (int i = 0; i < rule.size(); i++) {
			JsonNode part = rule.get(i);
			String kind = part.isObject() && part.get("kind") != null ? part.get("kind").asString() : null;
			if (!part.isObject() || blank(kind)) {
				reject(code, "rule", "ruleKindMissing", i + 1);
				valid = false;
				continue;
			}
			try {
				components.addAll(json.treeToValue(json.createArrayNode().add(part), RULE));
			}
			catch (InvalidTypeIdException ex) {
				reject(code, "rule", "unknownRuleKind", i + 1, kind, String.join("、", RuleCheck.KINDS));
				valid = false;
			}
			catch (JacksonException ex) {
				reject(code, "rule", "ruleParameter", i + 1, kind, parameter(ex));
				valid = false;
			}
		}
		return valid ? components : null;
	}

	/**
	 * The parameter a parse failure is about, as the document names it: the path below
	 * the component ({@code bands[2].points}).
	 */
	private static String parameter(JacksonException ex) {
		StringBuilder name = new StringBuilder();
		// The first reference is the component's place in the array it was read from.
		ex.getPath().stream().skip(1).forEach(reference -> {
			if (reference.getPropertyName() != null) {
				name.append(name.length() == 0 ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				name.append('[').append(reference.getIndex() + 1).append(']');
			}
		});
		return name.length() == 0 ? "kind" : name.toString();
	}

	private static int countNodes(List<FrameworkDocument.Node> nodes) {
		int count = 0;
		for (FrameworkDocument.Node node : nodes) {
			count++;
			if (node != null) {
				count += countNodes(node.children());
			}
			if (count > MAX_INDICATORS) {
				return count;
			}
		}
		return count;
	}

	private void requiredText(String indicator, String field, String value, int max) {
		if (blank(value)) {
			reject(indicator, field, "required");
		}
		else {
			text(indicator, field, value, max);
		}
	}

	private void text(String indicator, String field, String value, int max) {
		if (value != null && value.length() > max) {
			reject(indicator, field, "tooLong", max);
		}
	}

	/**
	 * 评分等级: at least two, each named once, lowest totals between 0 and 100 and all
	 * different, the lowest grade from 0.
	 */
	private void grades(List<FrameworkDocument.Grade> grades) {
		if (grades.size() < 2) {
			reject(null, "grades", "gradesTooFew");
			return;
		}
		java.util.Set<String> names = new java.util.HashSet<>();
		java.util.Set<BigDecimal> minima = new java.util.HashSet<>();
		for (FrameworkDocument.Grade grade : grades) {
			if (grade == null || blank(grade.name()) || grade.min() == null) {
				reject(null, "grades", "gradeIncomplete");
				return;
			}
			if (grade.name().length() > MAX_GRADE_NAME) {
				reject(null, "grades", "tooLong", MAX_GRADE_NAME);
			}
			if (!names.add(grade.name().strip())) {
				reject(null, "grades", "gradeTwice", grade.name());
			}
			if (grade.min().signum() < 0 || grade.min().compareTo(IndicatorTree.TOTAL) > 0) {
				reject(null, "grades", "gradeMinRange", grade.name(), grade.min());
			}
			if (!minima.add(grade.min().stripTrailingZeros())) {
				reject(null, "grades", "gradeMinTwice", grade.min());
			}
		}
		if (minima.stream().noneMatch(min -> min.signum() == 0)) {
			reject(null, "grades", "gradeFromZero");
		}
	}

	/**
	 * The goal-indicator scheme: groups with a one-part code of their own and a name, the
	 * budget leaf one of the leaves, 定性 levels with coefficients in [0, 1], texts within
	 * bounds; the fixed leaves leave points for the indicators (weigh less than 100).
	 */
	private void goals(GoalScheme goals, BigDecimal fixedTotal) {
		if (fixedTotal != null && fixedTotal.compareTo(IndicatorTree.TOTAL) >= 0) {
			reject(null, "goals", "goalsNoRoom", fixedTotal.setScale(2));
		}
		if (goals.groups().isEmpty()) {
			reject(null, "goals.groups", "required");
		}
		for (GoalScheme.Group group : goals.groups()) {
			if (group == null || blank(group.code()) || blank(group.name())) {
				reject(null, "goals.groups", "goalGroupIncomplete");
				continue;
			}
			if (!group.code().matches("[0-9A-Za-z]{1,8}") || !codes.add(group.code())) {
				reject(group.code(), "goals.groups.code", "goalGroupCode");
			}
			text(group.code(), "goals.groups.name", group.name(), MAX_NAME);
		}
		if (goals.budgetLeaf() != null && !names.containsKey(goals.budgetLeaf())) {
			reject(null, "goals.budgetLeaf", "goalsBudgetLeaf", goals.budgetLeaf());
		}
		text(null, "goals.description", goals.description(), MAX_TEXT);
		goals.criteria().values().forEach(text -> text(null, "goals.criteria", text, MAX_TEXT));
		for (Target.Level level : goals.rule().levels()) {
			if (level == null || blank(level.value()) || blank(level.label()) || level.coefficient() == null
					|| level.coefficient().signum() < 0 || level.coefficient().compareTo(BigDecimal.ONE) > 0) {
				reject(null, "goals.rule.levels", "goalLevel");
			}
		}
	}

	/** The 评分表's 附注: at most ten paragraphs of text, none empty. */
	private void sheetNotes(List<String> notes) {
		if (notes.size() > MAX_SENTENCES) {
			reject(null, "sheetNotes", "tooManyNotes", MAX_SENTENCES);
			return;
		}
		for (int i = 0; i < notes.size(); i++) {
			if (blank(notes.get(i))) {
				reject(null, "sheetNotes", "noteText", i + 1);
			}
			else if (notes.get(i).length() > MAX_SENTENCE) {
				reject(null, "sheetNotes", "noteTooLong", i + 1, MAX_SENTENCE);
			}
		}
	}

	private void reject(String indicator, String field, String code, Object... args) {
		violations.add(Violation.of(indicator, field, code, args));
	}

	private static boolean present(JsonNode node) {
		return node != null && !node.isNull() && !node.isMissingNode();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
