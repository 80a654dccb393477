import { SegmentedControl, Skeleton, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { SectionCard } from '../../../shared/components/SectionCard';
import { plural } from '../../../shared/format';
import { weekLabel, type WeekRow } from '../lib/weeks';
import { FigureCell } from './FigureValue';

const WeeklyChart = lazy(() => import('./WeeklyChart'));

const shown = (w: WeekRow) =>
  w.completionRate.status === 'SHOWN' || w.checkinAdherence.status === 'SHOWN';
const hidden = (w: WeekRow) =>
  w.completionRate.status === 'SUPPRESSED' || w.checkinAdherence.status === 'SUPPRESSED';

function WeeklyTable({ weeks, k }: { weeks: WeekRow[]; k: number }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" data-testid="by-week-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Week</Table.Th>
            <Table.Th>Homework completion</Table.Th>
            <Table.Th>Check-in adherence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((w) => (
            <Table.Tr key={w.week} data-testid="dashboard-row">
              <Table.Th scope="row" fw={500}>
                {weekLabel(w)}
                <Text size="xs" c="dimmed">
                  {w.week}
                </Text>
              </Table.Th>
              <Table.Td>
                <FigureCell name="completionRate" figure={w.completionRate} k={k} />
              </Table.Td>
              <Table.Td>
                <FigureCell name="checkinAdherence" figure={w.checkinAdherence} k={k} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The weekly trend as a chart (gaps where a week is hidden or empty) or as a table. */
export function WeeklySection({ weeks, k }: { weeks: WeekRow[]; k: number }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const gaps = weeks.filter((w) => !shown(w) || hidden(w)).length;
  const nothingToDraw = !weeks.some(shown);
  return (
    <SectionCard
      id="by-week"
      title="Week by week"
      description="Homework completion and check-in adherence per week (Monday to Sunday)."
      actions={
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
          aria-label="Show the weekly trend as"
        />
      }
    >
      {view === 'table' ? (
        <WeeklyTable weeks={weeks} k={k} />
      ) : nothingToDraw ? (
        <Text c="dimmed" size="sm" py="lg" ta="center" data-testid="weekly-chart-empty">
          No week in this period has a figure to draw: each is based on fewer than {k} couples or
          has no data. The table lists them week by week.
        </Text>
      ) : (
        <Stack gap="xs" data-testid="weekly-chart">
          <Suspense fallback={<Skeleton h={260} radius="md" />}>
            <WeeklyChart weeks={weeks} />
          </Suspense>
          {gaps > 0 && (
            <Text size="xs" c="dimmed" data-testid="weekly-gaps-note">
              Gaps are weeks whose figure is hidden to protect privacy (based on fewer than {k}{' '}
              couples) or has no data: {gaps} of {plural(weeks.length, 'week')}.
            </Text>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
