import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { addDays } from '@hearth/domain';
import { IconNotebook, IconPlus } from '@tabler/icons-react';
import type { CoachCoupleQuery } from '../../../../gql/graphql';
import { QueryState, RefreshErrorAlert } from '../../../../shared/components/QueryState';
import { SectionCard } from '../../../../shared/components/SectionCard';
import { coachCoupleHomeworkQuery } from '../../graphql/couple';
import { AssignmentList } from './AssignmentList';
import { ReflectionsFeed } from './ReflectionsFeed';
import { TaskGrid } from './TaskGrid';

type Couple = CoachCoupleQuery['couple'];

/** The grid's window: the last two weeks and the coming one. */
export const GRID_DAYS_BACK = 14;
export const GRID_DAYS_AHEAD = 7;

function Stat({ label, value, tone }: { label: string; value: string; tone?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text fz={24} fw={650} c={tone}>
        {value}
      </Text>
    </Paper>
  );
}

export function HomeworkTab({ couple, onAssign }: { couple: Couple; onAssign: () => void }) {
  const from = addDays(couple.today, -GRID_DAYS_BACK);
  const to = addDays(couple.today, GRID_DAYS_AHEAD);
  const query = useQuery(coachCoupleHomeworkQuery, {
    variables: { id: couple.id, from, to },
    fetchPolicy: 'cache-and-network',
  });
  const hw = couple.homeworkSummary;

  return (
    <QueryState
      query={query}
      errorTitle="The homework didn't load"
      loader={
        <Stack gap="md" aria-busy="true">
          <Skeleton height={84} />
          <Skeleton height={200} />
          <Skeleton height={160} />
        </Stack>
      }
    >
      {(data) => {
        const { assignments, tasks, completions } = data.couple;
        const titles = new Map(assignments.map((a) => [a.id, a.exercise.title]));
        const assignButton = (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={onAssign}
            disabled={couple.status === 'CLOSED'}
          >
            Assign homework
          </Button>
        );

        return (
          <Stack gap="lg">
            <RefreshErrorAlert query={query} />
            {hw && (
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
                <Stat label="Done this week" value={`${hw.doneThisWeek} / ${hw.dueThisWeek}`} />
                <Stat
                  label="Overdue, last 7 days"
                  value={String(hw.overdue)}
                  tone={hw.overdue ? 'orange.8' : undefined}
                />
                <Stat
                  label="To review"
                  value={String(hw.unreviewed)}
                  tone={hw.unreviewed ? 'blue.8' : undefined}
                />
                <Stat
                  label="Current assignments"
                  value={String(assignments.filter((a) => a.status !== 'ENDED').length)}
                />
              </SimpleGrid>
            )}
            <SectionCard
              id="assignments"
              title="Assignments"
              description="Newest first. Edit, pause or end one from its menu."
              actions={assignButton}
            >
              {assignments.length === 0 ? (
                <EmptyState size="sm" icon={<IconNotebook size={24} />} variant="light">
                  <EmptyState.Title order={3}>No homework yet</EmptyState.Title>
                  <EmptyState.Description>
                    Pick an exercise from the catalogue: its suggested schedule fills in the rest.
                  </EmptyState.Description>
                  <EmptyState.Actions>
                    <Button onClick={onAssign} disabled={couple.status === 'CLOSED'}>
                      Assign homework
                    </Button>
                  </EmptyState.Actions>
                </EmptyState>
              ) : (
                <AssignmentList assignments={assignments} couple={couple} today={couple.today} />
              )}
            </SectionCard>
            <SectionCard
              id="tasks"
              title="Tasks, day by day"
              description="The last two weeks and the coming one, in the couple's time zone."
            >
              {tasks.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing was due in the last two weeks and nothing is due in the coming one.
                </Text>
              ) : (
                <TaskGrid
                  tasks={tasks}
                  from={from}
                  to={to}
                  today={couple.today}
                  couple={couple}
                  titles={titles}
                />
              )}
            </SectionCard>
            <SectionCard
              id="reflections"
              title="Reflections"
              description="What partners wrote after doing their homework. Private ones are for you only."
            >
              <ReflectionsFeed completions={completions} couple={couple} />
            </SectionCard>
          </Stack>
        );
      }}
    </QueryState>
  );
}
