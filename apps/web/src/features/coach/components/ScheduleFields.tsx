import {
  Chip,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { SCHEDULE_KIND_OPTIONS, WEEKDAY_OPTIONS } from '../../../shared/schedule-labels';
import type { ScheduleValues } from '../lib/schedule';
import '@mantine/dates/styles.css';

/**
 * Once by a date, daily, N times a week or on set weekdays, between two dates (the couple's
 * local dates). Used by the assign and the edit dialogs.
 */
export function ScheduleFields<T extends ScheduleValues>({
  form,
  minDate,
}: {
  form: UseFormReturnType<T>;
  /** The couple's today: nothing can be due before it. */
  minDate?: string;
}) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const kind = form.getValues().kind;
  const kindProps = form.getInputProps('kind');
  const weekdays = form.getInputProps('weekdays');
  return (
    <Stack gap="sm">
      <Input.Wrapper label="How often" error={kindProps.error as string | undefined}>
        <SegmentedControl
          fullWidth
          // Four choices don't fit side by side on a phone.
          orientation={phone ? 'vertical' : 'horizontal'}
          data={SCHEDULE_KIND_OPTIONS}
          value={kindProps.value as string}
          onChange={kindProps.onChange}
          aria-label="How often"
          mt={4}
        />
      </Input.Wrapper>
      {kind === 'ONCE' ? (
        <DateInput
          label="Due by"
          valueFormat="ddd D MMM YYYY"
          minDate={minDate}
          firstDayOfWeek={1}
          {...form.getInputProps('dueDate')}
        />
      ) : (
        <>
          {kind === 'N_PER_WEEK' && (
            <NumberInput
              label="Times a week"
              min={1}
              max={7}
              clampBehavior="strict"
              allowDecimal={false}
              w={160}
              {...form.getInputProps('timesPerWeek')}
            />
          )}
          {kind === 'WEEKLY' && (
            <Input.Wrapper label="On" error={weekdays.error as string | undefined}>
              <Chip.Group multiple value={weekdays.value as string[]} onChange={weekdays.onChange}>
                <Group gap={6} mt={4} role="group" aria-label="Weekdays">
                  {WEEKDAY_OPTIONS.map((d) => (
                    <Chip key={d.value} value={d.value} size="sm" variant="outline">
                      {d.label}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Input.Wrapper>
          )}
          <SimpleGrid cols={2} spacing="sm">
            <DateInput
              label="Starts"
              valueFormat="ddd D MMM YYYY"
              firstDayOfWeek={1}
              {...form.getInputProps('startDate')}
            />
            <DateInput
              label="Ends"
              valueFormat="ddd D MMM YYYY"
              minDate={minDate}
              firstDayOfWeek={1}
              {...form.getInputProps('endDate')}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
