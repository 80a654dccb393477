import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';

/** Says that answers from an unsent draft were put back, with a way to start afresh. */
export function DraftRestoredAlert({
  message,
  onStartAgain,
}: {
  message: string;
  onStartAgain: () => void;
}) {
  return (
    <Alert color="hearth" variant="light" icon={<IconHistory aria-hidden />}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="white" onClick={onStartAgain}>
          Start again
        </Button>
      </Group>
    </Alert>
  );
}
