import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

function allTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** IANA time zones the browser knows, searchable; keeps the current value even if unknown. */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const { value } = props;
  const data = useMemo(() => {
    const zones = allTimeZones();
    return value && !zones.includes(value) ? [value, ...zones] : zones;
  }, [value]);
  return (
    <Select
      searchable
      limit={50}
      nothingFoundMessage="No time zone matches"
      allowDeselect={false}
      {...props}
      data={data}
    />
  );
}
