import { stringify } from 'csv-stringify/sync';
import { safeText } from '../common/csv';
import type { ActivityEventModel } from './activity.models';

export const ACTIVITY_CSV_COLUMNS = [
  'occurred_at',
  'person',
  'role',
  'action',
  'target_type',
  'target_id',
  'couple',
  'outcome',
  'ip',
  'summary',
  'seq',
];

/**
 * The Activity page as CSV. Names, labels and the summary are typed by people, so they go
 * through safeText (CSV injection). The reassignment reason is left out: it is free text.
 */
export function activityCsv(events: ActivityEventModel[]): string {
  const rows = events.map((e) => [
    e.occurredAt.toISOString(),
    safeText(e.personName ?? ''),
    e.role ?? '',
    e.action,
    e.targetType,
    e.targetId ?? '',
    safeText(e.coupleLabel ?? ''),
    e.outcome,
    e.ip ?? '',
    safeText(e.summary ?? ''),
    e.seq,
  ]);
  return stringify([ACTIVITY_CSV_COLUMNS, ...rows], { bom: true, record_delimiter: 'windows' });
}
