import { raw, sql, type Sql } from '../database/sql';
import { memberName } from '../tenant/people.service';

// The dashboard's aggregate queries over the base tables and the rows they answer.
// Definitions: docs/metrics.md; libs/domain/src/metrics is what the tests check them against.

/** Homework aggregates of one group (a coach, an exercise, a week, or the whole clinic). */
export interface HomeworkRow {
  grouping: 'COACH' | 'EXERCISE' | 'WEEK' | 'TOTAL';
  key: string | null;
  due: number;
  done: number;
  couples: number;
  couples_completed: number;
  helpfulness_sum: number;
  closeness_sum: number;
}

export interface AdherenceRow {
  monday: string | null;
  expected_days: number;
  checkin_days: number;
  couples: number;
}

export interface Csi4Row {
  partners: number;
  couples: number;
  median_change: number | null;
  improved: number;
  recovered: number;
  deteriorated: number;
  active_couples: number;
}

export interface LabelRow {
  kind: 'COACH' | 'EXERCISE';
  key: string;
  label: string;
  built_in: boolean;
}

/**
 * Monday of a date's ISO week, as SQL: integer day arithmetic from a known Monday (faster
 * than extract(isodow), which is numeric), correct before 2000 too.
 */
const monday = (column: string) => `(${column} - ((${column} - DATE '2000-01-03') % 7 + 7) % 7)`;

/** Sums over rows of one couple each: count(*) is the number of distinct couples. */
const SUMS = `sum(p.due)::int AS due, sum(p.done)::int AS done, count(*)::int AS couples,
         count(*) FILTER (WHERE p.done > 0)::int AS couples_completed,
         coalesce(sum(p.helpfulness_sum), 0)::int AS helpfulness_sum,
         coalesce(sum(p.closeness_sum), 0)::int AS closeness_sum`;

/**
 * Homework: tasks due in the period and by now (any couple status: the tasks table is what
 * was expected, pausing removes future tasks), each completed by now (late included:
 * libs/domain completionRate) or not, with the completion's ratings. One pass over the
 * tasks (index ix_tasks_clinic_due_date) sums them per couple and assignment and per couple
 * and week; coach, exercise and week figures are then sums over those few rows, where
 * "distinct couples" is a plain count.
 */
export const homeworkSql = (p: {
  clinicId: string;
  from: string;
  to: string;
  now: Date;
}): Sql => sql`
  WITH per_couple_set AS (
    SELECT t.couple_id, t.assignment_id, ${raw(monday('t.due_date'))} AS monday,
           count(*) AS due, count(e.task_id) AS done,
           sum(e.helpfulness) AS helpfulness_sum,
           sum(e.closeness_after - e.closeness_before) AS closeness_sum
      FROM tasks t
      LEFT JOIN completions e
        ON e.clinic_id = t.clinic_id AND e.task_id = t.id AND e.completed_at <= ${p.now}
       -- A together task may have a completion per partner: it counts once, partner A's first.
       AND (t.partner IS NOT NULL OR NOT EXISTS (
             SELECT 1 FROM completions e2
              WHERE e2.clinic_id = e.clinic_id AND e2.task_id = e.task_id
                AND e2.partner < e.partner AND e2.completed_at <= ${p.now}))
     WHERE t.clinic_id = ${p.clinicId} AND t.due_date BETWEEN ${p.from}::date AND ${p.to}::date AND t.due_at <= ${p.now}
     GROUP BY GROUPING SETS ((t.couple_id, t.assignment_id), (t.couple_id, ${raw(monday('t.due_date'))}))
  ),
  per_couple AS (
    SELECT couple_id, sum(due) AS due, sum(done) AS done,
           sum(helpfulness_sum) AS helpfulness_sum, sum(closeness_sum) AS closeness_sum
      FROM per_couple_set WHERE assignment_id IS NOT NULL
     GROUP BY couple_id
  ),
  per_exercise_couple AS (
    SELECT coalesce(ce.slug, ke.exercise_key::text) AS exercise_key, p.couple_id,
           sum(p.due) AS due, sum(p.done) AS done,
           sum(p.helpfulness_sum) AS helpfulness_sum, sum(p.closeness_sum) AS closeness_sum
      FROM per_couple_set p
      JOIN assignments a ON a.clinic_id = ${p.clinicId} AND a.id = p.assignment_id
      LEFT JOIN catalogue_exercises ce ON ce.id = a.catalogue_exercise_id
      LEFT JOIN clinic_exercises ke ON ke.clinic_id = a.clinic_id AND ke.id = a.clinic_exercise_id
     GROUP BY 1, 2
  ),
  per_week_couple AS (
    SELECT * FROM per_couple_set WHERE assignment_id IS NULL
  )
  SELECT CASE WHEN GROUPING(c.coach_id) = 0 THEN 'COACH' ELSE 'TOTAL' END AS grouping,
         c.coach_id::text AS key, ${raw(SUMS)}
    FROM per_couple p JOIN couples c ON c.clinic_id = ${p.clinicId} AND c.id = p.couple_id
   GROUP BY GROUPING SETS ((c.coach_id), ())
  UNION ALL
  SELECT 'EXERCISE', p.exercise_key, ${raw(SUMS)} FROM per_exercise_couple p GROUP BY p.exercise_key
  UNION ALL
  SELECT 'WEEK', p.monday::text, ${raw(SUMS)} FROM per_week_couple p GROUP BY p.monday`;

