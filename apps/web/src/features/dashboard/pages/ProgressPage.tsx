import { useQuery } from '@apollo/client/react';
import {
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChartLine, IconDownload } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { ClinicDashboardQuery } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { InlineLoader, QueryErrorAlert } from '../../../shared/components/PageStates';
import { SectionCard } from '../../../shared/components/SectionCard';
import { errorCode, fieldErrors } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { BreakdownTable } from '../components/BreakdownTable';
import { DashboardSkeleton } from '../components/DashboardSkeleton';
import { PeriodPicker } from '../components/PeriodPicker';
import { StatCard } from '../components/StatCard';
import { SuppressionNote } from '../components/SuppressionNote';
import { WeeklySection } from '../components/WeeklySection';
import { clinicDashboardQuery } from '../graphql/dashboard';
import {
  csvHref,
  periodFromSearch,
  periodSearch,
  type Figure,
  type FigureName,
  type PeriodChoice,
} from '../lib/figures';

type Dashboard = ClinicDashboardQuery['clinicDashboard'];

const TAKING_PART: FigureName[] = [
  'activeCouples',
  'completionRate',
  'checkinAdherence',
  'meanHelpfulness',
  'meanClosenessChange',
];
const OUTCOMES: FigureName[] = [
  'csi4MedianChange',
  'csi4Improved',
  'csi4Recovered',
  'csi4Deteriorated',
];

function allFigures(d: Dashboard): Figure[] {
  return [
    ...Object.values(d.summary).filter((f): f is Figure => typeof f === 'object' && !!f),
    ...[...d.byCoach, ...d.byExercise].flatMap((r) => [
      r.couples,
      r.completionRate,
      r.meanHelpfulness,
      r.meanClosenessChange,
    ]),
    ...d.weekly.flatMap((w) => [w.completionRate, w.checkinAdherence]),
  ];
}

function EmptyClinic() {
  return (
    <Paper withBorder p="xl" data-testid="dashboard-empty">
      <Stack align="center" gap="sm" ta="center" maw={480} mx="auto">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconChartLine size={26} />
        </ThemeIcon>
        <Title order={2} fz="lg">
          Nothing to report for this period yet
        </Title>
        <Text c="dimmed" size="sm">
          No couple was active, had homework due or checked in during these dates. Once couples are
          added and start their homework, their progress shows up here.
        </Text>
        <Button component={Link} to="/clinic" variant="light">
          Add couples on the Clinic page
        </Button>
      </Stack>
    </Paper>
  );
}

function DashboardView({ d }: { d: Dashboard }) {
  const k = d.smallCellK;
  const { summary } = d;
  const figures = allFigures(d);
  if (figures.every((f) => f.status === 'NO_DATA')) return <EmptyClinic />;
  const total = {
    couples: summary.couplesWithHomework,
    completionRate: summary.completionRate,
    meanHelpfulness: summary.meanHelpfulness,
    meanClosenessChange: summary.meanClosenessChange,
  };
  return (
    <Stack gap="lg">
      {figures.some((f) => f.status === 'SUPPRESSED') && <SuppressionNote k={k} />}
      <Stack gap="sm" component="section" aria-labelledby="taking-part-heading">
        <Title order={2} fz="lg" id="taking-part-heading">
          Taking part
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
          {TAKING_PART.map((name) => (
            <StatCard key={name} name={name} figure={summary[name]} k={k} />
          ))}
        </SimpleGrid>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="outcomes-heading">
        <div>
          <Title order={2} fz="lg" id="outcomes-heading">
            Relationship satisfaction (CSI-4)
          </Title>
          <Text size="sm" c="dimmed">
            Each partner&apos;s first CSI-4 compared with their latest one filed in this period.
            Shares are of partners (each fills in their own); n counts their couples.
          </Text>
        </div>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          {OUTCOMES.map((name) => (
            <StatCard key={name} name={name} figure={summary[name]} k={k} />
          ))}
        </SimpleGrid>
      </Stack>
      <WeeklySection weeks={d.weekly} k={k} />
      <SectionCard
        id="by-exercise"
        title="By exercise"
        description="Which exercises couples do, and how they find them. Every version of an exercise together."
      >
        {d.byExercise.length === 0 ? (
          <Text c="dimmed" size="sm">
            No homework was due in this period.
          </Text>
        ) : (
          <BreakdownTable
            testId="by-exercise-table"
            rowHeader="Exercise"
            rows={d.byExercise.map((r) => ({
              ...r,
              key: r.exerciseKey,
              label: (
                <>
                  {r.title}
                  {!r.builtIn && (
                    <Text size="xs" c="dimmed">
                      Your clinic&apos;s exercise
                    </Text>
                  )}
                </>
              ),
            }))}
            total={total}
            k={k}
          />
        )}
      </SectionCard>
      <SectionCard
        id="by-coach"
        title="By coach"
        description="Homework of each coach's current couples (a reassigned couple moves with its history)."
      >
        {d.byCoach.length === 0 ? (
          <Text c="dimmed" size="sm">
            The clinic has no coaches yet.
          </Text>
        ) : (
          <BreakdownTable
            testId="by-coach-table"
            rowHeader="Coach"
            rows={d.byCoach.map((r) => ({ ...r, key: r.coachId, label: r.coachName }))}
            total={total}
            k={k}
          />
        )}
      </SectionCard>
    </Stack>
  );
}

export default function ProgressPage() {
  useDocumentTitle('Progress · Hearth');
  const [params, setParams] = useSearchParams();
  const period: PeriodChoice = periodFromSearch(params);
  const { data, previousData, loading, error, refetch } = useQuery(clinicDashboardQuery, {
    variables: { period },
    // Settings (k) or new couples change the figures: show the cached ones, then refresh.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const badInput = errorCode(error) === 'BAD_USER_INPUT';
  const fields = badInput ? fieldErrors(error) : [];
  const shown = error ? undefined : (data ?? previousData)?.clinicDashboard;

  return (
    <Container size="lg" py="xl">
      <PageHeader
        title="Progress"
        description="Is the clinic helping couples, and with which exercises? Aggregates only: no couple's entries."
        actions={
          <Button
            component="a"
            href={csvHref(period)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            data-disabled={badInput || undefined}
            onClick={(e) => {
              if (badInput) e.preventDefault();
            }}
          >
            Download CSV
          </Button>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="sm">
            <PeriodPicker
              // A new address (back button, a link) starts the picker afresh.
              key={periodSearch(period).toString()}
              value={period}
              shownFrom={shown?.period.from}
              shownTo={shown?.period.to}
              errors={fields}
              onChange={(next) => setParams(periodSearch(next))}
            />
            <Group gap="xs" mih={22}>
              {shown && (
                <Text size="sm" c="dimmed" data-testid="period-dates">
                  {formatDate(shown.period.from)} – {formatDate(shown.period.to)} · on each
                  couple&apos;s local dates (clinic time zone{' '}
                  {shown.period.timeZone.replace(/_/g, ' ')})
                </Text>
              )}
              {loading && shown && <InlineLoader label="Updating" />}
            </Group>
          </Stack>
        </Paper>
        {badInput ? (
          <Text c="dimmed" size="sm">
            Choose a valid period to see the figures.
          </Text>
        ) : error ? (
          <QueryErrorAlert
            title="The figures didn't load"
            error={error}
            onRetry={() => void refetch()}
          />
        ) : shown ? (
          <DashboardView d={shown} />
        ) : (
          <DashboardSkeleton />
        )}
      </Stack>
    </Container>
  );
}
