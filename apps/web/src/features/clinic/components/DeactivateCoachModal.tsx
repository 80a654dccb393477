import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../shared/errors';
import { deactivateCoachMutation } from '../graphql/clinic';

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
          {problem && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title="Not deactivated"
              role="alert"
            >
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Deactivate
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
