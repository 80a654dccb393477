import {
  classifyChange,
  CSI4_CLINICAL_CUTOFF,
  reliableChangeIndex,
  type ChangeClass,
} from '@hearth/domain';
import type { Csi4AnswersModel, Csi4ResultModel } from './csi4.model';

export interface Csi4Filed {
  id: string;
  partner: 'A' | 'B';
  date: string;
  total: number;
  answers: Csi4AnswersModel;
}

/**
 * One partner's CSI-4 results, oldest first, each classified against the first (libs/domain
 * Jacobson & Truax), and the latest-vs-first change (null with fewer than two results).
 */
export function csi4History(filed: readonly Csi4Filed[]): {
  results: Csi4ResultModel[];
  change: ChangeClass | null;
} {
  const sorted = [...filed].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0];
  const results = sorted.map((r, i) => ({
    ...r,
    belowCutoff: r.total < CSI4_CLINICAL_CUTOFF,
    changeFromFirst: first && i > 0 ? classifyChange(first.total, r.total) : null,
    rci: first && i > 0 ? reliableChangeIndex(first.total, r.total) : null,
  }));
  return { results, change: results.at(-1)?.changeFromFirst ?? null };
}
