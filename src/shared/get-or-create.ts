/** A `Map` or `WeakMap`. */
interface KeyedStore<K, V> {
	has(key: K): boolean;
	get(key: K): V | undefined;
	set(key: K, value: V): unknown;
}

/** The store's value for `key`, made and stored by `make` on first use. */
export function getOrCreate<K, V>(store: KeyedStore<K, V>, key: K, make: () => V): V {
	if (store.has(key)) return store.get(key) as V;
	const value = make();
	store.set(key, value);
	return value;
}
