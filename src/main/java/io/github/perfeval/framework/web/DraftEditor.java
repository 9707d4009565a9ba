package io.github.perfeval.framework.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits a framework document as its JSON tree, so that every field stays, known to this
 * application or not: sets the values a form sends, each at its JSON pointer and of the
 * type the document has there, and carries out one structural operation (add, remove,
 * move an indicator or a list element; renumber the codes). What cannot be set is a
 * {@link Problem} on its pointer, and then nothing is to be saved.
 */
final class DraftEditor {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	/** Fields the editor never sets: the code of the framework, the rule's kind. */
	private static final Set<String> FIXED = Set.of("kind", "children", "indicators", "version");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ObjectNode root;

	private final List<Problem> problems = new ArrayList<>();

	private final List<Change> changes = new ArrayList<>();

	/** What was typed where there is a problem, to be shown again. */
	private final Map<String, String> typed = new HashMap<>();

	private final Map<String, String> codeEdits = new LinkedHashMap<>();

	DraftEditor(ObjectNode root) {
		this.root = root;
	}

	/** A field that could not be set or an operation refused: a message code. */
	record Problem(String pointer, String code, List<Object> args) {
	}

	/** A value changed: where, before and after. */
	record Change(String pointer, String before, String after) {
	}

	ObjectNode document() {
		return root;
	}

	List<Problem> problems() {
		return problems;
	}

	List<Change> changes() {
		return changes;
	}

	Map<String, String> typed() {
		return typed;
	}

	/** Sets every value; then checks that the indicators' codes are all different. */
	void apply(Map<String, String> values) {
		new TreeMap<>(values).forEach(this::set);
		duplicateCodes();
	}

	private void set(String pointer, String raw) {
		String value = raw == null ? "" : raw.replace("\r\n", "\n");
		JsonPointer path = pointer(pointer);
		if (path == null || path.matches()) {
			return;
		}
		JsonNode parent = root.at(path.head());
		JsonPointer last = path.last();
		String property = last.getMatchingProperty();
		if (parent.isObject()) {
			if (FIXED.contains(property) || (parent == root && "code".equals(property))
					|| !DraftLimits.PROPERTY.matcher(property).matches()) {
				return;
			}
		}
		else if (!parent.isArray() || last.getMatchingIndex() < 0 || last.getMatchingIndex() >= parent.size()) {
			return;
		}
		JsonNode current = parent.isObject() ? parent.get(property) : parent.get(last.getMatchingIndex());
		if (current != null && current.isContainer()) {
			return;
		}
		String type = type(current, parent, path, value);
		String key = parent.isArray() ? propertyOf(path.head()) : property;
		JsonNode next;
		if (value.isBlank() && !"string".equals(type)) {
			if (parent.isObject() && current != null && !current.isNull()) {
				change(pointer, current, null);
				((ObjectNode) parent).remove(property);
			}
			else if (parent.isArray()) {
				reject(pointer, raw, "required");
			}
			return;
		}
		if ("number".equals(type)) {
			next = number(pointer, raw, value.strip());
		}
		else if ("boolean".equals(type)) {
			next = "true".equals(value.strip()) ? NODES.booleanNode(true)
					: "false".equals(value.strip()) ? NODES.booleanNode(false) : null;
			if (next == null) {
				reject(pointer, raw, "boolean");
			}
		}
		else {
			next = text(pointer, raw, value, key);
		}
		if (next == null || next.equals(current)) {
			return;
		}
		if (current == null && next.isString() && next.asString().isEmpty()) {
			return;
		}
		if ("code".equals(key) && parent.isObject()) {
			codeEdits.put(pointer, next.asString());
		}
		change(pointer, current, next);
		if (parent.isObject()) {
			((ObjectNode) parent).set(property, next);
		}
		else {
			((ArrayNode) parent).set(last.getMatchingIndex(), next);
		}
	}

	private JsonNode number(String pointer, String raw, String value) {
		if (!NUMBER.matcher(value).matches()) {
			reject(pointer, raw, "number");
			return null;
		}
		BigDecimal number = new BigDecimal(value);
		if (number.stripTrailingZeros().scale() > DraftLimits.MAX_DECIMALS) {
			reject(pointer, raw, "decimals", DraftLimits.MAX_DECIMALS);
			return null;
		}
		if (number.abs().compareTo(BigDecimal.TEN.pow(DraftLimits.MAX_INTEGER_DIGITS)) >= 0) {
			reject(pointer, raw, "numberTooLarge", DraftLimits.MAX_INTEGER_DIGITS);
			return null;
		}
		BigDecimal plain = number.stripTrailingZeros();
		if (plain.scale() <= 0) {
			return NODES.numberNode(plain.longValueExact());
		}
		return NODES.numberNode(plain);
	}

