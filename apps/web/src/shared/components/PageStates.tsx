import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorMessage } from '../errors';

export function FullPageLoader({ label }: { label: string }) {
  return (
    <Center h="100dvh">
      <Stack align="center" gap="sm">
        <Loader aria-hidden />
        <Text c="dimmed" size="sm" role="status">
          {label}…
        </Text>
      </Stack>
    </Center>
  );
}

export function FullPageError({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry: () => void;
}) {
  return (
    <Center h="100dvh" p="md">
      <QueryErrorAlert title={title} message={message} onRetry={onRetry} maw={480} />
    </Center>
  );
}

/** An error while loading something, with a way to try again. */
export function QueryErrorAlert({
  title = "This didn't load",
  error,
  message,
  onRetry,
  maw,
}: {
  title?: string;
  error?: unknown;
  message?: string;
  onRetry?: () => void;
  maw?: number;
}) {
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertCircle aria-hidden />}
      maw={maw}
      w="100%"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message ?? errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Placeholder rows while a list loads; announced once to screen readers. */
export function ListSkeleton({ rows = 3, height = 56 }: { rows?: number; height?: number }) {
  return (
    <Stack gap="sm" aria-busy="true" aria-live="polite">
      <VisuallyHidden>Loading…</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={height} radius="md" />
      ))}
    </Stack>
  );
}

export function InlineLoader({ label }: { label: string }) {
  return (
    <Group gap="xs" role="status">
      <Loader size="xs" aria-hidden />
      <Text size="sm" c="dimmed">
        {label}…
      </Text>
    </Group>
  );
}
