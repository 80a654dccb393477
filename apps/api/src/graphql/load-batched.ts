import type { GraphqlContext } from './graphql-context';

/**
 * Loads `key` through the request's loader `name`, whose batch answers a Map for all keys
 * of the request at once (one set query for every parent in a list). A key the batch did
 * not answer (e.g. a couple the caller may not see this way) fails with `missing()`.
 */
export async function loadBatched<V>(
  ctx: GraphqlContext,
  name: string,
  batch: (keys: string[]) => Promise<Map<string, V>>,
  key: string,
  missing: () => Error,
): Promise<V> {
  const loader = ctx.loaders.get<V | Error>(name, async (keys) => {
    const found = await batch([...keys]);
    // DataLoader rejects the load of a key answered with an Error.
    return keys.map((k) => (found.has(k) ? (found.get(k) as V) : missing()));
  });
  const value = await loader.load(key);
  if (value instanceof Error) throw value;
  return value;
}
