package io.github.perfeval.framework.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A framework document as the editor (or the read-only page of a stored version) shows
 * it: the framework's own fields, then every indicator in order with its code, name and
 * weight, and a leaf's other fields — texts, input names, the rule's parameters, fields
 * added by later versions of the format — each a {@link Row} at its JSON pointer,
 * labelled from {@code framework.field.*} and {@code framework.param.*}, else by its
 * name.
 */
final class DraftView {

	/** Fields of an indicator shown in its own row, not among its details. */
	private static final Set<String> NODE_FIELDS = Set.of("code", "name", "weight", "children");

	/** Fields of the framework not shown as editable (the code is the draft's). */
	private static final Set<String> FRAMEWORK_FIXED = Set.of("code", "version", "indicators");

	/**
	 * One line of the form: a heading (with its list operations) or a field
	 * ({@code text}, {@code textarea}, {@code number}, {@code boolean},
	 * {@code readonly}).
	 */
	record Row(String kind, int depth, String pointer, String id, String label, String value, List<String> errors,
			String add, String remove, String up, String down) {

		public boolean heading() {
			return "heading".equals(kind);
		}

	}

	/** An indicator: its own fields and, for a leaf, its details. */
	record Node(int level, String pointer, String id, Row code, Row name, Row weight, String sum, String groups,
			boolean leaf, List<Row> details, List<String> errors, String children, boolean first, boolean last) {
	}

	private final MessageSource messages;

	private final Map<String, List<String>> errors;

	private final Map<String, String> typed;

	private final boolean readOnly;

	private final List<Row> framework = new ArrayList<>();

	private final List<Node> nodes = new ArrayList<>();

	private BigDecimal total = BigDecimal.ZERO;

	DraftView(JsonNode document, MessageSource messages, Map<String, List<String>> errors, Map<String, String> typed,
			boolean readOnly) {
		this.messages = messages;
		this.errors = errors;
		this.typed = typed;
		this.readOnly = readOnly;
		for (Map.Entry<String, JsonNode> property : document.properties()) {
			if (!FRAMEWORK_FIXED.contains(property.getKey())) {
				value("/" + property.getKey(), property.getKey(), property.getValue(), 0,
						label("framework.field.framework.", property.getKey()), null, framework);
			}
		}
		JsonNode indicators = document.path("indicators");
		for (int i = 0; i < indicators.size(); i++) {
			total = total.add(node(indicators.get(i), "/indicators/" + i, 1, "", i == 0, i == indicators.size() - 1));
		}
	}

	public List<Row> framework() {
		return framework;
	}

	public List<Node> nodes() {
		return nodes;
	}

	public BigDecimal total() {
		return total;
	}

