import { Group, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { eachDay, shortDate, weekdayOf } from '@hearth/domain';
import {
  IconAlertTriangle,
  IconCheck,
  IconClock,
  IconMinus,
  IconX,
  type Icon,
} from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { TaskState } from '../../../../gql/graphql';
import { partnerName, TASK_STATE, TASK_STATE_ORDER, type CouplePartners } from '../../lib/labels';
import classes from './TaskGrid.module.css';

export interface GridTask {
  id: string;
  assignmentId: string;
  dueDate: string;
  partner: 'A' | 'B' | null;
  state: TaskState;
}

const ICON: Record<TaskState, Icon | null> = {
  DONE: IconCheck,
  LATE: IconCheck,
  OVERDUE: IconAlertTriangle,
  MISSED: IconX,
  DUE: IconClock,
  UPCOMING: null,
};

function StateSquare({ state, label }: { state: TaskState; label?: string }) {
  const Icon = ICON[state];
  return (
    <span
      className={`${classes.square} ${state === 'UPCOMING' ? classes.upcoming : ''}`}
      style={{ background: TASK_STATE[state].color }}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      data-state={state}
    >
      {Icon ? <Icon size={13} stroke={2.6} /> : null}
    </span>
  );
}

/** The states and their colours (each also has its own symbol, so colour is never alone). */
export function TaskLegend() {
  return (
    <Group gap="md" wrap="wrap" aria-label="Legend">
      {TASK_STATE_ORDER.map((s) => (
        <span key={s} className={classes.legend}>
          <StateSquare state={s} />
          {TASK_STATE[s].label}
        </span>
      ))}
    </Group>
  );
}

/**
 * Tasks per partner (and done-together tasks on their own row) × day, from two weeks back to
 * a week ahead: what was done, late, missed, and what is coming.
 */
export function TaskGrid({
  tasks,
  from,
  to,
  today,
  couple,
  titles,
}: {
  tasks: readonly GridTask[];
  from: string;
  to: string;
  today: string;
  couple: CouplePartners;
  /** Exercise title per assignment id. */
  titles: ReadonlyMap<string, string>;
}) {
  const days = eachDay(from, to);
  const viewport = useRef<HTMLDivElement>(null);
  // On a narrow screen the grid scrolls sideways: start with today in view, not two weeks ago.
  useEffect(() => {
    const v = viewport.current;
    const cell = v?.querySelector<HTMLElement>('th[data-today]');
    if (v && cell && v.scrollWidth > v.clientWidth) {
      v.scrollLeft = Math.max(0, cell.offsetLeft - v.clientWidth / 2);
    }
  }, [today]);
  const rows: { key: 'A' | 'B' | 'T'; label: string }[] = [
    { key: 'A', label: partnerName(couple, 'A') },
    { key: 'B', label: partnerName(couple, 'B') },
  ];
  if (tasks.some((t) => t.partner === null)) rows.push({ key: 'T', label: 'Together' });

  const byCell = new Map<string, GridTask[]>();
  for (const t of tasks) {
    const k = `${t.partner ?? 'T'}|${t.dueDate}`;
    byCell.set(k, [...(byCell.get(k) ?? []), t]);
  }

  return (
    <Stack gap="sm">
      <ScrollArea type="auto" offsetScrollbars="x" viewportRef={viewport}>
        <table className={classes.table} data-testid="task-grid">
          <thead>
            <tr>
              <th className={classes.rowHead} scope="col">
                <Text span size="xs" c="dimmed">
                  {shortDate(from)} – {shortDate(to)}
                </Text>
              </th>
              {days.map((d) => {
                const wd = weekdayOf(d);
                return (
                  <th
                    key={d}
                    scope="col"
                    className={[
                      classes.day,
                      wd === 'MON' ? classes.weekStart : '',
                      d === today ? classes.today : '',
                    ].join(' ')}
                    aria-label={`${d === today ? 'Today, ' : ''}${wd} ${shortDate(d)}`}
                    data-today={d === today ? true : undefined}
                  >
                    {wd.charAt(0) + wd.slice(1, 2).toLowerCase()}
                    <br />
                    {Number(d.slice(8))}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={classes.rowHead} title={row.label}>
                  {row.label}
                </th>
                {days.map((d) => {
                  const cell = byCell.get(`${row.key}|${d}`) ?? [];
                  const wd = weekdayOf(d);
                  return (
                    <td
                      key={d}
                      className={[
                        classes.cell,
                        wd === 'MON' ? classes.weekStart : '',
                        d === today ? classes.today : '',
                      ].join(' ')}
                    >
                      <div className={classes.cellInner}>
                        {cell.length === 0 ? (
                          <IconMinus
                            size={10}
                            color="var(--mantine-color-gray-3)"
                            aria-hidden
                            style={{ marginTop: 5 }}
                          />
                        ) : (
                          cell.map((t) => {
                            const label = `${titles.get(t.assignmentId) ?? 'Homework'}, ${row.label}, ${shortDate(d)}: ${TASK_STATE[t.state].label}`;
                            return (
                              <Tooltip key={t.id} label={label} withArrow openDelay={100}>
                                <span tabIndex={0} style={{ lineHeight: 0 }}>
                                  <StateSquare state={t.state} label={label} />
                                </span>
                              </Tooltip>
                            );
                          })
                        )}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <TaskLegend />
    </Stack>
  );
}