/**
 * Check-in adherence in partner-days, per ISO week and for the period. Each partner of an
 * ACTIVE couple whose membership is ACTIVE is expected to check in from the later of the
 * period start and their first day (intake, or accepting the invitation, in the couple's
 * zone) through the earlier of the period end and the couple's yesterday (libs/domain
 * adherenceWindow). The windows are computed once (MATERIALIZED); check-ins are then
 * counted per partner through the unique (clinic, couple, author, day) index, index-only,
 * so a day counts once.
 */
export const adherenceSql = (p: {
  clinicId: string;
  from: string;
  to: string;
  now: Date;
  firstMonday: string;
}): Sql => sql`
  WITH joined AS (
    SELECT i.membership_id, max(i.accepted_at) AS accepted_at
      FROM invitations i
     WHERE i.clinic_id = ${p.clinicId} AND i.accepted_at IS NOT NULL
     GROUP BY i.membership_id
  ),
  zones AS (
    SELECT z.time_zone, (${p.now}::timestamptz AT TIME ZONE z.time_zone)::date AS today
      FROM (SELECT DISTINCT time_zone FROM couples WHERE clinic_id = ${p.clinicId}) z
  ),
  expected AS MATERIALIZED (
    SELECT * FROM (
      SELECT c.id AS couple_id, m.id AS author_id,
             greatest(${p.from}::date, c.intake_date, (j.accepted_at AT TIME ZONE c.time_zone)::date) AS from_day,
             least(${p.to}::date, z.today - 1) AS through_day
        FROM couples c
        JOIN zones z ON z.time_zone = c.time_zone
        CROSS JOIN LATERAL (VALUES (c.partner_a_id), (c.partner_b_id)) AS p(id)
        JOIN memberships m ON m.clinic_id = c.clinic_id AND m.id = p.id AND m.status = 'ACTIVE'
        LEFT JOIN joined j ON j.membership_id = m.id
       WHERE c.clinic_id = ${p.clinicId} AND c.status = 'ACTIVE'
    ) w
    WHERE w.from_day <= w.through_day
  ),
  weeks AS (
    SELECT d::date AS monday FROM generate_series(${p.firstMonday}::date, ${p.to}::date, interval '7 days') AS d
  ),
  week_couple AS (
    SELECT wk.monday, x.couple_id,
           sum(least(x.through_day, wk.monday + 6) - greatest(x.from_day, wk.monday) + 1) AS days
      FROM expected x
      JOIN weeks wk ON wk.monday <= x.through_day AND wk.monday + 6 >= x.from_day
     GROUP BY wk.monday, x.couple_id
  ),
  enrolled AS (
    SELECT monday, sum(days)::int AS days, count(*)::int AS couples
      FROM week_couple GROUP BY monday
    UNION ALL
    SELECT NULL, coalesce(sum(days), 0)::int, count(DISTINCT couple_id)::int FROM week_couple
  ),
  filed AS (
    SELECT ${raw(monday('e.checkin_date'))} AS monday, count(*)::int AS days
      FROM expected x
      JOIN checkins e
        ON e.clinic_id = ${p.clinicId} AND e.couple_id = x.couple_id AND e.author_id = x.author_id
       AND e.checkin_date BETWEEN x.from_day AND x.through_day
     GROUP BY 1
  )
  SELECT n.monday::text AS monday, n.days AS expected_days, n.couples,
         (CASE WHEN n.monday IS NULL THEN (SELECT coalesce(sum(days), 0) FROM filed)
               ELSE coalesce(f.days, 0) END)::int AS checkin_days
    FROM enrolled n
    LEFT JOIN filed f ON f.monday = n.monday`;

