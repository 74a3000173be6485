// Work asked for again and again with the same key (a language's formatter, a tag's direction, an
// interview's view builder), done once and remembered. A WeakMap for objects lets them go with their key.

interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** `make`, remembered in `cache` by its argument. */
export function remembered<K, V>(cache: Cache<K, V>, make: (key: K) => V): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}
