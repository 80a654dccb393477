import {
  CSI4_ITEMS,
  classifyChange,
  csi4DueDates,
  isCsi4Due,
  reliableChangeIndex,
  scoreCsi4,
} from './csi4';
import { CSI4_CLINICAL_CUTOFF, CSI4_RELIABILITY, CSI4_SD } from './csi4-norms';

describe('CSI-4 items', () => {
  it('has item 1 scored 0–6 and items 2–4 scored 0–5 with the published anchors', () => {
    expect(CSI4_ITEMS.map((i) => i.options.length - 1)).toEqual([6, 5, 5, 5]);
    expect(CSI4_ITEMS[0]?.options.map((o) => o.label)).toEqual([
      'Extremely Unhappy',
      'Fairly Unhappy',
      'A Little Unhappy',
      'Happy',
      'Very Happy',
      'Extremely Happy',
      'Perfect',
    ]);
    expect(CSI4_ITEMS[1]?.options[5]?.label).toBe('Completely true');
    expect(CSI4_ITEMS[3]?.options[0]?.label).toBe('Not at all');
  });
});

describe('scoreCsi4', () => {
  it('scores all-minimum answers 0 and all-maximum answers 21', () => {
    expect(scoreCsi4({ happiness: 0, warm: 0, rewarding: 0, satisfied: 0 })).toEqual({ total: 0 });
    expect(scoreCsi4({ happiness: 6, warm: 5, rewarding: 5, satisfied: 5 })).toEqual({ total: 21 });
  });

  it('scores 13 (below the 13.5 cut-off) and 14 (at or above it)', () => {
    const thirteen = scoreCsi4({ happiness: 3, warm: 4, rewarding: 3, satisfied: 3 });
    const fourteen = scoreCsi4({ happiness: 4, warm: 4, rewarding: 3, satisfied: 3 });
    expect(thirteen).toEqual({ total: 13 });
    expect(fourteen).toEqual({ total: 14 });
    expect(13 < CSI4_CLINICAL_CUTOFF && 14 >= CSI4_CLINICAL_CUTOFF).toBe(true);
  });

  it('reports each bad answer by field instead of a total', () => {
    expect(scoreCsi4({ happiness: 7, warm: 6, rewarding: 2.5, extra: 1 })).toEqual({
      errors: [
        { field: 'answers.extra', message: 'This is not a CSI-4 question.' },
        { field: 'answers.happiness', message: 'Choose one of the answers (0–6).' },
        { field: 'answers.warm', message: 'Choose one of the answers (0–5).' },
        { field: 'answers.rewarding', message: 'Choose one of the answers (0–5).' },
        { field: 'answers.satisfied', message: 'Please answer this question.' },
      ],
    });
    expect(scoreCsi4({ happiness: 6, warm: 5, rewarding: 5, satisfied: -1 })).toHaveProperty(
      'errors',
    );
  });
});

describe('reliable change (Jacobson & Truax 1991)', () => {
  it('uses SD 4.5 and r .94 from the one norms file', () => {
    expect(CSI4_SD).toBe(4.5);
    expect(CSI4_RELIABILITY).toBe(0.94);
  });

  it('computes the RCI on worked numbers', () => {
    // SEm = 4.5 × √0.06 = 1.10227; S_diff = √2 × 1.10227 = 1.55885.
    expect(reliableChangeIndex(10, 14)).toBeCloseTo(2.566, 3);
    expect(reliableChangeIndex(10, 13)).toBeCloseTo(1.9245, 4);
    expect(reliableChangeIndex(17, 12)).toBeCloseTo(-3.2075, 4);
    expect(reliableChangeIndex(12, 12)).toBe(0);
    // Textbook check: SD 10, r .80 -> S_diff = √(2 × (10 × √0.2)²) = 6.3246.
    expect(reliableChangeIndex(50, 60, { sd: 10, reliability: 0.8 })).toBeCloseTo(1.5811, 4);
  });

  it('classifies each kind of change', () => {
    expect(classifyChange(10, 14)).toBe('RECOVERED'); // +4, from below to above 13.5
    expect(classifyChange(9, 13)).toBe('IMPROVED'); // +4, still below
    expect(classifyChange(14, 18)).toBe('IMPROVED'); // +4, was never below
    expect(classifyChange(17, 13)).toBe('DETERIORATED'); // −4
    expect(classifyChange(19, 15)).toBe('DETERIORATED'); // −4, still above the cut-off
    expect(classifyChange(13, 16)).toBe('UNCHANGED'); // +3 crosses 13.5 but is not reliable
    expect(classifyChange(16, 13)).toBe('UNCHANGED'); // −3
  });

  it('counts a score exactly at the cut-off as recovered, and a start at it as not below', () => {
    expect(classifyChange(9.5, 13.5)).toBe('RECOVERED');
    expect(classifyChange(13.5, 17.5)).toBe('IMPROVED');
  });

  it('treats |RCI| exactly 1.96 as not reliable', () => {
    // SD 1, r .5 gives S_diff exactly 1, so the RCI equals the raw change.
    const unit = { sd: 1, reliability: 0.5, z: 1.96, cutoff: 13.5 };
    expect(reliableChangeIndex(0, 1.96, unit)).toBe(1.96);
    expect(classifyChange(0, 1.96, unit)).toBe('UNCHANGED');
    expect(classifyChange(1.96, 0, unit)).toBe('UNCHANGED');
    expect(classifyChange(0, 1.97, unit)).toBe('IMPROVED');
    expect(classifyChange(1.97, 0, unit)).toBe('DETERIORATED');
  });
});

describe('when the CSI-4 is due', () => {
  const intake = '2026-01-05';

  it('lists intake and every 4 weeks up to the given day', () => {
    expect(csi4DueDates(intake, 4, '2026-03-02')).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
    ]);
    expect(csi4DueDates(intake, 4, '2026-03-01')).toEqual(['2026-01-05', '2026-02-02']);
    expect(csi4DueDates(intake, 2, '2026-01-25')).toEqual(['2026-01-05', '2026-01-19']);
    expect(csi4DueDates(intake, undefined, '2026-01-04')).toEqual([]);
    expect(() => csi4DueDates(intake, 0, '2026-03-01')).toThrow(RangeError);
  });

  it('is due at intake, then again when the next due date arrives', () => {
    expect(isCsi4Due(null, intake, '2026-01-04')).toBe(false); // before intake
    expect(isCsi4Due(null, intake, intake)).toBe(true);
    expect(isCsi4Due('2026-01-05', intake, '2026-02-01')).toBe(false);
    expect(isCsi4Due('2026-01-05', intake, '2026-02-02')).toBe(true);
    expect(isCsi4Due('2026-02-10', intake, '2026-02-20')).toBe(false); // filed late, covered
  });

  it('asks once after several skipped due dates and does not drift after a late filing', () => {
    expect(isCsi4Due('2026-01-05', intake, '2026-03-10')).toBe(true);
    expect(isCsi4Due('2026-03-05', intake, '2026-03-10')).toBe(false);
    // The next one stays anchored on intake: 2026-03-30, not 4 weeks after 03-05.
    expect(isCsi4Due('2026-03-05', intake, '2026-03-29')).toBe(false);
    expect(isCsi4Due('2026-03-05', intake, '2026-03-30')).toBe(true);
  });
});
