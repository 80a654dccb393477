import { LineChart } from '@mantine/charts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { CSI4_CLINICAL_CUTOFF, CSI4_MAX_TOTAL, CSI4_MIN_TOTAL, shortDate } from '@hearth/domain';
import type { CoachCoupleProgressQuery } from '../../../../gql/graphql';
import { CSI_CHANGE, PARTNER_COLOR, partnerName, type CouplePartners } from '../../lib/labels';
import '@mantine/charts/styles.css';

type History = CoachCoupleProgressQuery['couple']['csi4History'];

const CHANGE_MARK = {
  RECOVERED: 'Recovered',
  IMPROVED: 'Improved',
  DETERIORATED: 'Deteriorated',
} as const;

/**
 * Each partner's CSI-4 totals over time, the 13.5 cut-off, and where a result is a reliable
 * change from the first (Jacobson & Truax), marked on the point and said in words below.
 */
export function Csi4Chart({
  history,
  couple,
  everyWeeks,
}: {
  history: History;
  couple: CouplePartners;
  everyWeeks: number;
}) {
  const results = history.flatMap((h) => h.results);
  if (results.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No CSI-4 results yet. Each partner is asked for it at intake and every {everyWeeks} weeks
        after, on their homework page.
      </Text>
    );
  }
  const dates = [...new Set(results.map((r) => r.date))].sort();
  const data = dates.map((date) => {
    const row: Record<string, string | number | null> = { date: shortDate(date) };
    for (const h of history) {
      row[h.partner] = h.results.find((r) => r.date === date)?.total ?? null;
    }
    return row;
  });
  const marks = results.flatMap((r) =>
    r.changeFromFirst && r.changeFromFirst !== 'UNCHANGED'
      ? [
          {
            x: shortDate(r.date),
            y: r.total,
            r: 7,
            color: `${CSI_CHANGE[r.changeFromFirst].color}.7`,
            label: CHANGE_MARK[r.changeFromFirst],
            labelPosition: 'bottom' as const,
            ifOverflow: 'visible' as const,
          },
        ]
      : [],
  );

  return (
    <Stack gap="sm">
      <LineChart
        h={240}
        data={data}
        dataKey="date"
        series={history.map((h) => ({
          name: h.partner,
          label: partnerName(couple, h.partner),
          color: `${PARTNER_COLOR[h.partner]}.7`,
        }))}
        // Measures are weeks apart: connecting a partner's results is the honest picture.
        connectNulls
        curveType="linear"
        strokeWidth={2.5}
        dotProps={{ r: 4 }}
        yAxisProps={{
          domain: [CSI4_MIN_TOTAL, CSI4_MAX_TOTAL],
          ticks: [0, 5, 10, 15, 21],
          width: 32,
        }}
        // Room on the right for the label of a change marked on the latest result.
        lineChartProps={{ margin: { top: 8, right: 44, left: 0, bottom: 0 } }}
        referenceLines={[
          {
            y: CSI4_CLINICAL_CUTOFF,
            color: 'red.6',
            strokeDasharray: '6 4',
            label: 'Cut-off 13.5',
            labelPosition: 'insideBottomLeft',
          },
        ]}
        referenceDots={marks}
        data-testid="csi4-chart"
      />
      <Stack gap={6}>
        {history.map((h) => {
          const name = partnerName(couple, h.partner);
          const latest = h.results[h.results.length - 1];
          const change = h.change ? CSI_CHANGE[h.change] : null;
          const rci = latest?.rci;
          return (
            <Group key={h.partner} gap="xs" data-testid={`csi4-summary-${h.partner}`}>
              <svg width={12} height={12} aria-hidden>
                <circle
                  cx={6}
                  cy={6}
                  r={5}
                  fill={`var(--mantine-color-${PARTNER_COLOR[h.partner]}-7)`}
                />
              </svg>
              <Text size="sm" fw={600} c={`${PARTNER_COLOR[h.partner]}.8`}>
                {name}:
              </Text>
              <Text size="sm">
                {h.results.length === 0
                  ? 'no results yet'
                  : h.results.map((r) => r.total).join(' → ')}
              </Text>
              {latest?.belowCutoff && (
                <Badge color="orange" variant="light" size="sm">
                  Below 13.5
                </Badge>
              )}
              {change && (
                <Badge color={change.color} variant="light" size="sm">
                  {change.label}
                  {rci != null && h.change !== 'UNCHANGED' ? ` (RCI ${rci.toFixed(1)})` : ''}
                </Badge>
              )}
              {h.due && (
                <Badge color="blue" variant="outline" size="sm">
                  Due now
                </Badge>
              )}
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
