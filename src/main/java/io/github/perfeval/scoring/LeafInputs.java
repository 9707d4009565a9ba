package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw inputs of one leaf as they come from the evaluation document: numbers,
 * booleans, strings and lists, keyed by input name. Typed getters assume validation has
 * passed.
 */
public record LeafInputs(Map<String, Object> values) {

	/** Keys every leaf accepts besides its rule's inputs. */
	public static final List<String> COMMON_KEYS = List.of("comment", "evidence", LeafInputs.NOT_APPLICABLE,
			LeafInputs.NOT_APPLICABLE_REASON);

	/** {@code true} marks the leaf 不适用 (where its framework allows it). */
	public static final String NOT_APPLICABLE = "notApplicable";

	/** Why the leaf does not apply: required with {@link #NOT_APPLICABLE}. */
	public static final String NOT_APPLICABLE_REASON = "notApplicableReason";

	public static final LeafInputs EMPTY = new LeafInputs(Map.of());

	public LeafInputs {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
	}

	public boolean has(String name) {
		return present(values.get(name));
	}

	/** Whether a raw value counts as given: not null, not a blank text. */
	static boolean present(Object value) {
		return value != null && !(value instanceof String s && s.isBlank());
	}

	/**
	 * True when the leaf carries any rule input (comments and evidence alone do not
	 * count).
	 */
	public boolean hasAnyRuleInput() {
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			if (!COMMON_KEYS.contains(entry.getKey()) && present(entry.getValue())) {
				return true;
			}
		}
		return false;
	}

	public Object raw(String name) {
		return values.get(name);
	}

	public BigDecimal decimal(String name) {
		return toDecimal(values.get(name));
	}

	public BigDecimal sum(List<String> names) {
		BigDecimal sum = BigDecimal.ZERO;
		for (String name : names) {
			sum = sum.add(decimal(name));
		}
		return sum;
	}

	public boolean flag(String name) {
		return Boolean.TRUE.equals(values.get(name));
	}

	public String text(String name) {
		Object value = values.get(name);
		return value == null ? null : value.toString();
	}

	public List<BigDecimal> decimals(String name) {
		return ((List<?>) values.get(name)).stream().map(LeafInputs::toDecimal).toList();
	}

	/**
	 * Converts a JSON number to an exact decimal; null when the value is not a number.
	 */
	public static BigDecimal toDecimal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (value instanceof Number number) {
			// A double from a lenient parser: its shortest decimal text is what the user
			// wrote.
			return new BigDecimal(number.toString());
		}
		return null;
	}

}
