import { Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CoupleFieldsFragment } from '../../../gql/graphql';
import { CoupleStatusBadge } from '../../../shared/components/StatusBadge';
import { formatDate } from '../../../shared/format';
import { PartnerLine } from '../../couples/components/PartnerLine';
import { CoupleStatusMenu } from './CoupleStatusMenu';

type Couples = readonly CoupleFieldsFragment[];

/** A table at a desk, one card per couple on a phone. */
export function CoupleList({ couples }: { couples: Couples }) {
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  return phone ? <CoupleCards couples={couples} /> : <CouplesTable couples={couples} />;
}

function Since({ couple }: { couple: CoupleFieldsFragment }) {
  return (
    <Text size="xs" c="dimmed">
      Since {formatDate(couple.intakeDate)} · {couple.timeZone.replace(/_/g, ' ')}
    </Text>
  );
}

function Partners({ couple }: { couple: CoupleFieldsFragment }) {
  return (
    <Stack gap={10}>
      <PartnerLine person={couple.partnerA} coupleId={couple.id} slot="A" canInvite />
      <PartnerLine person={couple.partnerB} coupleId={couple.id} slot="B" canInvite />
    </Stack>
  );
}

function CouplesTable({ couples }: { couples: Couples }) {
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table verticalSpacing="md" horizontalSpacing="lg">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th w="28%">Couple</Table.Th>
              <Table.Th>Partners</Table.Th>
              <Table.Th w={110}>Status</Table.Th>
              <Table.Th w={150}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {couples.map((c) => (
              <Table.Tr key={c.id} data-testid="couple-row">
                <Table.Td>
                  <Text fw={600}>{c.label}</Text>
                  <Since couple={c} />
                </Table.Td>
                <Table.Td>
                  <Partners couple={c} />
                </Table.Td>
                <Table.Td>
                  <CoupleStatusBadge status={c.status} />
                </Table.Td>
                <Table.Td ta="right">
                  <CoupleStatusMenu coupleId={c.id} label={c.label} status={c.status} />
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
              <Text fw={600}>{c.label}</Text>
              <Since couple={c} />
            </div>
            <CoupleStatusBadge status={c.status} />
          </Group>
          <Partners couple={c} />
          <Group justify="flex-end" mt="sm">
            <CoupleStatusMenu coupleId={c.id} label={c.label} status={c.status} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
