import { Group, Loader, Text } from '@mantine/core';
import { IconCircleCheck, IconCloudOff } from '@tabler/icons-react';
import type { SaveState } from '../../../shared/forms/useSaveStatus';

/** One line, announced politely: Saving… / Offline — will retry / Saved. */
export function SaveStatus({ state }: { state: SaveState }) {
  let content = null;
  if (state === 'saving') {
    content = (
      <>
        <Loader size={14} aria-hidden />
        <Text size="sm" c="dimmed">
          Saving…
        </Text>
      </>
    );
  } else if (state === 'offline') {
    content = (
      <>
        <IconCloudOff size={16} color="var(--mantine-color-orange-7)" aria-hidden />
        <Text size="sm" c="orange.9">
          Offline — will retry. Your answers are safe on this phone.
        </Text>
      </>
    );
  } else if (state === 'saved') {
    content = (
      <>
        <IconCircleCheck size={16} color="var(--mantine-color-hearth-7)" aria-hidden />
        <Text size="sm" c="hearth.9">
          Saved
        </Text>
      </>
    );
  }
  return (
    <Group
      gap={6}
      wrap="nowrap"
      role="status"
      aria-live="polite"
      mih={22}
      data-testid="save-status"
    >
      {content}
    </Group>
  );
}
