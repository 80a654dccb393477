import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconAlertCircle } from '@tabler/icons-react';
import type { SaveFailure } from '../../../shared/forms/useDraftedSubmit';

/** Shown under a client form whose submit failed; the typed answers stay in the form. */
export function NotSavedAlert({
  error,
  onRetry,
  action,
}: {
  error: SaveFailure;
  onRetry: () => void;
  /** What to do instead, when trying again cannot work (e.g. the task moved). */
  action?: ReactNode;
}) {
  return (
    <Alert
      color="red"
      variant="light"
      title="Not saved yet"
      icon={<IconAlertCircle aria-hidden />}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        {action}
        {error.retry && (
          <>
            <Text size="sm">Your answers are still here and kept on this phone.</Text>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              Try again
            </Button>
          </>
        )}
      </Stack>
    </Alert>
  );
}
