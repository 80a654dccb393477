import { Button, Group, SegmentedControl, Stack, Text, useMatches } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import type { DashboardPreset } from '../../../gql/graphql';
import type { FieldError } from '../../../shared/errors';
import { PRESETS, type PeriodChoice } from '../lib/figures';
import '@mantine/dates/styles.css';

/**
 * Last 4, 12 or 26 weeks (applied at once), or two dates applied with a button. Field
 * errors are the API's (BAD_USER_INPUT on `from`, `to` or `preset`).
 */
export function PeriodPicker({
  value,
  shownFrom,
  shownTo,
  errors,
  onChange,
}: {
  value: PeriodChoice;
  /** The dates of the figures on screen, to start a custom period from. */
  shownFrom?: string;
  shownTo?: string;
  errors: FieldError[];
  onChange: (period: PeriodChoice) => void;
}) {
  const [mode, setMode] = useState<DashboardPreset>(value.preset);
  const [from, setFrom] = useState<string | null>(value.from || shownFrom || null);
  const [to, setTo] = useState<string | null>(value.to || shownTo || null);
  const [missing, setMissing] = useState<{ from?: string; to?: string }>({});
  const errorOf = (field: 'from' | 'to') =>
    missing[field] ??
    (value.preset === 'CUSTOM' ? errors.find((e) => e.field === field)?.message : undefined);
  // Four choices fit a phone's width only at the smaller size.
  const size = useMatches({ base: 'xs', sm: 'sm' });
  const presetError = errors.find((e) => e.field === 'preset')?.message;

  const choose = (next: string) => {
    const preset = PRESETS.find((p) => p.value === next)?.value ?? 'LAST_4_WEEKS';
    setMode(preset);
    setMissing({});
    if (preset === 'CUSTOM') {
      setFrom((f) => f ?? shownFrom ?? null);
      setTo((t) => t ?? shownTo ?? null);
    } else {
      onChange({ preset });
    }
  };

  const apply = () => {
    const gaps = {
      from: from ? undefined : 'Choose the first day.',
      to: to ? undefined : 'Choose the last day.',
    };
    setMissing(gaps);
    if (from && to) onChange({ preset: 'CUSTOM', from, to });
  };

  return (
    <Stack gap="xs">
      <SegmentedControl
        value={mode}
        onChange={choose}
        data={PRESETS.map((p) => ({ value: p.value, label: p.label.replace('Last ', '') }))}
        aria-label="Period"
        size={size}
        fullWidth
        w={{ base: '100%', sm: 'auto' }}
        style={{ alignSelf: 'flex-start' }}
      />
      {presetError && (
        <Text size="sm" c="red" role="alert">
          {presetError}
        </Text>
      )}
      {mode === 'CUSTOM' && (
        <Group align="flex-start" gap="sm" data-testid="custom-period">
          <DateInput
            label="From"
            valueFormat="D MMM YYYY"
            firstDayOfWeek={1}
            value={from}
            onChange={(v) => setFrom(v)}
            error={errorOf('from')}
            w={{ base: '100%', xs: 170 }}
          />
          <DateInput
            label="To"
            valueFormat="D MMM YYYY"
            firstDayOfWeek={1}
            value={to}
            onChange={(v) => setTo(v)}
            error={errorOf('to')}
            w={{ base: '100%', xs: 170 }}
          />
          <Button onClick={apply} mt={{ base: 0, xs: 25 }}>
            Show
          </Button>
        </Group>
      )}
    </Stack>
  );
}
