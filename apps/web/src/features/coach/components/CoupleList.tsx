import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MyCouplesQuery } from '../../../gql/graphql';
import { CoupleStatusBadge } from '../../../shared/components/StatusBadge';
import { formatDate } from '../../../shared/format';
import { PartnerLine } from '../../../shared/couples/components/PartnerLine';
import { CoupleStatusMenu } from './CoupleStatusMenu';
import { FlagBadges, topFlagExplanation } from './Flags';

export type CaseloadCouple = MyCouplesQuery['myCouples'][number];
type Couples = readonly CaseloadCouple[];

/** A table at a desk, one card per couple on a phone. */
export function CoupleList({ couples }: { couples: Couples }) {
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  return phone ? <CoupleCards couples={couples} /> : <CouplesTable couples={couples} />;
}

function Since({ couple }: { couple: CaseloadCouple }) {
  return (
    <Text size="xs" c="dimmed">
      Since {formatDate(couple.intakeDate)} · {couple.timeZone.replace(/_/g, ' ')}
    </Text>
  );
}

function CoupleLink({ couple }: { couple: CaseloadCouple }) {
  return (
    <Anchor component={Link} to={`/couples/${couple.id}`} fw={600} c="var(--mantine-color-text)">
      {couple.label}
    </Anchor>
  );
}

function Partners({ couple }: { couple: CaseloadCouple }) {
  return (
    <Stack gap={10}>
      <PartnerLine person={couple.partnerA} coupleId={couple.id} slot="A" canInvite />
      <PartnerLine person={couple.partnerB} coupleId={couple.id} slot="B" canInvite />
    </Stack>
  );
}

/** This week's homework (done of due), plus what is overdue and waiting for review. */
function Homework({ couple }: { couple: CaseloadCouple }) {
  const hw = couple.homeworkSummary;
  if (!hw) return null;
  const { doneThisWeek: done, dueThisWeek: due } = hw;
  return (
    <Stack gap={6} data-testid="homework-summary">
      {due === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing due this week
        </Text>
      ) : (
        <>
          <Text size="sm">
            <Text span fw={600}>
              {done}/{due}
            </Text>{' '}
            done this week
          </Text>
          <Progress
            value={Math.round((done / due) * 100)}
            size="sm"
            color="teal"
            aria-label={`${done} of ${due} tasks due this week done`}
          />
        </>
      )}
      <Group gap={6}>
        {hw.overdue > 0 && (
          <Tooltip label="Tasks not done, 1 to 7 days past their due day" withArrow>
            <Badge color="orange" variant="light" size="sm" tt="none" tabIndex={0}>
              {hw.overdue} overdue
            </Badge>
          </Tooltip>
        )}
        {hw.unreviewed > 0 && (
          <Tooltip label="Reflections you haven't marked reviewed" withArrow>
            <Badge color="blue" variant="light" size="sm" tt="none" tabIndex={0}>
              {hw.unreviewed} to review
            </Badge>
          </Tooltip>
        )}
      </Group>
    </Stack>
  );
}

function Attention({ couple }: { couple: CaseloadCouple }) {
  const top = topFlagExplanation(couple.flags);
  if (!top) {
    return (
      <Text size="sm" c="dimmed">
        Nothing flagged
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      <FlagBadges flags={couple.flags} size="sm" />
      <Text size="xs" c="dimmed" lineClamp={2}>
        {top}
      </Text>
    </Stack>
  );
}

function CouplesTable({ couples }: { couples: Couples }) {
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={960} type="native">
        <Table verticalSpacing="md" horizontalSpacing="md">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th w="19%">Couple</Table.Th>
              <Table.Th w="31%">Needs attention</Table.Th>
              <Table.Th w="17%">Homework</Table.Th>
              <Table.Th>Partners</Table.Th>
              <Table.Th w={130}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {couples.map((c) => (
              <Table.Tr key={c.id} data-testid="couple-row" style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <CoupleLink couple={c} />
                    <Since couple={c} />
                    {c.status !== 'ACTIVE' && <CoupleStatusBadge status={c.status} />}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Attention couple={c} />
                </Table.Td>
                <Table.Td>
                  <Homework couple={c} />
                </Table.Td>
                <Table.Td>
                  <Partners couple={c} />
                </Table.Td>
                <Table.Td ta="right">
                  <Stack gap={6} align="flex-end">
                    <Button
                      component={Link}
                      to={`/couples/${c.id}`}
                      size="xs"
                      variant="light"
                      rightSection={<IconChevronRight size={14} aria-hidden />}
                      aria-label={`Open ${c.label}`}
                    >
                      Open
                    </Button>
                    <CoupleStatusMenu coupleId={c.id} label={c.label} status={c.status} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function CoupleCards({ couples }: { couples: Couples }) {
  return (
    <Stack gap="sm">
      {couples.map((c) => (
        <Paper key={c.id} withBorder p="md" data-testid="couple-row">
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
            <div>
              <CoupleLink couple={c} />
              <Since couple={c} />
            </div>
            <CoupleStatusBadge status={c.status} />
          </Group>
          <Stack gap="sm">
            <Attention couple={c} />
            <Homework couple={c} />
            <Partners couple={c} />
          </Stack>
          <Group justify="space-between" mt="md">
            <CoupleStatusMenu coupleId={c.id} label={c.label} status={c.status} />
            <Button
              component={Link}
              to={`/couples/${c.id}`}
              size="xs"
              rightSection={<IconChevronRight size={14} aria-hidden />}
              aria-label={`Open ${c.label}`}
            >
              Open
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
