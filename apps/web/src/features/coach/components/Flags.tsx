import { Badge, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { CoachFlagFieldsFragment } from '../../../gql/graphql';
import { FLAG_LABEL, groupFlags, SEVERITY, severityBadge } from '../lib/labels';

/**
 * Severity-coloured badges, one per kind of flag; the explanation (with its numbers) is in
 * the tooltip and in the badge's accessible name, so it is never colour or hover only.
 */
export function FlagBadges({
  flags,
  size = 'sm',
}: {
  flags: readonly CoachFlagFieldsFragment[];
  size?: 'xs' | 'sm' | 'md';
}) {
  const groups = groupFlags(flags);
  if (groups.length === 0) return null;
  return (
    <Group gap={6} data-testid="flag-badges">
      {groups.map((group) => {
        const badge = severityBadge(group.severity);
        const explanation = group.flags.map((f) => f.explanation).join(' ');
        return (
          <Tooltip
            key={group.code}
            label={
              <Stack gap={4}>
                {group.flags.map((f, i) => (
                  <Text key={i} size="xs">
                    {f.explanation}
                  </Text>
                ))}
              </Stack>
            }
            multiline
            maw={320}
            withArrow
            events={{ hover: true, focus: true, touch: true }}
          >
            <Badge
              {...badge}
              size={size}
              tabIndex={0}
              aria-label={`${FLAG_LABEL[group.code]}: ${explanation}`}
              data-flag={group.code}
              data-severity={group.severity}
              tt="none"
              fw={600}
              style={{ ...badge.style, cursor: 'help' }}
            >
              {FLAG_LABEL[group.code]}
              {group.flags.length > 1 ? ` ×${group.flags.length}` : ''}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}

/** Every flag with its explanation, most severe first (the couple page). */
export function FlagList({ flags }: { flags: readonly CoachFlagFieldsFragment[] }) {
  if (flags.length === 0) {
    return (
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" color="teal" radius="xl" aria-hidden>
          <IconCircleCheck size={18} />
        </ThemeIcon>
        <Text size="sm" c="dimmed">
          Nothing needs your attention right now: check-ins are regular, closeness is steady and
          homework is on track.
        </Text>
      </Group>
    );
  }
  const sorted = [...flags].sort((a, b) => SEVERITY[a.severity].rank - SEVERITY[b.severity].rank);
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="flag-list"
    >
      {sorted.map((flag, i) => {
        const { color } = SEVERITY[flag.severity];
        return (
          <Paper
            key={i}
            component="li"
            withBorder
            px="sm"
            py={8}
            radius="md"
            data-flag={flag.code}
            style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <IconAlertTriangle
                size={18}
                color={`var(--mantine-color-${color}-7)`}
                aria-hidden
                style={{ flexShrink: 0, marginTop: 2 }}
              />
              <div>
                <Group gap={8}>
                  <Text fw={600} size="sm">
                    {FLAG_LABEL[flag.code]}
                  </Text>
                  <Badge size="xs" {...severityBadge(flag.severity)}>
                    {flag.severity.toLowerCase()}
                  </Badge>
                </Group>
                <Text size="sm">{flag.explanation}</Text>
              </div>
            </Group>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

/** The most severe flag's explanation, for a one-line summary in lists. */
export function topFlagExplanation(flags: readonly CoachFlagFieldsFragment[]): string | null {
  const [first] = groupFlags(flags);
  return first?.flags[0]?.explanation ?? null;
}
