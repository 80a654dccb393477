import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import dayjs from 'dayjs';
import { IconCircleCheckFilled, IconClipboardHeart, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { OurHomeQuery } from '../../../gql/graphql';
import { firstName, initials, otherPartner } from '../lib/partners';

// The cards around the client's homework list: check in, the CSI-4, who we are.

export type OurCouple = NonNullable<OurHomeQuery['ourCouple']>;

/** How long the home page mentions a change of coach. */
const COACH_CHANGE_DAYS = 60;

export function CheckinCard({ couple }: { couple: OurCouple }) {
  const done = couple.myCheckinToday;
  if (done) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="checkin-heading">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <IconCircleCheckFilled size={28} color="var(--mantine-color-hearth-7)" aria-hidden />
            <div style={{ minWidth: 0 }}>
              <Title order={2} fz="md" id="checkin-heading">
                Checked in today ✓
              </Title>
              <Text size="xs" c="dimmed">
                Saved at {dayjs(done.updatedAt).format('HH:mm')}
              </Text>
            </div>
          </Group>
          <Button
            component={Link}
            to="/home/check-in"
            variant="light"
            size="sm"
            leftSection={<IconPencil size={16} aria-hidden />}
            style={{ flexShrink: 0 }}
          >
            Edit
          </Button>
        </Group>
      </Paper>
    );
  }
  return (
    <Paper
      p="lg"
      component="section"
      aria-labelledby="checkin-heading"
      bg="hearth.8"
      c="white"
      data-testid="checkin-card"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} fz="xl" id="checkin-heading">
            How are you two today?
          </Title>
          <Text size="sm" c="hearth.0" mt={4}>
            Seven quick taps, about 20 seconds. Your coach sees how things change over the weeks.
          </Text>
        </div>
        <Button component={Link} to="/home/check-in" size="lg" variant="white" fullWidth>
          Check in now
        </Button>
      </Stack>
    </Paper>
  );
}

export function Csi4Card() {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="csi4-heading">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon size={40} radius="xl" variant="light" color="clay" aria-hidden>
          <IconClipboardHeart size={22} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <div>
            <Title order={2} fz="lg" id="csi4-heading">
              Four questions for you
            </Title>
            <Text size="sm" c="dimmed" mt={2}>
              A short questionnaire about your relationship, about a minute. Only you and your coach
              see your answers.
            </Text>
          </div>
          <Button
            component={Link}
            to="/home/csi4"
            variant="light"
            color="clay"
            size="md"
            h="auto"
            mih={42}
            py={8}
            // On a narrow phone the label wraps instead of being cut off.
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          >
            Answer the questionnaire
          </Button>
        </Stack>
      </Group>
    </Paper>
  );
}

export function CoupleCard({ couple, viewerEmail }: { couple: OurCouple; viewerEmail: string }) {
  const partner = otherPartner(couple, viewerEmail);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="our-couple">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Title order={2} fz="md" id="our-couple">
          {couple.label}
        </Title>
        {couple.status !== 'ACTIVE' && (
          <Badge color={couple.status === 'PAUSED' ? 'yellow' : 'gray'} variant="light">
            {couple.status === 'PAUSED' ? 'Paused' : 'Closed'}
          </Badge>
        )}
      </Group>
      <Group gap="lg" wrap="wrap">
        <Person
          role="Your coach"
          name={couple.coach.displayName}
          color="hearth"
          testId="coach-name"
        />
        <Person
          role="Your partner"
          name={partner.displayName}
          color="clay"
          note={partner.status === 'INVITED' ? "hasn't joined Hearth yet" : undefined}
          testId="partner-name"
        />
      </Group>
      {couple.coachSince && dayjs().diff(couple.coachSince, 'day') <= COACH_CHANGE_DAYS && (
        <Text size="sm" mt="sm" data-testid="coach-since">
          Your coach is now {firstName(couple.coach.displayName)}, since{' '}
          {dayjs(couple.coachSince).format('D MMM')}.
        </Text>
      )}
      {couple.status === 'CLOSED' && (
        <Text size="sm" c="dimmed" mt="sm">
          This couple's work is closed. Your history stays here for you to read.{' '}
          <Anchor component={Link} to="/home/history" size="sm">
            See our history
          </Anchor>
        </Text>
      )}
    </Paper>
  );
}

function Person({
  role,
  name,
  color,
  note,
  testId,
}: {
  role: string;
  name: string;
  color: string;
  note?: string;
  testId: string;
}) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Avatar color={color} radius="xl" size="md" aria-hidden>
        {initials(name)}
      </Avatar>
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
          {role}
        </Text>
        <Text fw={500} size="sm" data-testid={testId}>
          {name}
          {note && (
            <Text span size="sm" c="dimmed" fw={400}>
              {' '}
              · {note}
            </Text>
          )}
        </Text>
      </div>
    </Group>
  );
}
