import dayjs from 'dayjs';

/** 14 Mar 2026 */
export function formatDate(isoDate: string): string {
  return dayjs(isoDate).format('D MMM YYYY');
}

/** 14 Mar 2026, 09:30 (in the browser's time zone) */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('D MMM YYYY, HH:mm');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2026-03-14" for today in the given IANA time zone. */
export function todayIn(timeZone: string): string {
  try {
    // en-CA formats dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
  } catch {
    return dayjs().format('YYYY-MM-DD');
  }
}
