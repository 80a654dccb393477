import { LineChart } from '@mantine/charts';
import { Group, ScrollArea, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { CHECKIN_ITEMS, rollingMean, shortDate, type CheckinItemId } from '@hearth/domain';
import { useState } from 'react';
import type { CoachCoupleProgressQuery, PartnerSlot } from '../../../../gql/graphql';
import { PARTNER_COLOR, partnerName, type CouplePartners } from '../../lib/labels';
import '@mantine/charts/styles.css';

type Series = CoachCoupleProgressQuery['couple']['checkinSeries'];
type PartnerSeries = Series['partners'][number];

/** A short line (with a dot for daily values) in the legend, drawn like the chart's lines. */
function Swatch({ color, width, dot }: { color: string; width: number; dot?: boolean }) {
  return (
    <svg width={26} height={10} aria-hidden style={{ flexShrink: 0 }}>
      <line x1={1} y1={5} x2={25} y2={5} stroke={color} strokeWidth={width} />
      {dot && <circle cx={13} cy={5} r={3} fill={color} />}
    </svg>
  );
}

/** Days fetched before the shown period so that its first 7-day means are complete. */
export const MEAN_LEAD_DAYS = 6;

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

interface PartnerPoints {
  slot: PartnerSlot;
  values: (number | null)[];
  means: (number | null)[];
}

/** Daily values of one item and their 7-day trailing means (gaps stay gaps). */
function pointsOf(p: PartnerSeries, item: CheckinItemId): PartnerPoints {
  const values = p.days.map((d) => d.ratings?.[item] ?? null);
  // Closeness means come from the API (the same figures the flags use); the other items
  // use the same trailing-mean formula from the domain library.
  const means =
    p.days.length === 0
      ? []
      : item === 'closeness'
        ? p.days.map((d) => d.closenessMean7 ?? null)
        : rollingMean(
            p.days.map((d, i) => ({ date: d.date, value: values[i] ?? null })),
            7,
            { from: p.days[0]!.date, to: p.days[p.days.length - 1]!.date },
          ).map((r) => r.mean);
  return { slot: p.partner, values, means };
}

/** "Alex: today 6 · 7-day mean 5.4", or when the last check-in was. */
function summaryOf(
  couple: CouplePartners,
  p: PartnerSeries,
  points: PartnerPoints,
  today: string,
): string {
  const name = partnerName(couple, p.partner);
  const last = points.values.length - 1;
  const todayIdx = p.days.findIndex((d) => d.date === today);
  const todayValue = todayIdx >= 0 ? points.values[todayIdx] : null;
  let lastIdx = last;
  while (lastIdx >= 0 && points.values[lastIdx] == null) lastIdx--;
  const head =
    todayValue != null
      ? `${name}: today ${fmt(todayValue)}`
      : lastIdx >= 0
        ? `${name}: no check-in today (last ${fmt(points.values[lastIdx]!)} on ${shortDate(p.days[lastIdx]!.date)})`
        : `${name}: no check-ins in this period`;
  const mean = points.means[last];
  return mean != null ? `${head} · 7-day mean ${fmt(mean)}` : head;
}

/**
 * Both partners' daily check-in ratings (thin, dotted points) and 7-day means (thick), one
 * item at a time. Days without a check-in are gaps, never a line drawn through silence.
 */
export function CheckinChart({
  series,
  couple,
  today,
  days,
}: {
  series: Series;
  couple: CouplePartners;
  today: string;
  /** How many of the last days to show (the series may hold a few more, for the means). */
  days: number;
}) {
  const [item, setItem] = useState<CheckinItemId>('closeness');
  const meta = CHECKIN_ITEMS.find((i) => i.id === item)!;
  const partners = series.partners.map((p) => ({ p, points: pointsOf(p, item) }));
  const all = series.partners[0]?.days.map((d) => d.date) ?? [];
  const skip = Math.max(0, all.length - days);
  const dates = all.slice(skip);
  const data = dates.map((date, i) => {
    const row: Record<string, string | number | null> = { date: shortDate(date) };
    for (const { p, points } of partners) {
      row[p.partner] = points.values[skip + i] ?? null;
      row[`${p.partner}mean`] = points.means[skip + i] ?? null;
    }
    return row;
  });
  const lines = partners.flatMap(({ p }) => {
    const name = partnerName(couple, p.partner);
    const color = PARTNER_COLOR[p.partner];
    return [
      { name: p.partner, label: `${name}, daily`, color: `${color}.4` },
      { name: `${p.partner}mean`, label: `${name}, 7-day mean`, color: `${color}.8` },
    ];
  });
  const anyValue = partners.some(({ points }) => points.values.slice(skip).some((v) => v != null));

  return (
    <Stack gap="sm">
      <ScrollArea type="auto" offsetScrollbars="x" scrollbarSize={6}>
        <SegmentedControl
          value={item}
          onChange={(v) => setItem(v as CheckinItemId)}
          data={CHECKIN_ITEMS.map((i) => ({ value: i.id, label: i.label }))}
          aria-label="Check-in item"
          size="xs"
        />
      </ScrollArea>
      <Text size="sm" c="dimmed">
        {meta.question} 1 = {meta.lowAnchor.toLowerCase()}, 7 = {meta.highAnchor.toLowerCase()}
        {meta.reverse ? ' (higher is harder on the relationship).' : '.'}
      </Text>
      <figure
        style={{ margin: 0 }}
        aria-label={`${meta.label}, daily and 7-day means`}
        data-testid="checkin-chart"
      >
        {anyValue ? (
          <LineChart
            h={300}
            data={data}
            dataKey="date"
            series={lines}
            connectNulls={false}
            curveType="linear"
            valueFormatter={fmt}
            yAxisProps={{ domain: [1, 7], ticks: [1, 2, 3, 4, 5, 6, 7], width: 28 }}
            xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 24 }}
            dotProps={{ r: 3 }}
            activeDotProps={{ r: 5 }}
            lineProps={(s) =>
              s.name.endsWith('mean')
                ? { strokeWidth: 3.5, dot: false, activeDot: false }
                : { strokeWidth: 1.25 }
            }
          />
        ) : (
          <Text size="sm" c="dimmed" py="xl" ta="center">
            No check-ins in this period yet.
          </Text>
        )}
        {/* The legend and, per partner, today's value in words: what the chart says, for
            anyone who can't or won't read it off the lines. */}
        <figcaption>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm" data-testid="chart-summary">
            {partners.map(({ p, points }) => {
              const name = partnerName(couple, p.partner);
              const color = PARTNER_COLOR[p.partner];
              return (
                <Stack key={p.partner} gap={2}>
                  <Group gap="md">
                    <Group gap={6} wrap="nowrap">
                      <Swatch color={`var(--mantine-color-${color}-4)`} width={1.5} dot />
                      <Text size="xs">{name}, daily</Text>
                    </Group>
                    <Group gap={6} wrap="nowrap">
                      <Swatch color={`var(--mantine-color-${color}-8)`} width={4} />
                      <Text size="xs">{name}, 7-day mean</Text>
                    </Group>
                  </Group>
                  <Text size="sm" fw={500} data-testid={`chart-summary-${p.partner}`}>
                    {summaryOf(couple, p, points, today)}
                  </Text>
                </Stack>
              );
            })}
          </SimpleGrid>
        </figcaption>
      </figure>
    </Stack>
  );
}
