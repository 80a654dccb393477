import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { CHECKIN_ITEMS } from '@hearth/domain';
import { notifications } from '@mantine/notifications';
import { IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { CoachCheckinFieldsFragment } from '../../../../gql/graphql';
import { formatDate } from '../../../../shared/format';
import { commentOnCheckinMutation } from '../../graphql/couple';
import { PARTNER_COLOR, partnerName, VISIBILITY, type CouplePartners } from '../../lib/labels';
import { CommentForm, CommentThread } from '../Comments';

type Filter = 'notes' | 'all';

/** Entries shown at first (and added by "Show more"): the latest ones matter most. */
const PAGE = 5;

/** Check-ins with something said (a note or a wish to talk), or all of them. */
export function CheckinNotes({
  checkins,
  couple,
}: {
  checkins: readonly CoachCheckinFieldsFragment[];
  couple: CouplePartners;
}) {
  const withWords = checkins.filter((c) => c.note || c.wantsToTalk || c.comments.length > 0);
  const [filter, setFilter] = useState<Filter>('notes');
  const [limit, setLimit] = useState(PAGE);
  const all = filter === 'notes' ? withWords : checkins;
  const shown = all.slice(0, limit);
  if (checkins.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No check-ins in the last four weeks. Partners file one a day from their homework page.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <SegmentedControl
        size="xs"
        w="fit-content"
        value={filter}
        onChange={(v) => {
          setFilter(v as Filter);
          setLimit(PAGE);
        }}
        data={[
          { value: 'notes', label: `With notes (${withWords.length})` },
          { value: 'all', label: `All (${checkins.length})` },
        ]}
        aria-label="Which check-ins to show"
      />
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes in the last four weeks: the check-ins so far are ratings only.
        </Text>
      ) : (
        shown.map((c) => <CheckinEntry key={c.id} checkin={c} couple={couple} />)
      )}
      {all.length > shown.length && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          onClick={() => setLimit((l) => l + PAGE * 2)}
        >
          Show more ({all.length - shown.length} older)
        </Button>
      )}
    </Stack>
  );
}

function CheckinEntry({
  checkin: c,
  couple,
}: {
  checkin: CoachCheckinFieldsFragment;
  couple: CouplePartners;
}) {
  const [comment] = useMutation(commentOnCheckinMutation);
  const name = partnerName(couple, c.partner);
  const visibility = VISIBILITY[c.visibility];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="checkin-entry"
      data-wants-to-talk={c.wantsToTalk}
      bg={c.wantsToTalk ? 'orange.0' : undefined}
      style={c.wantsToTalk ? { borderLeft: '4px solid var(--mantine-color-orange-6)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text size="sm">
            <Text span fw={600} c={`${PARTNER_COLOR[c.partner]}.8`}>
              {name}
            </Text>{' '}
            · {formatDate(c.date)}
          </Text>
          <Group gap={6}>
            {c.wantsToTalk && (
              <Badge
                color="orange"
                variant="filled"
                size="sm"
                leftSection={<IconMessageCircle size={12} aria-hidden />}
              >
                Wants to talk
              </Badge>
            )}
            {c.late && (
              <Tooltip label="Filed the next morning" withArrow>
                <Badge color="gray" variant="outline" size="sm" tabIndex={0}>
                  Late
                </Badge>
              </Tooltip>
            )}
            <Tooltip label={visibility.hint} withArrow>
              <Badge color={visibility.color} variant="light" size="sm" tabIndex={0}>
                {visibility.label}
              </Badge>
            </Tooltip>
          </Group>
        </Group>
        {c.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.note}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {CHECKIN_ITEMS.map((i) => `${i.label} ${c.ratings[i.id]}`).join(' · ')}
        </Text>
        <CommentThread comments={c.comments} />
        <CommentForm
          label={`Comment on ${name}'s check-in of ${formatDate(c.date)}`}
          hint={
            c.visibility === 'SHARED'
              ? `${name} and their partner will see your comment.`
              : `Only ${name} will see your comment.`
          }
          send={async (body) => {
            await comment({
              variables: { checkinId: c.id, body },
              refetchQueries: ['CoachCoupleProgress'],
              awaitRefetchQueries: true,
            });
            notifications.show({ color: 'teal', message: `Comment sent to ${name}.` });
          }}
        />
      </Stack>
    </Paper>
  );
}
