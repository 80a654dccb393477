import type { Pool } from 'pg';
import {
  addDays,
  CSI4_CLINICAL_CUTOFF,
  CSI4_RELIABLE_CHANGE,
  startOfIsoWeek,
  todayIn,
} from '@hearth/domain';

/**
 * The benchmark's baseline for the clinic dashboard: the same figures computed directly
 * from the base tables by full-scan GROUP BYs, written independently of DashboardService —
 * homework by coach, by exercise, by ISO week and in total; check-in adherence by week and
 * in total (partner-days); CSI-4 change per partner (first result ever vs latest in the
 * period, Jacobson & Truax). Three statements, run at once over a pool as the API does.
 * No small-cell suppression (it costs nothing next to the scans).
 */

const HOMEWORK = `
  SELECT GROUPING(c.coach_id, ce.slug, t.due_date - (extract(isodow FROM t.due_date)::int - 1)) AS grouping,
         c.coach_id::text AS coach, ce.slug AS exercise,
         (t.due_date - (extract(isodow FROM t.due_date)::int - 1))::text AS monday,
         count(*)::int AS due, count(e.id)::int AS done,
         count(DISTINCT t.couple_id)::int AS couples,
         coalesce(sum(e.helpfulness), 0)::int AS helpfulness,
         coalesce(sum(e.closeness_after - e.closeness_before), 0)::int AS closeness
    FROM tasks t
    JOIN couples c ON c.clinic_id = t.clinic_id AND c.id = t.couple_id
    JOIN assignments a ON a.clinic_id = t.clinic_id AND a.id = t.assignment_id
    LEFT JOIN catalogue_exercises ce ON ce.id = a.catalogue_exercise_id
    LEFT JOIN completions e ON e.clinic_id = t.clinic_id AND e.task_id = t.id AND e.completed_at <= now()
   WHERE t.clinic_id = $1 AND t.due_date BETWEEN $2::date AND $3::date AND t.due_at <= now()
   GROUP BY GROUPING SETS ((c.coach_id), (ce.slug), (t.due_date - (extract(isodow FROM t.due_date)::int - 1)), ())`;

const ADHERENCE = `
  WITH windows AS (
    SELECT c.id AS couple_id, m.id AS author_id,
           greatest($2::date, c.intake_date,
                    (SELECT (max(i.accepted_at) AT TIME ZONE c.time_zone)::date FROM invitations i
                      WHERE i.clinic_id = c.clinic_id AND i.membership_id = m.id)) AS first_day,
           least($3::date, (now() AT TIME ZONE c.time_zone)::date - 1) AS last_day
      FROM couples c
      JOIN memberships m ON m.clinic_id = c.clinic_id AND m.id IN (c.partner_a_id, c.partner_b_id)
     WHERE c.clinic_id = $1 AND c.status = 'ACTIVE' AND m.status = 'ACTIVE'
  ), weeks AS (
    SELECT w::date AS monday FROM generate_series($4::date, $3::date, interval '7 days') AS w
  ), expected AS (
    SELECT wk.monday::text AS monday,
           sum(least(x.last_day, wk.monday + 6) - greatest(x.first_day, wk.monday) + 1)::int AS days
      FROM windows x JOIN weeks wk ON wk.monday <= x.last_day AND wk.monday + 6 >= x.first_day
     WHERE x.first_day <= x.last_day
     GROUP BY ROLLUP (wk.monday)
  ), filed AS (
    SELECT (e.checkin_date - (extract(isodow FROM e.checkin_date)::int - 1))::text AS monday,
           count(*)::int AS days
      FROM windows x
      JOIN checkins e ON e.clinic_id = $1 AND e.couple_id = x.couple_id AND e.author_id = x.author_id
                     AND e.checkin_date BETWEEN x.first_day AND x.last_day
     GROUP BY ROLLUP (e.checkin_date - (extract(isodow FROM e.checkin_date)::int - 1))
  )
  SELECT x.monday, x.days AS expected, coalesce(f.days, 0) AS filed
    FROM expected x LEFT JOIN filed f ON f.monday IS NOT DISTINCT FROM x.monday`;

const CSI4 = `
  WITH ranked AS (
    SELECT e.couple_id, e.partner, e.total, e.filed_on,
           row_number() OVER (PARTITION BY e.couple_id, e.partner ORDER BY e.filed_on, e.id) AS first_rank,
           row_number() OVER (PARTITION BY e.couple_id, e.partner ORDER BY e.filed_on DESC, e.id DESC) AS last_rank
      FROM measure_results e
     WHERE e.clinic_id = $1 AND e.instrument = 'CSI4' AND e.filed_on <= $3::date
  ), per_partner AS (
    SELECT couple_id, partner,
           max(total) FILTER (WHERE first_rank = 1) AS first_total,
           max(total) FILTER (WHERE last_rank = 1) AS latest_total,
           min(filed_on) AS first_on, max(filed_on) AS latest_on
      FROM ranked GROUP BY couple_id, partner
  ), changed AS (
    SELECT couple_id, first_total, latest_total,
           (latest_total - first_total) / ($4::float8 * sqrt(1 - $5::float8) * sqrt(2)) AS rci
      FROM per_partner WHERE latest_on >= $2::date AND latest_on > first_on
  )
  SELECT count(*)::int AS partners, count(DISTINCT couple_id)::int AS couples,
         count(*) FILTER (WHERE rci > $6::float8)::int AS improved,
         count(*) FILTER (WHERE rci > $6::float8 AND first_total < $7::float8
                            AND latest_total >= $7::float8)::int AS recovered,
         count(*) FILTER (WHERE rci < -$6::float8)::int AS deteriorated,
         (SELECT count(*)::int FROM couples c WHERE c.clinic_id = $1 AND c.status = 'ACTIVE'
             AND c.intake_date <= $3::date) AS active_couples
    FROM changed`;

