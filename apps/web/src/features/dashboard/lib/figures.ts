import type { DashboardFigureFieldsFragment, DashboardPreset } from '../../../gql/graphql';
import { plural } from '../../../shared/format';

export type Figure = DashboardFigureFieldsFragment;

export type FigureName =
  | 'activeCouples'
  | 'couplesWithHomework'
  | 'completionRate'
  | 'checkinAdherence'
  | 'meanHelpfulness'
  | 'meanClosenessChange'
  | 'csi4MedianChange'
  | 'csi4Improved'
  | 'csi4Recovered'
  | 'csi4Deteriorated';

/** How one figure reads: its name, how its value is written and what it is taken over. */
export interface FigureSpec {
  label: string;
  /** The value as a person reads it, e.g. "82.4%" or "+1.5". */
  format: (value: number) => string;
  /** A unit after the value, where the number alone would be ambiguous. */
  unit?: string;
  /** "41 of 52 tasks done": what value = numerator / denominator is made of. */
  basis?: (numerator: number, denominator: number) => string;
  /** What the figure means, in one sentence (docs/metrics.md has the full rules). */
  help: string;
}

/** Fractions 0–1 as a percentage with one decimal, as in the CSV: 0.824 → "82.4%". */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** A change with its sign, one decimal: +1.5, −0.3, 0.0 (a real minus sign). */
export function signed(value: number): string {
  const text = Math.abs(value).toFixed(1);
  if (text === '0.0') return '0.0';
  return value > 0 ? `+${text}` : `−${text}`;
}

const count = (v: number) => String(v);

export const FIGURES: Record<FigureName, FigureSpec> = {
  activeCouples: {
    label: 'Active couples',
    format: count,
    help: 'Couples active today whose intake was on or before the end of the period.',
  },
  couplesWithHomework: {
    label: 'Couples with homework',
    format: count,
    help: 'Couples with at least one homework task due in the period.',
  },
  completionRate: {
    label: 'Homework completion',
    format: percent,
    basis: (num, den) => `${num} of ${plural(den, 'task')} due were done`,
    help: 'Tasks completed out of tasks due in the period (late completions count).',
  },
  checkinAdherence: {
    label: 'Check-in adherence',
    format: percent,
    basis: (num, den) => `${num} of ${den} partner-days had a check-in`,
    help: 'Days on which each partner of an active couple filed their daily check-in, out of the days they were expected to.',
  },
  meanHelpfulness: {
    label: 'Mean helpfulness',
    format: (v) => v.toFixed(1),
    unit: 'of 5',
    basis: (_num, den) => `average of ${plural(den, 'rated completion')}`,
    help: 'How helpful partners rated the exercises they did (1 = not at all, 5 = very).',
  },
  meanClosenessChange: {
    label: 'Mean closeness change',
    format: signed,
    unit: 'points',
    basis: (_num, den) => `average over ${plural(den, 'completion')}`,
    help: 'Closeness just after an exercise minus just before (1–7 scale); positive means closer.',
  },
  csi4MedianChange: {
    label: 'CSI-4 median change',
    format: signed,
    unit: 'points',
    basis: (_num, den) => `median over ${plural(den, 'partner')}`,
    help: "Median change in relationship satisfaction (CSI-4, 0–21) from each partner's first result to their latest in the period.",
  },
  csi4Improved: {
    label: 'Reliably improved',
    format: percent,
    basis: (num, den) => `${num} of ${plural(den, 'partner')}`,
    help: 'Partners whose CSI-4 rose by more than measurement error could explain (Jacobson & Truax), recovered included.',
  },
  csi4Recovered: {
    label: 'Recovered',
    format: percent,
    basis: (num, den) => `${num} of ${plural(den, 'partner')}`,
    help: 'Reliably improved and moved from below the 13.5 cut-off (notable dissatisfaction) to above it.',
  },
  csi4Deteriorated: {
    label: 'Reliably deteriorated',
    format: percent,
    basis: (num, den) => `${num} of ${plural(den, 'partner')}`,
    help: 'Partners whose CSI-4 fell by more than measurement error could explain.',
  },
};

/** "n = 14 couples" */
export function nText(n: number): string {
  return `n = ${plural(n, 'couple')}`;
}

export function suppressionHelp(k: number): string {
  return (
    `Hidden to protect privacy: this figure is about fewer than ${k} couples, ` +
    `or it is hidden so that it can't be worked out from the total and the other rows.`
  );
}

export const PRESETS: { value: DashboardPreset; label: string }[] = [
  { value: 'LAST_4_WEEKS', label: 'Last 4 weeks' },
  { value: 'LAST_12_WEEKS', label: 'Last 12 weeks' },
  { value: 'LAST_26_WEEKS', label: 'Last 26 weeks' },
  { value: 'CUSTOM', label: 'Custom' },
];

export interface PeriodChoice {
  preset: DashboardPreset;
  from?: string;
  to?: string;
}

/** The period in the page's address (?period=…&from=…&to=…), the CSV's query string too. */
export function periodFromSearch(params: URLSearchParams): PeriodChoice {
  const preset = PRESETS.find((p) => p.value === params.get('period'))?.value ?? 'LAST_4_WEEKS';
  if (preset !== 'CUSTOM') return { preset };
  return { preset, from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

export function periodSearch(period: PeriodChoice): URLSearchParams {
  const params = new URLSearchParams({ period: period.preset });
  if (period.preset === 'CUSTOM') {
    params.set('from', period.from ?? '');
    params.set('to', period.to ?? '');
  }
  return params;
}

export function csvHref(period: PeriodChoice): string {
  return `/api/clinic-dashboard.csv?${periodSearch(period).toString()}`;
}
