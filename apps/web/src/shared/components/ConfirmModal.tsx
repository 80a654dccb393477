import { Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../errors';
import { ConfirmFooter } from './ConfirmFooter';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  color?: string;
  /** The alert's title when the action is refused; "Not done" unless said. */
  problemTitle?: string;
  /** Throws on failure; the API's message (a CONFLICT, say) is shown in the dialog. */
  run: () => Promise<void>;
}

/** Asks before an action that cannot be undone, and explains in place when it is refused. */
export function ConfirmModal({
  request,
  onClose,
}: {
  request: ConfirmRequest | null;
  onClose: () => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setProblem(null);
    onClose();
  };
  const confirm = async () => {
    if (!request) return;
    setProblem(null);
    setBusy(true);
    try {
      await request.run();
      close();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={request !== null} onClose={close} title={request?.title ?? ''}>
      {request && (
        <Stack gap="md">
          <Text size="sm" component="div">
            {request.body}
          </Text>
          <ConfirmFooter
            problem={problem}
            problemTitle={request.problemTitle ?? 'Not done'}
            confirmLabel={request.confirmLabel}
            color={request.color ?? 'red'}
            loading={busy}
            onCancel={close}
            onConfirm={() => void confirm()}
          />
        </Stack>
      )}
    </Modal>
  );
}
