import { useQuery } from '@apollo/client/react';
import {
  addDays,
  CHECKIN_ITEMS,
  LATE_FILING_UNTIL_MINUTES,
  localMinutesOfDay,
} from '@hearth/domain';
import { Anchor, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCircleCheckFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ClientCheckinFieldsFragment } from '../../../gql/graphql';
import { useViewer } from '../../../shared/auth/auth-context';
import { QueryState } from '../../../shared/components/QueryState';
import { CheckinForm, type CheckinCouple } from '../components/CheckinForm';
import { ClientPage } from '../components/ClientPage';
import { SaveStatus } from '../components/SaveStatus';
import { ourCheckinQuery } from '../graphql/checkin';
import { formatLongDay } from '../lib/dates';
import { firstName, otherPartner } from '../lib/partners';

const TITLE = 'How are you two today?';

/** The daily check-in: seven 1–7 taps on one screen, for today or (until noon) yesterday. */
export default function CheckinPage() {
  useDocumentTitle('Check in · Hearth');
  const query = useQuery(ourCheckinQuery, { fetchPolicy: 'cache-and-network' });
  const couple = query.data?.ourCouple;
  if (couple) return <CheckinContent couple={couple} />;
  return (
    <ClientPage title={TITLE}>
      <QueryState
        query={query}
        errorTitle="The check-in didn't load"
        loader={
          <Stack gap="md" aria-busy="true" aria-label="Loading the check-in">
            {CHECKIN_ITEMS.map((item) => (
              <Skeleton key={item.id} height={84} radius="md" />
            ))}
          </Stack>
        }
      >
        {() => (
          <Text c="dimmed">
            You're not part of a couple here yet. When your coach adds you, you can check in here.
          </Text>
        )}
      </QueryState>
    </ClientPage>
  );
}

function CheckinContent({ couple }: { couple: CheckinCouple }) {
  const viewer = useViewer();
  const [params] = useSearchParams();
  const yesterday = addDays(couple.today, -1);
  const forYesterday = params.get('date') === yesterday;
  const date = forYesterday ? yesterday : couple.today;
  const existing = forYesterday
    ? couple.checkinFeed.find((c) => c.mine && c.date === yesterday)
    : couple.myCheckinToday;
  const [saved, setSaved] = useState<ClientCheckinFieldsFragment | null>(null);
  const partnerName = firstName(otherPartner(couple, viewer.email).displayName);

  if (couple.status === 'CLOSED') {
    return (
      <ClientPage title={TITLE}>
        <Text c="dimmed">This couple's work is closed, so there is nothing to check in to.</Text>
      </ClientPage>
    );
  }

  if (saved) {
    return (
      <ClientPage title={saved.late ? 'Yesterday’s check-in is saved' : 'Checked in today ✓'}>
        <Paper withBorder p="lg">
          <Stack gap="md" align="flex-start">
            <Group gap="xs" wrap="nowrap">
              <IconCircleCheckFilled size={28} color="var(--mantine-color-hearth-7)" aria-hidden />
              <Text fw={600}>Thank you, {firstName(viewer.displayName)}.</Text>
            </Group>
            <SaveStatus state="saved" />
            <Text>
              {saved.late
                ? `Saved for yesterday, ${formatLongDay(saved.date)}, filed late.`
                : `Saved for today, ${formatLongDay(saved.date)}. You can change it until the end of the day.`}
            </Text>
            {saved.wantsToTalk && (
              <Text size="sm">
                {firstName(couple.coach.displayName)} will see that you'd like to talk soon.
              </Text>
            )}
            <Group gap="sm">
              <Button component={Link} to="/home" size="md">
                Back to our homework
              </Button>
              <Button variant="default" size="md" onClick={() => setSaved(null)}>
                Change it
              </Button>
            </Group>
          </Stack>
        </Paper>
      </ClientPage>
    );
  }

  const canFileYesterday =
    !forYesterday &&
    !couple.checkinFeed.some((c) => c.mine && c.date === yesterday) &&
    localMinutesOfDay(couple.timeZone, new Date()) < LATE_FILING_UNTIL_MINUTES;

  return (
    <ClientPage
      title={forYesterday ? 'How were you two yesterday?' : TITLE}
      description={
        forYesterday
          ? `A late check-in for ${formatLongDay(yesterday)}, open until noon today.`
          : 'Seven quick taps, about 20 seconds. 1 is the least, 7 the most.'
      }
    >
      <CheckinForm
        // A new form when the day changes, so one day's answers never fill in another's.
        key={date}
        couple={couple}
        date={date}
        existing={existing ?? null}
        partnerName={partnerName}
        viewerId={viewer.id}
        onSaved={(checkin) => {
          setSaved(checkin);
          window.scrollTo({ top: 0 });
        }}
      />
      {canFileYesterday && (
        <Text size="sm" c="dimmed" ta="center">
          Forgot yesterday?{' '}
          <Anchor component={Link} to={`/home/check-in?date=${yesterday}`} size="sm">
            Check in for yesterday
          </Anchor>{' '}
          (until noon).
        </Text>
      )}
      {forYesterday && (
        <Text size="sm" c="dimmed" ta="center">
          <Anchor component={Link} to="/home/check-in" size="sm">
            Check in for today instead
          </Anchor>
        </Text>
      )}
    </ClientPage>
  );
}
