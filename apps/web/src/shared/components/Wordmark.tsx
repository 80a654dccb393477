import { Group, Text } from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';

export function Wordmark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const lg = size === 'lg';
  return (
    <Group gap={8} wrap="nowrap">
      <IconFlame size={lg ? 30 : 24} stroke={1.8} color="var(--mantine-color-clay-6)" aria-hidden />
      <Text
        component="span"
        fw={700}
        fz={lg ? 26 : 20}
        c="hearth.9"
        style={{ letterSpacing: '-0.02em' }}
      >
        Hearth
      </Text>
    </Group>
  );
}
