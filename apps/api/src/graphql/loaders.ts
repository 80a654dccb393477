import DataLoader from 'dataloader';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';

/**
 * A named, typed loader: how to fetch many values by id at once for the actor of a request.
 * Features declare theirs on an injectable provider (one instance for the app), e.g.
 * `readonly assignment = defineLoader('assignment', (actor, ids) => this.x.byIds(actor, ids))`,
 * and resolvers load through the request's registry: `ctx.loaders.load(this.loaders.assignment, id)`.
 */
export interface LoaderDefinition<V> {
  readonly name: string;
  /** Answers the ids it found; an id left out is missing (see `RequestLoaders.load`). */
  readonly batch: (actor: Actor, ids: readonly string[]) => Promise<ReadonlyMap<string, V>>;
}

export function defineLoader<V>(
  name: string,
  batch: LoaderDefinition<V>['batch'],
): LoaderDefinition<V> {
  return { name, batch };
}

/**
 * The request's loaders, created anew for every GraphQL request in its context (nothing is
 * cached across callers). Each definition gets one DataLoader for the whole request, so N
 * parents in a list cost one batched query, not N.
 *
 * One missing-key policy: an id its batch did not answer loads as `null` — not visible to
 * this actor, or not there. The resolver says what that means for its field (an empty list,
 * zero figures, or NOT_FOUND); no loader throws for a missing key.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  private readonly definitions = new Map<string, LoaderDefinition<unknown>>();

  constructor(private readonly actor: Actor | null) {}

  load<V>(definition: LoaderDefinition<V>, id: string): Promise<V | null> {
    return this.loaderFor(definition).load(id);
  }

  /** Several ids of one kind, in order, each `null` when missing. */
  async loadMany<V>(
    definition: LoaderDefinition<V>,
    ids: readonly string[],
  ): Promise<(V | null)[]> {
    return Promise.all(ids.map((id) => this.load(definition, id)));
  }

  private loaderFor<V>(definition: LoaderDefinition<V>): DataLoader<string, V | null> {
    const known = this.definitions.get(definition.name);
    if (known && known !== definition) {
      throw new Error(`Two loaders are named "${definition.name}"`);
    }
    let loader = this.loaders.get(definition.name) as DataLoader<string, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V | null>(
        async (ids) => {
          if (!this.actor) throw AppError.unauthenticated();
          const found = await definition.batch(this.actor, ids);
          return ids.map((id) => found.get(id) ?? null);
        },
        { maxBatchSize: 1000 },
      );
      this.loaders.set(definition.name, loader as DataLoader<string, unknown>);
      this.definitions.set(definition.name, definition as LoaderDefinition<unknown>);
    }
    return loader;
  }
}
