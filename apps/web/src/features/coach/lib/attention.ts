import type {
  CoachFlagFieldsFragment,
  CoachHomeworkSummaryFieldsFragment,
} from '../../../gql/graphql';

interface Attention {
  label: string;
  flags: readonly CoachFlagFieldsFragment[];
  homeworkSummary: CoachHomeworkSummaryFieldsFragment | null;
}

function key(c: Attention): number[] {
  const count = (s: CoachFlagFieldsFragment['severity']) =>
    c.flags.filter((f) => f.severity === s).length;
  const hw = c.homeworkSummary;
  return [count('HIGH'), count('MEDIUM'), count('LOW'), (hw?.overdue ?? 0) + (hw?.unreviewed ?? 0)];
}

/**
 * Couples needing attention first: more high flags, then medium, then low, then homework
 * overdue plus reflections to review; ties by label.
 */
export function byAttention<T extends Attention>(couples: readonly T[]): T[] {
  const keys = new Map(couples.map((c) => [c, key(c)]));
  return [...couples].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
    }
    return a.label.localeCompare(b.label);
  });
}
