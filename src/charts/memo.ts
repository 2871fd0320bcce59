/**
 * Work a chart does once per input: grouping, tables and takeaways do not depend on the size or the focus, so
 * pages that show the same chart share them.
 */

const store = new WeakMap<object, Map<string, unknown>>();

/** The value for this input and key, computed on first use (the input's identity is the cache key). */
export function once<T>(input: object, key: string, make: () => T): T {
	let values = store.get(input);
	if (!values) {
		values = new Map();
		store.set(input, values);
	}
	if (!values.has(key)) values.set(key, make());
	return values.get(key) as T;
}
