import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { OurHistoryQuery } from '../../../gql/graphql';
import '@mantine/charts/styles.css';

type Series = NonNullable<OurHistoryQuery['ourCouple']>['checkinSeries']['partners'][number];

/**
 * The viewer's own closeness, day by day (a gap where there was no check-in), with the
 * 7-day mean the coach also sees. Only the viewer's own series: this is a personal trend.
 */
export function ClosenessChart({ series }: { series: Series }) {
  const data = series.days.map((d) => ({
    date: dayjs(d.date).format('D MMM'),
    closeness: d.ratings?.closeness ?? null,
    mean: d.closenessMean7 === null ? null : Math.round(d.closenessMean7 * 10) / 10,
  }));
  const filed = series.days.filter((d) => d.ratings).length;
  if (filed === 0) {
    return (
      <Text size="sm" c="dimmed">
        Your closeness will show here after your first check-ins.
      </Text>
    );
  }
  return (
    <div role="img" aria-label={`Your closeness on ${filed} days of the last 8 weeks, 1 to 7`}>
      <LineChart
        h={220}
        data={data}
        dataKey="date"
        series={[
          { name: 'closeness', label: 'Closeness that day', color: 'hearth.6' },
          { name: 'mean', label: '7-day average', color: 'clay.5', strokeDasharray: '5 4' },
        ]}
        connectNulls={false}
        curveType="monotone"
        yAxisProps={{ domain: [1, 7], ticks: [1, 4, 7], width: 24 }}
        xAxisProps={{ minTickGap: 24 }}
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 40 }}
        dotProps={{ r: 2 }}
        strokeWidth={2}
      />
    </div>
  );
}
