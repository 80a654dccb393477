import { LineChart } from '@mantine/charts';
import dayjs from 'dayjs';
import { percent } from '../lib/figures';
import type { WeekRow } from '../lib/weeks';
import '@mantine/charts/styles.css';

const pct = (f: WeekRow['completionRate']) =>
  f.status === 'SHOWN' && f.value != null ? Math.round(f.value * 1000) / 10 : null;

/**
 * Completion rate and check-in adherence per week. Hidden or empty weeks are gaps in the
 * lines, never a line drawn through them. Its own chunk, so recharts loads only here.
 */
export default function WeeklyChart({ weeks }: { weeks: WeekRow[] }) {
  const data = weeks.map((w) => ({
    week: dayjs(w.from).format('D MMM'),
    completion: pct(w.completionRate),
    adherence: pct(w.checkinAdherence),
  }));
  return (
    <LineChart
      h={260}
      data={data}
      dataKey="week"
      xAxisLabel="Week starting"
      series={[
        { name: 'completion', label: 'Homework completion', color: 'hearth.6' },
        { name: 'adherence', label: 'Check-in adherence', color: 'clay.6' },
      ]}
      connectNulls={false}
      curveType="linear"
      withLegend
      legendProps={{ verticalAlign: 'top', height: 36 }}
      yAxisProps={{
        domain: [0, 100],
        ticks: [0, 25, 50, 75, 100],
        tickFormatter: (v: number) => `${v}%`,
      }}
      valueFormatter={(v) => percent(v / 100)}
      tooltipAnimationDuration={150}
      dotProps={{ r: 4 }}
      activeDotProps={{ r: 5 }}
    />
  );
}
