import { WEEKDAYS, type LocalDate, type Weekday } from '../dates';
import type { Schedule } from './schedule';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_NAMES: Record<Weekday, string> = {
  MON: 'Mon',
  TUE: 'Tue',
  WED: 'Wed',
  THU: 'Thu',
  FRI: 'Fri',
  SAT: 'Sat',
  SUN: 'Sun',
};

/** "14 Mar" — short, unambiguous across locales. */
export function shortDate(date: LocalDate): string {
  const [, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}`;
}

/** A schedule in words, as coaches and clients read it in lists. */
export function describeSchedule(schedule: Schedule): string {
  const range = (s: { startDate: LocalDate; endDate: LocalDate }) =>
    `${shortDate(s.startDate)} – ${shortDate(s.endDate)}`;
  switch (schedule.kind) {
    case 'ONCE':
      return `Once, by ${shortDate(schedule.dueDate)}`;
    case 'DAILY':
      return `Daily, ${range(schedule)}`;
    case 'N_PER_WEEK':
      return `${schedule.timesPerWeek === 1 ? 'Once' : `${schedule.timesPerWeek} times`} a week, ${range(schedule)}`;
    case 'WEEKLY': {
      const days = [...schedule.weekdays]
        .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
        .map((d) => DAY_NAMES[d]);
      return `Every ${days.join(', ')}, ${range(schedule)}`;
    }
  }
}
