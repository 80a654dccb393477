import dayjs from 'dayjs';
import type { ClinicDashboardQuery } from '../../../gql/graphql';

export type WeekRow = ClinicDashboardQuery['clinicDashboard']['weekly'][number];

/** "3 Nov" – "9 Nov", the week's days inside the period. */
export function weekLabel(week: WeekRow): string {
  const from = dayjs(week.from);
  const to = dayjs(week.to);
  return week.from === week.to
    ? from.format('D MMM')
    : `${from.format('D MMM')} – ${to.format(from.month() === to.month() ? 'D' : 'D MMM')}`;
}