export interface DashboardTotals {
  due: number;
  done: number;
  expectedDays: number;
  filedDays: number;
  csi4Partners: number;
  improved: number;
  recovered: number;
  deteriorated: number;
  activeCouples: number;
}

/** The last `weeks` × 7 days ending today in the clinic's zone, as the presets define them. */
export function lastWeeks(timeZone: string, weeks: number): { from: string; to: string } {
  const to = todayIn(timeZone, new Date());
  return { from: addDays(to, 1 - weeks * 7), to };
}

export async function dashboardBaseline(
  pool: Pool,
  clinicId: string,
  period: { from: string; to: string },
): Promise<DashboardTotals> {
  const [homework, adherence, csi4] = await Promise.all([
    pool.query<{ grouping: number; due: number; done: number }>(HOMEWORK, [
      clinicId,
      period.from,
      period.to,
    ]),
    pool.query<{ monday: string | null; expected: number; filed: number }>(ADHERENCE, [
      clinicId,
      period.from,
      period.to,
      startOfIsoWeek(period.from),
    ]),
    pool.query<{
      partners: number;
      improved: number;
      recovered: number;
      deteriorated: number;
      active_couples: number;
    }>(CSI4, [
      clinicId,
      period.from,
      period.to,
      CSI4_RELIABLE_CHANGE.sd,
      CSI4_RELIABLE_CHANGE.reliability,
      CSI4_RELIABLE_CHANGE.z,
      CSI4_CLINICAL_CUTOFF,
    ]),
  ]);
  // GROUPING() = 7: none of the three columns grouped, the clinic total.
  const total = homework.rows.find((r) => r.grouping === 7);
  const adherenceTotal = adherence.rows.find((r) => r.monday === null);
  const c = csi4.rows[0]!;
  return {
    due: total?.due ?? 0,
    done: total?.done ?? 0,
    expectedDays: adherenceTotal?.expected ?? 0,
    filedDays: adherenceTotal?.filed ?? 0,
    csi4Partners: c.partners,
    improved: c.improved,
    recovered: c.recovered,
    deteriorated: c.deteriorated,
    activeCouples: c.active_couples,
  };
}

const FIGURE = 'status value numerator denominator n suppressed';

/** Every field of clinicDashboard, as the web page asks for it. */
export const CLINIC_DASHBOARD_QUERY = `query Bench($period: DashboardPeriodInput!) {
  clinicDashboard(period: $period) {
    period { from to preset timeZone }
    smallCellK
    summary {
      activeCouples { ${FIGURE} } couplesWithHomework { ${FIGURE} } completionRate { ${FIGURE} }
      meanHelpfulness { ${FIGURE} } meanClosenessChange { ${FIGURE} } checkinAdherence { ${FIGURE} }
      csi4MedianChange { ${FIGURE} } csi4Improved { ${FIGURE} } csi4Recovered { ${FIGURE} }
      csi4Deteriorated { ${FIGURE} }
    }
    byCoach { coachId coachName couples { ${FIGURE} } completionRate { ${FIGURE} }
      meanHelpfulness { ${FIGURE} } meanClosenessChange { ${FIGURE} } }
    byExercise { exerciseKey title builtIn couples { ${FIGURE} } completionRate { ${FIGURE} }
      meanHelpfulness { ${FIGURE} } meanClosenessChange { ${FIGURE} } }
    weekly { week from to completionRate { ${FIGURE} } checkinAdherence { ${FIGURE} } }
  }
}`;

interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** The API's totals, read from its summary (null where a figure is suppressed). */
export function apiTotals(summary: Record<string, Figure>): Partial<DashboardTotals> {
  const f = (name: string) => summary[name];
  return {
    due: f('completionRate')?.denominator ?? undefined,
    done: f('completionRate')?.numerator ?? undefined,
    expectedDays: f('checkinAdherence')?.denominator ?? undefined,
    filedDays: f('checkinAdherence')?.numerator ?? undefined,
    csi4Partners: f('csi4Improved')?.denominator ?? undefined,
    improved: f('csi4Improved')?.numerator ?? undefined,
    recovered: f('csi4Recovered')?.numerator ?? undefined,
    deteriorated: f('csi4Deteriorated')?.numerator ?? undefined,
    activeCouples: f('activeCouples')?.value ?? undefined,
  };
}
