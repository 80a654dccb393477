import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconChartLine, IconNotebook, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundContent } from '../../../shared/components/NotFoundPage';
import type { CoachCoupleQuery } from '../../../gql/graphql';
import { QueryState, RefreshErrorAlert } from '../../../shared/components/QueryState';
import { CoupleStatusBadge } from '../../../shared/components/StatusBadge';
import { errorCode } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { PartnerLine } from '../../../shared/couples/components/PartnerLine';
import { AssignHomeworkModal } from '../components/AssignHomeworkModal';
import { CoupleStatusMenu } from '../components/CoupleStatusMenu';
import { Csi4IntervalButton } from '../components/Csi4IntervalButton';
import { FlagBadges } from '../components/Flags';
import { HomeworkTab } from '../components/homework/HomeworkTab';
import { ProgressTab } from '../components/progress/ProgressTab';
import { coachCoupleQuery } from '../graphql/couple';

export type CoachCouple = CoachCoupleQuery['couple'];

type Tab = 'homework' | 'progress';

/** One couple of the coach's caseload: homework (what is due, done, to review) and progress. */
export default function CouplePage() {
  const { coupleId = '', tab } = useParams();
  const navigate = useNavigate();
  const query = useQuery(coachCoupleQuery, {
    variables: { id: coupleId },
    fetchPolicy: 'cache-and-network',
  });
  const { data, error } = query;
  const [assigning, { open: openAssign, close: closeAssign }] = useDisclosure(false);
  const couple = data?.couple;
  useDocumentTitle(`${couple?.label ?? 'Couple'} · Hearth`);

  if (tab !== undefined && tab !== 'progress') return <NotFoundContent />;
  const current: Tab = tab === 'progress' ? 'progress' : 'homework';

  const back = (
    <Anchor component={Link} to="/couples" size="sm" c="dimmed">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden />
        My couples
      </Group>
    </Anchor>
  );

  if (!couple) {
    if (error && errorCode(error) === 'NOT_FOUND') return <NotFoundContent />;
    return (
      <Container size="xl" py="xl">
        <Stack gap="md">
          {back}
          <QueryState
            query={query}
            errorTitle="This couple didn't load"
            loader={
              <Stack gap="md" aria-busy="true">
                <Skeleton height={36} width={260} />
                <Skeleton height={96} />
                <Skeleton height={320} />
              </Stack>
            }
          >
            {() => null}
          </QueryState>
        </Stack>
      </Container>
    );
  }

  return (
    <Container size="xl" py="xl">
      <Stack gap="lg">
        {back}
        <CoupleHeader
          couple={couple}
          onAssign={openAssign}
          // The progress tab lists the flags in full; the header then needn't repeat them.
          showFlags={current === 'homework'}
        />
        <RefreshErrorAlert query={query} />
        <Tabs
          value={current}
          onChange={(v) =>
            void navigate(`/couples/${couple.id}${v === 'progress' ? '/progress' : ''}`)
          }
          keepMounted={false}
        >
          <Tabs.List mb="lg">
            <Tabs.Tab value="homework" leftSection={<IconNotebook size={16} aria-hidden />}>
              Homework
            </Tabs.Tab>
            <Tabs.Tab value="progress" leftSection={<IconChartLine size={16} aria-hidden />}>
              Progress
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="homework">
            <HomeworkTab couple={couple} onAssign={openAssign} />
          </Tabs.Panel>
          <Tabs.Panel value="progress">
            <ProgressTab couple={couple} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <AssignHomeworkModal opened={assigning} onClose={closeAssign} couple={couple} />
    </Container>
  );
}

function CoupleHeader({
  couple,
  onAssign,
  showFlags,
}: {
  couple: CoachCouple;
  onAssign: () => void;
  showFlags: boolean;
}) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4} miw={0}>
            <Group gap="sm" align="center">
              <Title order={1} fz={{ base: 24, sm: 30 }}>
                {couple.label}
              </Title>
              <CoupleStatusBadge status={couple.status} />
            </Group>
            <Text size="sm" c="dimmed">
              Since {formatDate(couple.intakeDate)} · {couple.timeZone.replace(/_/g, ' ')}
            </Text>
          </Stack>
          <Group gap="sm">
            <CoupleStatusMenu coupleId={couple.id} label={couple.label} status={couple.status} />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={onAssign}
              disabled={couple.status === 'CLOSED'}
            >
              Assign homework
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
          <PartnerLine person={couple.partnerA} coupleId={couple.id} slot="A" canInvite />
          <PartnerLine person={couple.partnerB} coupleId={couple.id} slot="B" canInvite />
          {/* Full width under the partners on a phone, a third column at a desk. */}
          <Box style={phone ? { gridColumn: '1 / -1' } : undefined}>
            <Csi4IntervalButton coupleId={couple.id} everyWeeks={couple.csi4EveryWeeks} />
          </Box>
        </SimpleGrid>
        {showFlags && couple.flags.length > 0 && (
          <Group gap="xs" align="center">
            <Text size="sm" fw={500}>
              Needs attention:
            </Text>
            <FlagBadges flags={couple.flags} />
            <Anchor component={Link} to={`/couples/${couple.id}/progress`} size="sm">
              Details
            </Anchor>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
