import { useQuery } from '@apollo/client/react';
import { SegmentedControl, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import type { CoachCoupleQuery } from '../../../../gql/graphql';
import { QueryState, RefreshErrorAlert } from '../../../../shared/components/QueryState';
import { SectionCard } from '../../../../shared/components/SectionCard';
import { coachCoupleProgressQuery } from '../../graphql/couple';
import { FlagList } from '../Flags';
import { AdherenceList } from './Adherence';
import { CheckinChart, MEAN_LEAD_DAYS } from './CheckinChart';
import { CheckinNotes } from './CheckinNotes';
import { Csi4Chart } from './Csi4Chart';

type Couple = CoachCoupleQuery['couple'];

export function ProgressTab({ couple }: { couple: Couple }) {
  const [days, setDays] = useState(28);
  const query = useQuery(coachCoupleProgressQuery, {
    // Six days more than shown, so the first days' 7-day means of the items the API gives
    // no mean for (all but closeness) have a full week behind them too.
    variables: { id: couple.id, days: days + MEAN_LEAD_DAYS },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <QueryState
      query={query}
      keepPrevious
      errorTitle="The progress didn't load"
      loader={
        <Stack gap="md" aria-busy="true">
          <Skeleton height={120} />
          <Skeleton height={360} />
          <Skeleton height={240} />
        </Stack>
      }
    >
      {(shown) => {
        const p = shown.couple;

        return (
          <Stack gap="lg">
            <RefreshErrorAlert query={query} keepPrevious />
            <SectionCard
              id="flags"
              title="Needs attention"
              description="Worked out from check-ins, the CSI-4 and homework. High: act before the next session; medium: raise it at the next session; low: engagement."
            >
              <FlagList flags={p.flags} />
            </SectionCard>
            <SectionCard
              id="checkins"
              title="Daily check-ins"
              description="Each partner's rating per day, with 7-day means as thick lines. Gaps are days without a check-in."
              actions={
                <SegmentedControl
                  size="xs"
                  value={String(days)}
                  onChange={(v) => setDays(Number(v))}
                  data={[
                    { value: '28', label: '4 weeks' },
                    { value: '56', label: '8 weeks' },
                  ]}
                  aria-label="Period"
                />
              }
            >
              <CheckinChart series={p.checkinSeries} couple={couple} today={p.today} days={days} />
            </SectionCard>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <SectionCard
                id="adherence"
                title="Check-in adherence"
                description="Days with a check-in, last four weeks."
              >
                <AdherenceList adherence={p.checkinAdherence} couple={couple} />
              </SectionCard>
              <SectionCard
                id="csi4"
                title="CSI-4"
                description="Relationship satisfaction, 0–21. Below 13.5 suggests notable dissatisfaction."
              >
                <Csi4Chart history={p.csi4History} couple={couple} everyWeeks={p.csi4EveryWeeks} />
              </SectionCard>
            </SimpleGrid>
            <SectionCard
              id="checkin-notes"
              title="Check-in notes"
              description="The last four weeks, newest first. Your comment is seen by whoever can see the check-in."
            >
              <CheckinNotes checkins={p.checkinFeed} couple={couple} />
            </SectionCard>
          </Stack>
        );
      }}
    </QueryState>
  );
}
