import { Injectable } from '@nestjs/common';
import type { CommentModel } from '../comments/comment.model';
import { defineLoader, type LoaderDefinition } from '../graphql/loaders';
import type { CheckinAdherenceModel, CheckinModel, CheckinSeriesModel } from './checkin.model';
import { CheckinsService } from './checkins.service';

/**
 * The check-in fields of couples, batched per request: each answers only couples the actor
 * may read (a couple left out loads as null).
 */
@Injectable()
export class CheckinLoaders {
  constructor(private readonly checkins: CheckinsService) {}

  /** Wrapped, so a couple without a check-in today is told apart from a missing couple. */
  readonly myToday = defineLoader<{ checkin: CheckinModel | null }>(
    'couple.myCheckinToday',
    async (actor, ids) => {
      const found = await this.checkins.myToday(actor, [...ids]);
      return new Map([...found].map(([id, checkin]) => [id, { checkin }]));
    },
  );

  /** The coach's replies on check-ins, each check-in's oldest first. */
  readonly comments = defineLoader<CommentModel[]>('checkin.comments', (actor, ids) =>
    this.checkins.comments(actor, [...ids]),
  );

  private readonly seriesByDays = new Map<number, LoaderDefinition<CheckinSeriesModel>>();
  private readonly adherenceByDays = new Map<number, LoaderDefinition<CheckinAdherenceModel[]>>();
  private readonly feedByDays = new Map<number, LoaderDefinition<CheckinModel[]>>();

  /** One loader per window length: couples asked with the same `days` share a batch. */
  series(days: number): LoaderDefinition<CheckinSeriesModel> {
    return perDays(this.seriesByDays, days, () =>
      defineLoader(`couple.checkinSeries:${days}`, (actor, ids) =>
        this.checkins.series(actor, [...ids], days),
      ),
    );
  }

  adherence(days: number): LoaderDefinition<CheckinAdherenceModel[]> {
    return perDays(this.adherenceByDays, days, () =>
      defineLoader(`couple.checkinAdherence:${days}`, (actor, ids) =>
        this.checkins.adherence(actor, [...ids], days),
      ),
    );
  }

  feed(days: number): LoaderDefinition<CheckinModel[]> {
    return perDays(this.feedByDays, days, () =>
      defineLoader(`couple.checkinFeed:${days}`, (actor, ids) =>
        this.checkins.feed(actor, [...ids], days),
      ),
    );
  }
}

function perDays<V>(
  cache: Map<number, LoaderDefinition<V>>,
  days: number,
  define: () => LoaderDefinition<V>,
): LoaderDefinition<V> {
  let definition = cache.get(days);
  if (!definition) {
    definition = define();
    cache.set(days, definition);
  }
  return definition;
}
