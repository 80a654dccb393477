import { useQuery } from '@apollo/client/react';
import { Alert, Stack, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { coachMovesQuery } from '../graphql/coach-moves';

/**
 * Couples moved from this coach to another in the last 30 days, with the admin's reason, so
 * a couple never disappears from a caseload unexplained. Shows nothing while loading or when
 * there is nothing to say (the caseload is the page; this is a footnote to it).
 */
export function CoachMoves() {
  const { data } = useQuery(coachMovesQuery, { fetchPolicy: 'cache-and-network' });
  const moves = data?.coachMovesFromMe ?? [];
  if (moves.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="blue"
      mb="md"
      icon={<IconArrowsExchange aria-hidden />}
      title={
        moves.length === 1 ? 'A couple moved to another coach' : 'Couples moved to another coach'
      }
    >
      <Stack gap={4}>
        {moves.map((m) => (
          <Text size="sm" key={m.id} data-testid="coach-move" style={{ overflowWrap: 'anywhere' }}>
            <Text span fw={600}>
              {m.coupleLabel}
            </Text>{' '}
            moved to {m.toCoachName} on {dayjs(m.movedAt).format('D MMM')}: {m.reason}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