	private JsonNode text(String pointer, String raw, String value, String key) {
		boolean multiline = DraftLimits.LONG_TEXTS.contains(key);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t'))
					|| Character.getType(c) == Character.FORMAT) {
				reject(pointer, raw, "control");
				return null;
			}
		}
		String text = multiline ? value : value.strip();
		int max = DraftLimits.maxLength(key);
		if (text.length() > max) {
			reject(pointer, raw, "tooLong", max);
			return null;
		}
		if ("code".equals(key)) {
			if (text.isEmpty()) {
				reject(pointer, raw, "required");
				return null;
			}
			if (!DraftLimits.CODE.matcher(text).matches()) {
				reject(pointer, raw, "codeFormat");
				return null;
			}
		}
		return NODES.stringNode(text);
	}

	/**
	 * The type of the value at a pointer: the document's own, else that of the same field
	 * in a sibling (a band without a lower bound), else what the text looks like.
	 */
	private String type(JsonNode current, JsonNode parent, JsonPointer path, String value) {
		if (current != null && !current.isNull()) {
			return typeOf(current);
		}
		if (parent.isArray()) {
			for (JsonNode element : parent) {
				if (element != null && !element.isNull()) {
					return typeOf(element);
				}
			}
		}
		String property = path.last().getMatchingProperty();
		JsonPointer up = path.head();
		JsonNode list = up.matches() ? null : root.at(up.head());
		if (list != null && list.isArray()) {
			for (JsonNode sibling : list) {
				JsonNode same = sibling.get(property);
				if (same != null && !same.isNull() && !same.isContainer()) {
					return typeOf(same);
				}
			}
		}
		String stripped = value.strip();
		if (NUMBER.matcher(stripped).matches()) {
			return "number";
		}
		return "true".equals(stripped) || "false".equals(stripped) ? "boolean" : "string";
	}

	static String typeOf(JsonNode node) {
		if (node.isNumber()) {
			return "number";
		}
		if (node.isBoolean()) {
			return "boolean";
		}
		return "string";
	}

	private static String propertyOf(JsonPointer path) {
		return path.matches() ? "" : path.last().getMatchingProperty();
	}

	private void change(String pointer, JsonNode before, JsonNode after) {
		changes.add(new Change(pointer, show(before), show(after)));
	}

	private static String show(JsonNode node) {
		return node == null || node.isNull() ? "" : node.isString() ? node.asString() : node.toString();
	}

	private void reject(String pointer, String raw, String code, Object... args) {
		problems.add(new Problem(pointer, code, List.of(args)));
		typed.put(pointer, raw);
	}

	private void duplicateCodes() {
		Map<String, List<String>> byCode = new LinkedHashMap<>();
		collectCodes(root.path("indicators"), "/indicators", byCode);
		byCode.forEach((code, pointers) -> {
			if (pointers.size() > 1) {
				List<String> edited = pointers.stream().filter(codeEdits::containsKey).toList();
				for (String pointer : edited.isEmpty() ? pointers.subList(1, pointers.size()) : edited) {
					reject(pointer, code, "duplicateCode", code);
				}
			}
		});
	}

	private static void collectCodes(JsonNode nodes, String pointer, Map<String, List<String>> byCode) {
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode node = nodes.get(i);
			String at = pointer + "/" + i;
			if (node.path("code").isString()) {
				byCode.computeIfAbsent(node.path("code").asString(), code -> new ArrayList<>()).add(at + "/code");
			}
			collectCodes(node.path("children"), at + "/children", byCode);
		}
	}

	/**
	 * Carries out {@code verb:pointer}: {@code up}, {@code down}, {@code remove} an
	 * element, {@code add} to a list (a new indicator, or a copy of the list's last
	 * element), {@code renumber} the codes. Returns what was done for the record (a
	 * message code and its arguments), or null when refused or nothing was done.
	 */
	Change operate(String verb, String pointer, String newName) {
		if ("renumber".equals(verb)) {
			renumber(root.path("indicators"), null);
			return new Change("", "renumber", "");
		}
		JsonPointer path = pointer(pointer);
		if (path == null || path.matches()) {
			return null;
		}
		JsonNode target = root.at(path);
		if ("add".equals(verb)) {
			if (!target.isArray()) {
				return null;
			}
			ArrayNode list = (ArrayNode) target;
			if (isIndicatorList(path)) {
				if (count(root.path("indicators")) >= DraftLimits.MAX_INDICATORS) {
					reject(pointer, null, "tooManyIndicators", DraftLimits.MAX_INDICATORS);
					return null;
				}
				JsonNode owner = root.at(path.head());
				ObjectNode node = indicator(list.isEmpty() ? null : list.get(0),
						owner == root ? null : owner.path("code").asString(null), list.size() + 1, newName);
				list.add(node);
				return new Change(pointer, "addIndicator", node.path("code").asString());
			}
			if (list.isEmpty()) {
				reject(pointer, null, "nothingToCopy");
				return null;
			}
			if (list.size() >= DraftLimits.MAX_LIST) {
				reject(pointer, null, "tooManyItems", DraftLimits.MAX_LIST);
				return null;
			}
			list.add(list.get(list.size() - 1).deepCopy());
			return new Change(pointer, "addItem", "");
		}
		JsonNode parent = root.at(path.head());
		int index = path.last().getMatchingIndex();
		if (!parent.isArray() || index < 0 || index >= parent.size()) {
			return null;
		}
		ArrayNode list = (ArrayNode) parent;
		// An indicator by its code and name; another element by its place ("#2").
		String label = target.path("code").isString()
				? target.path("code").asString() + " " + target.path("name").asString("") : "#" + (index + 1);
		switch (verb) {
			case "remove":
				if (list.size() == 1 && !"/indicators".equals(pointer(path.head()))) {
					reject(pointer, null, "lastElement");
					return null;
				}
				list.remove(index);
				return new Change(pointer, "remove", label);
			case "up":
			case "down":
				int other = "up".equals(verb) ? index - 1 : index + 1;
				if (other < 0 || other >= list.size()) {
					return null;
				}
				JsonNode moved = list.remove(index);
				list.insert(other, moved);
				return new Change(pointer, verb, label);
			default:
				return null;
		}
	}

	/**
	 * A new indicator for a list: like the list's first one a group (with a new child
	 * down to a leaf) or a leaf, weighing 1, with a 成效档次 rule, which needs no parameters.
	 */
	private ObjectNode indicator(JsonNode sample, String parentCode, int position, String name) {
		ObjectNode node = NODES.objectNode();
		node.put("code", freeCode(parentCode, position));
		node.put("name", name);
		if (sample != null && sample.path("children").isArray() && !sample.path("children").isEmpty()) {
			node.putArray("children")
				.add(indicator(sample.path("children").get(0), node.path("code").asString(), 1, name));
			return node;
		}
		node.put("weight", 1);
		node.put("description", "");
		node.put("criteria", "");
		node.putArray("rule").addObject().put("kind", "judgment");
		return node;
	}

	private String freeCode(String parentCode, int position) {
		Map<String, List<String>> byCode = new HashMap<>();
		collectCodes(root.path("indicators"), "/indicators", byCode);
		int n = position;
		String code;
		do {
			code = parentCode == null ? String.valueOf(n) : parentCode + "." + n;
			n++;
		}
		while (byCode.containsKey(code));
		return code;
	}

	private static void renumber(JsonNode nodes, String prefix) {
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i) instanceof ObjectNode node) {
				String code = prefix == null ? String.valueOf(i + 1) : prefix + "." + (i + 1);
				node.put("code", code);
				renumber(node.path("children"), code);
			}
		}
	}

	static int count(JsonNode nodes) {
		int count = 0;
		for (JsonNode node : nodes) {
			count += 1 + count(node.path("children"));
		}
		return count;
	}

	private static boolean isIndicatorList(JsonPointer path) {
		String property = path.last().getMatchingProperty();
		return path.head().matches() ? "indicators".equals(property) : "children".equals(property);
	}

	static JsonPointer pointer(String pointer) {
		if (pointer == null || pointer.length() > DraftLimits.MAX_POINTER || !pointer.startsWith("/")) {
			return null;
		}
		try {
			return JsonPointer.compile(pointer);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String pointer(JsonPointer path) {
		return path.toString();
	}

}
