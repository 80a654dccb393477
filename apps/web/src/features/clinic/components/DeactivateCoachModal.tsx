import { useMutation } from '@apollo/client/react';
import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../../shared/errors';
import { deactivateCoachMutation } from '../graphql/clinic';
import { ConfirmFooter } from '../../../shared/components/ConfirmFooter';

export interface CoachToDeactivate {
  id: string;
  displayName: string;
  activeCouples: number;
}

/** Asks before deactivating; a CONFLICT (couples still assigned) is explained in place. */
export function DeactivateCoachModal({
  coach,
  onClose,
}: {
  coach: CoachToDeactivate | null;
  onClose: () => void;
}) {
  const [deactivate, { loading }] = useMutation(deactivateCoachMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setProblem(null);
    onClose();
  };

  const confirm = async () => {
    if (!coach) return;
    setProblem(null);
    try {
      await deactivate({ variables: { id: coach.id } });
      notifications.show({
        color: 'hearth',
        title: 'Coach deactivated',
        message: `${coach.displayName} can no longer sign in to this clinic.`,
      });
      close();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Modal
      opened={coach !== null}
      onClose={close}
      title={coach ? `Deactivate ${coach.displayName}?` : ''}
    >
      {coach && (
        <Stack gap="md">
          <Text size="sm">
            {coach.displayName} will be signed out straight away and can no longer sign in to this
            clinic. Their past work stays on record.
          </Text>
          {coach.activeCouples > 0 && !problem && (
            <Text size="sm" c="dimmed">
              They still coach {coach.activeCouples} couple(s): reassign them in the roster first.
            </Text>
          )}
          <ConfirmFooter
            problem={problem}
            problemTitle="Not deactivated"
            confirmLabel="Deactivate"
            color="red"
            loading={loading}
            onCancel={close}
            onConfirm={() => void confirm()}
          />
        </Stack>
      )}
    </Modal>
  );
}
