import { Badge } from '@mantine/core';
import type { TaskState } from '../../../gql/graphql';

/** Calm words and colours: overdue is a nudge (orange), never an alarm (red). */
const STATES: Record<TaskState, { label: string; color: string; variant: 'light' | 'filled' }> = {
  DUE: { label: 'To do today', color: 'hearth', variant: 'filled' },
  UPCOMING: { label: 'Coming up', color: 'gray', variant: 'light' },
  OVERDUE: { label: 'Overdue', color: 'orange', variant: 'light' },
  DONE: { label: 'Done', color: 'hearth', variant: 'light' },
  LATE: { label: 'Done late', color: 'hearth', variant: 'light' },
  MISSED: { label: 'Missed', color: 'gray', variant: 'light' },
};

export function TaskStateBadge({ state }: { state: TaskState }) {
  const { label, color, variant } = STATES[state];
  return (
    <Badge color={color} variant={variant} style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}

export function isDone(state: TaskState): boolean {
  return state === 'DONE' || state === 'LATE';
}
