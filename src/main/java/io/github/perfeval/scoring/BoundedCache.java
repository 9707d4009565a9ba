package io.github.perfeval.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A memo of what is derived from immutable values: at most {@code capacity} entries, the
 * least recently used going first. Safe for several threads; two threads that miss the
 * same key at once may both compute it, which a pure derivation makes harmless (the first
 * one stored is kept).
 */
final class BoundedCache<K, V> {

	private final Map<K, V> entries;

	BoundedCache(int capacity) {
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The value kept for the key, else the computed one, then kept. */
	V get(K key, Supplier<V> compute) {
		synchronized (this.entries) {
			V kept = this.entries.get(key);
			if (kept != null) {
				return kept;
			}
		}
		V computed = compute.get();
		synchronized (this.entries) {
			V kept = this.entries.putIfAbsent(key, computed);
			return kept != null ? kept : computed;
		}
	}

	/**
	 * A key that is equal only to a key of the same instance: for values whose equality
	 * costs a walk of a whole tree.
	 */
	record Same<T>(T value) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Same<?> same && same.value == this.value;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.value);
		}

	}

}
