import { join, sql } from './sql';

describe('sql', () => {
  it('numbers the values of nested fragments in the order they appear', () => {
    const scope = sql`c.clinic_id = ${'clinic'} AND c.coach_id = ${'coach'}`;
    const query = sql`SELECT c.id FROM couples c WHERE c.id = ANY(${['a', 'b']}) AND ${scope}
      AND c.status IN (${join(['ACTIVE', 'PAUSED'])})`;
    expect(query.text.replace(/\s+/g, ' ')).toBe(
      'SELECT c.id FROM couples c WHERE c.id = ANY($1) AND c.clinic_id = $2 AND c.coach_id = $3 AND c.status IN ($4,$5)',
    );
    expect(query.values).toEqual([['a', 'b'], 'clinic', 'coach', 'ACTIVE', 'PAUSED']);
  });
});
