import { addDays, daysBetween } from '@hearth/domain';
import dayjs from 'dayjs';

/** Today by the phone's own clock (YYYY-MM-DD); only to pick a query window. */
export function deviceToday(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** "Sun 29 Nov" */
export function formatDay(date: string): string {
  return dayjs(date).format('ddd D MMM');
}

/** "Sunday 29 November" */
export function formatLongDay(date: string): string {
  return dayjs(date).format('dddd D MMMM');
}

/** "Today", "Tomorrow", "Yesterday", else "Sun 29 Nov", relative to the couple's today. */
export function relativeDay(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  return formatDay(date);
}

/** The Sunday of the ISO week that starts on `weekStart` (a Monday). */
export function weekEnd(weekStart: string): string {
  return addDays(weekStart, 6);
}

/** "Due today", "Due tomorrow", "Due yesterday", "Due Sun 29 Nov". */
export function dueLabel(date: string, today: string): string {
  const day = relativeDay(date, today);
  return `Due ${Math.abs(daysBetween(today, date)) <= 1 ? day.toLowerCase() : day}`;
}
