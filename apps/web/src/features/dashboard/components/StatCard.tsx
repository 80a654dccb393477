import { Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { FIGURES, nText, type Figure, type FigureName } from '../lib/figures';
import { figureDetail, NoData, SuppressedBadge } from './FigureValue';

/** One summary figure: what it is, its value, its n, and what the value is made of. */
export function StatCard({ name, figure, k }: { name: FigureName; figure: Figure; k: number }) {
  const spec = FIGURES[name];
  const detail = figureDetail(name, figure);
  return (
    <Paper withBorder p="md" radius="md" data-testid={`stat-${name}`} data-status={figure.status}>
      <Group gap={4} wrap="nowrap" justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" fw={500} lh={1.3}>
          {spec.label}
        </Text>
        <Tooltip
          label={spec.help}
          multiline
          w={260}
          withArrow
          events={{ hover: true, focus: true, touch: true }}
        >
          <IconInfoCircle
            size={16}
            color="var(--mantine-color-gray-5)"
            style={{ flexShrink: 0, cursor: 'help' }}
            tabIndex={0}
            aria-label={`About ${spec.label}: ${spec.help}`}
          />
        </Tooltip>
      </Group>
      {figure.status === 'SUPPRESSED' ? (
        <>
          <Group mt="sm" mih={36} align="center">
            <SuppressedBadge k={k} />
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            Hidden to protect privacy
          </Text>
        </>
      ) : figure.status === 'NO_DATA' || figure.value == null ? (
        <>
          <Text fz={28} fw={700} lh={1.3} mt="xs" c="dimmed">
            <NoData />
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            No data in this period
          </Text>
        </>
      ) : (
        <>
          <Tooltip
            label={detail}
            withArrow
            disabled={!spec.basis}
            events={{ hover: true, focus: true, touch: true }}
          >
            <Group
              gap={6}
              align="baseline"
              mt="xs"
              wrap="nowrap"
              tabIndex={spec.basis ? 0 : undefined}
            >
              <Text fz={28} fw={700} lh={1.3} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {spec.format(figure.value)}
              </Text>
              {spec.unit && (
                <Text size="sm" c="dimmed">
                  {spec.unit}
                </Text>
              )}
            </Group>
          </Tooltip>
          <Text size="xs" c="dimmed" mt={4} data-testid="figure-n">
            {figure.n != null ? nText(figure.n) : ''}
          </Text>
        </>
      )}
    </Paper>
  );
}
