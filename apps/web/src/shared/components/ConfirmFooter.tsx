import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/**
 * The end of a confirming dialog: what went wrong (announced to screen readers), then
 * Cancel and the action. One place, so every dialog says "not done" the same way.
 */
export function ConfirmFooter({
  problem,
  problemTitle,
  confirmLabel,
  color,
  loading,
  onCancel,
  onConfirm,
}: {
  problem: string | null;
  problemTitle: string;
  confirmLabel: string;
  color?: string;
  loading: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <>
      {problem && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={problemTitle}
          role="alert"
        >
          {problem}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button color={color} loading={loading} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </>
  );
}
