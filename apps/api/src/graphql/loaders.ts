import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created lazily by name. A field resolver asks for the loader of
 * its kind and gets the same instance for the whole request, so N parents cost one batched
 * query, not N. Created anew for every request: nothing is cached across callers.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