/**
 * CSI-4 change per partner (libs/domain csi4ChangeInPeriod): first result ever against the
 * latest filed on or before the period end, for partners whose latest is in the period and
 * later than their first. Couples of any status: a closed couple's outcome counts. Grouped
 * in the order of the unique (clinic, couple, author, instrument, day) index. The reliable
 * change index is libs/domain reliableChangeIndex written in SQL, with the same constants
 * passed in (never retyped): RCI = Δ / √(2 · SEm²), SEm = SD · √(1 − r).
 */
export const csi4Sql = (p: {
  clinicId: string;
  from: string;
  to: string;
  sd: number;
  reliability: number;
  z: number;
  cutoff: number;
}): Sql => sql`
  WITH per_partner AS (
    SELECT e.couple_id,
           (array_agg(e.total ORDER BY e.filed_on))[1] AS first_total,
           (array_agg(e.total ORDER BY e.filed_on DESC))[1] AS latest_total,
           min(e.filed_on) AS first_on, max(e.filed_on) AS latest_on
      FROM measure_results e
     WHERE e.clinic_id = ${p.clinicId} AND e.instrument = 'CSI4' AND e.filed_on <= ${p.to}::date
     GROUP BY e.couple_id, e.author_id
  ),
  changed AS (
    SELECT p.couple_id, p.first_total, p.latest_total, p.latest_total - p.first_total AS change,
           (p.latest_total - p.first_total)
             / sqrt(2 * (${p.sd}::float8 * sqrt(1 - ${p.reliability}::float8)) * (${p.sd}::float8 * sqrt(1 - ${p.reliability}::float8))) AS rci
      FROM per_partner p
     WHERE p.latest_on >= ${p.from}::date AND p.latest_on > p.first_on
  )
  SELECT count(*)::int AS partners,
         count(DISTINCT couple_id)::int AS couples,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY change) AS median_change,
         count(*) FILTER (WHERE rci > ${p.z}::float8)::int AS improved,
         count(*) FILTER (WHERE rci > ${p.z}::float8 AND first_total < ${p.cutoff}::float8
                            AND latest_total >= ${p.cutoff}::float8)::int AS recovered,
         count(*) FILTER (WHERE rci < -${p.z}::float8)::int AS deteriorated,
         (SELECT count(*)::int FROM couples c
           WHERE c.clinic_id = ${p.clinicId} AND c.status = 'ACTIVE' AND c.intake_date <= ${p.to}::date) AS active_couples
    FROM changed`;

/**
 * Row labels: the clinic's coaches (active, or with couples) and exercise titles (latest
 * version). Names only — the roster an admin sees anyway.
 */
export const labelsSql = (p: { clinicId: string }): Sql => sql`
  SELECT 'COACH' AS kind, m.id::text AS key, ${raw(memberName('m', 'u'))} AS label, false AS built_in
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.clinic_id = ${p.clinicId} AND m.role = 'COACH'
     AND (m.status = 'ACTIVE'
          OR EXISTS (SELECT 1 FROM couples c WHERE c.clinic_id = m.clinic_id AND c.coach_id = m.id))
  UNION ALL
  (SELECT DISTINCT ON (slug) 'EXERCISE', slug, title, true
     FROM catalogue_exercises ORDER BY slug, version DESC)
  UNION ALL
  (SELECT DISTINCT ON (exercise_key) 'EXERCISE', exercise_key::text, title, false
     FROM clinic_exercises WHERE clinic_id = ${p.clinicId} ORDER BY exercise_key, version DESC)`;
