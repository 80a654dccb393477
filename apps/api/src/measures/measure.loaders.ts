import { Injectable } from '@nestjs/common';
import { defineLoader } from '../graphql/loaders';
import type { Csi4PartnerHistoryModel } from './csi4.model';
import { MeasuresService } from './measures.service';

/**
 * The CSI-4 fields of couples, batched per request: each answers only couples the actor may
 * read (a couple left out loads as null).
 */
@Injectable()
export class MeasureLoaders {
  constructor(private readonly measures: MeasuresService) {}

  readonly csi4History = defineLoader<Csi4PartnerHistoryModel[]>(
    'couple.csi4History',
    (actor, ids) => this.measures.history(actor, [...ids]),
  );

  readonly csi4Due = defineLoader<boolean>('couple.csi4Due', (actor, ids) =>
    this.measures.dueForViewer(actor, [...ids]),
  );

  readonly csi4EveryWeeks = defineLoader<number>('couple.csi4EveryWeeks', (actor, ids) =>
    this.measures.everyWeeks(actor, [...ids]),
  );
}
