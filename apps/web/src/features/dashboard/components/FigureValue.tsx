import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { FIGURES, nText, suppressionHelp, type Figure, type FigureName } from '../lib/figures';

const TOOLTIP_EVENTS = { hover: true, focus: true, touch: true };

/** The muted stand-in for a hidden figure, with why it is hidden. */
export function SuppressedBadge({ k, size = 'md' }: { k: number; size?: 'sm' | 'md' }) {
  const help = suppressionHelp(k);
  return (
    <Tooltip label={help} multiline w={280} withArrow events={TOOLTIP_EVENTS}>
      <Badge
        color="gray"
        variant="light"
        size={size}
        tabIndex={0}
        aria-label={`Fewer than ${k} couples. ${help}`}
        data-status="SUPPRESSED"
        style={{ textTransform: 'none', cursor: 'help' }}
      >
        Fewer than {k}
      </Badge>
    </Tooltip>
  );
}

/** "—" for a figure with nothing to measure (never 0%). */
export function NoData() {
  return (
    <Tooltip label="No data in this period" withArrow events={TOOLTIP_EVENTS}>
      <Text
        component="span"
        c="dimmed"
        tabIndex={0}
        aria-label="No data in this period"
        data-status="NO_DATA"
        style={{ cursor: 'help' }}
      >
        —
      </Text>
    </Tooltip>
  );
}

/** "41 of 52 tasks due were done · n = 14 couples" */
export function figureDetail(name: FigureName, figure: Figure): string {
  const spec = FIGURES[name];
  const parts: string[] = [];
  if (spec.basis && figure.numerator != null && figure.denominator != null) {
    parts.push(spec.basis(figure.numerator, figure.denominator));
  }
  if (figure.n != null) parts.push(nText(figure.n));
  return parts.join(' · ');
}

/**
 * One figure in a table cell: its value (what it is made of in a tooltip and a small n
 * below), "Fewer than k" when suppressed, "—" when there is no data.
 */
export function FigureCell({ name, figure, k }: { name: FigureName; figure: Figure; k: number }) {
  if (figure.status === 'SUPPRESSED') return <SuppressedBadge k={k} size="sm" />;
  if (figure.status === 'NO_DATA' || figure.value == null) return <NoData />;
  const spec = FIGURES[name];
  const detail = figureDetail(name, figure);
  return (
    <Tooltip label={detail} withArrow events={TOOLTIP_EVENTS} disabled={!spec.basis}>
      <Stack gap={0} data-status="SHOWN" tabIndex={spec.basis ? 0 : undefined}>
        <Group gap={4} wrap="nowrap" align="baseline">
          <Text span fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {spec.format(figure.value)}
          </Text>
          {spec.unit && (
            <Text span size="xs" c="dimmed">
              {spec.unit}
            </Text>
          )}
        </Group>
        {spec.basis && figure.n != null && (
          <Text size="xs" c="dimmed">
            {nText(figure.n)}
          </Text>
        )}
      </Stack>
    </Tooltip>
  );
}
