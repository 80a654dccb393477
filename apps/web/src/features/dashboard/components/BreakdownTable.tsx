import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Figure } from '../lib/figures';
import { FigureCell } from './FigureValue';

export interface BreakdownRow {
  key: string;
  label: ReactNode;
  couples: Figure;
  completionRate: Figure;
  meanHelpfulness: Figure;
  meanClosenessChange: Figure;
}

/**
 * Homework figures per coach or per exercise, with the whole clinic as the last line (the
 * table's totals are the summary's figures).
 */
export function BreakdownTable({
  rowHeader,
  rows,
  total,
  k,
  testId,
}: {
  rowHeader: string;
  rows: BreakdownRow[];
  total: Omit<BreakdownRow, 'key' | 'label'>;
  k: number;
  testId: string;
}) {
  const cells = (r: Omit<BreakdownRow, 'key' | 'label'>) => (
    <>
      <Table.Td>
        <FigureCell name="couplesWithHomework" figure={r.couples} k={k} />
      </Table.Td>
      <Table.Td>
        <FigureCell name="completionRate" figure={r.completionRate} k={k} />
      </Table.Td>
      <Table.Td>
        <FigureCell name="meanHelpfulness" figure={r.meanHelpfulness} k={k} />
      </Table.Td>
      <Table.Td>
        <FigureCell name="meanClosenessChange" figure={r.meanClosenessChange} k={k} />
      </Table.Td>
    </>
  );
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{rowHeader}</Table.Th>
            <Table.Th>Couples with homework (n)</Table.Th>
            <Table.Th>Completion rate</Table.Th>
            <Table.Th>Mean helpfulness</Table.Th>
            <Table.Th>Mean closeness change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-testid="dashboard-row">
              <Table.Th scope="row" fw={500}>
                {r.label}
              </Table.Th>
              {cells(r)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr bg="var(--mantine-color-gray-0)">
            <Table.Th scope="row">
              <Text fw={600} size="sm">
                Whole clinic
              </Text>
            </Table.Th>
            {cells(total)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