	private BigDecimal node(JsonNode node, String pointer, int level, String groups, boolean first, boolean last) {
		JsonNode children = node.path("children");
		boolean leaf = !children.isArray() || children.isEmpty();
		Row code = field(pointer + "/code", "code", node.get("code"), 0, text("framework.field.indicator.code"), null);
		Row name = field(pointer + "/name", "name", node.get("name"), 0, text("framework.field.indicator.name"), null);
		Row weight = leaf ? field(pointer + "/weight", "weight", node.get("weight"), 0,
				text("framework.field.indicator.weight"), null) : null;
		List<Row> details = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			if (!NODE_FIELDS.contains(property.getKey())) {
				value(pointer + "/" + property.getKey(), property.getKey(), property.getValue(), 0,
						label("framework.field.indicator.", property.getKey()), null, details);
			}
		}
		List<String> own = new ArrayList<>(errors.getOrDefault(pointer, List.of()));
		Node view = new Node(level, pointer, id(pointer), code, name, weight, null, groups, leaf, details, own,
				leaf ? null : pointer + "/children", first, last);
		int at = nodes.size();
		nodes.add(view);
		BigDecimal sum = BigDecimal.ZERO;
		if (leaf) {
			JsonNode value = node.get("weight");
			sum = value != null && value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
		}
		else {
			String inner = (groups + " " + pointer).strip();
			for (int i = 0; i < children.size(); i++) {
				sum = sum.add(node(children.get(i), pointer + "/children/" + i, level + 1, inner, i == 0,
						i == children.size() - 1));
			}
			nodes.set(at, new Node(level, pointer, view.id(), code, name, null, plain(sum), groups, false, details, own,
					view.children(), first, last));
		}
		return sum;
	}

	/** A value of any shape: a field, or a heading with the values it holds. */
	private void value(String pointer, String key, JsonNode node, int depth, String label, JsonNode hint,
			List<Row> rows) {
		if (node == null || !node.isContainer()) {
			rows.add(field(pointer, key, node, depth, label, hint));
			return;
		}
		if (node.isObject()) {
			rows.add(heading(pointer, depth, label, null, null, null, null));
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String name = property.getKey();
				String childLabel = "inputs".equals(key) ? name : label("framework.param.", name);
				if ("kind".equals(name)) {
					rows.add(new Row("readonly", depth + 1, pointer + "/kind", id(pointer + "/kind"),
							text("framework.param.kind"), kind(property.getValue().asString("")), List.of(), null, null,
							null, null));
				}
				else {
					value(pointer + "/" + name, name, property.getValue(), depth + 1, childLabel, null, rows);
				}
			}
			return;
		}
		rows.add(heading(pointer, depth, label, pointer, null, null, null));
		boolean objects = false;
		Set<String> keys = new LinkedHashSet<>();
		for (JsonNode element : node) {
			if (element.isObject()) {
				objects = true;
				keys.addAll(element.propertyNames());
			}
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode element = node.get(i);
			String at = pointer + "/" + i;
			String remove = readOnly ? null : at;
			String up = !readOnly && i > 0 ? at : null;
			String down = !readOnly && i < node.size() - 1 ? at : null;
			if (objects && element.isObject()) {
				String itemLabel = "rule".equals(key) && element.has("kind")
						? text("framework.draft.part", i + 1, kind(element.path("kind").asString("")))
						: text("framework.draft.item", i + 1);
				rows.add(heading(at, depth + 1, itemLabel, null, remove, up, down));
				// A list of one kind of thing (bands, options, grades) shows every field
				// any
				// of them has, so that a missing bound can be given; a rule's parts, each
				// its
				// own.
				for (String name : element.has("kind") ? element.propertyNames() : keys) {
					if ("kind".equals(name)) {
						continue;
					}
					value(at + "/" + name, name, element.get(name), depth + 2, label("framework.param.", name),
							sibling(node, name), rows);
				}
			}
			else if (element.isContainer()) {
				value(at, key, element, depth + 1, text("framework.draft.item", i + 1), null, rows);
			}
			else {
				Row row = field(at, key, element, depth + 1, text("framework.draft.item", i + 1), null);
				rows.add(new Row(row.kind(), row.depth(), row.pointer(), row.id(), row.label(), row.value(),
						row.errors(), null, remove, null, null));
			}
		}
	}

	private static JsonNode sibling(JsonNode list, String name) {
		for (JsonNode element : list) {
			JsonNode value = element.get(name);
			if (value != null && !value.isNull() && !value.isContainer()) {
				return value;
			}
		}
		return null;
	}

	private Row field(String pointer, String key, JsonNode node, int depth, String label, JsonNode hint) {
		JsonNode typed = node != null && !node.isNull() ? node : hint;
		String type = typed == null ? "string" : DraftEditor.typeOf(typed);
		String value = node == null || node.isNull() ? "" : node.isString() ? node.asString() : node.toString();
		if (this.typed.containsKey(pointer)) {
			value = this.typed.get(pointer);
		}
		String kind;
		if (readOnly || !DraftLimits.PROPERTY.matcher(key).matches() && !key.isEmpty()) {
			kind = "readonly";
			if ("boolean".equals(type) && !value.isEmpty()) {
				value = text("true".equals(value) ? "framework.draft.yes" : "framework.draft.no");
			}
		}
		else if ("number".equals(type)) {
			kind = "number";
		}
		else if ("boolean".equals(type)) {
			kind = "boolean";
		}
		else {
			kind = DraftLimits.LONG_TEXTS.contains(key) || value.length() > 80 ? "textarea" : "text";
		}
		return new Row(kind, depth, pointer, id(pointer), label, value, errors.getOrDefault(pointer, List.of()), null,
				null, null, null);
	}

	private Row heading(String pointer, int depth, String label, String add, String remove, String up, String down) {
		return new Row("heading", depth, pointer, id(pointer), label, null, errors.getOrDefault(pointer, List.of()),
				readOnly ? null : add, readOnly ? null : remove, readOnly ? null : up, readOnly ? null : down);
	}

	private String kind(String kind) {
		return messages.getMessage("framework.kind." + kind, null, kind, LocaleContextHolder.getLocale());
	}

	/**
	 * A field's label: its own under {@code prefix}, else the rule parameter's, else its
	 * name.
	 */
	private String label(String prefix, String key) {
		String own = messages.getMessage(prefix + key, null, null, LocaleContextHolder.getLocale());
		return own != null ? own
				: messages.getMessage("framework.param." + key, null, key, LocaleContextHolder.getLocale());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/**
	 * An HTML id for a pointer: {@code /indicators/0/weight} →
	 * {@code f-indicators-0-weight}.
	 */
	static String id(String pointer) {
		return "f" + pointer.replaceAll("[^A-Za-z0-9_]", "-");
	}

}
