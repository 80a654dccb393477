import { useMutation } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmModal } from '../../../shared/components/ConfirmModal';
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
  const [deactivate] = useMutation(deactivateCoachMutation);
  return (
    <ConfirmModal
      onClose={onClose}
      request={
        coach && {
          title: `Deactivate ${coach.displayName}?`,
          confirmLabel: 'Deactivate',
          problemTitle: 'Not deactivated',
          body: (
            <Stack gap="xs">
              <Text size="sm">
                {coach.displayName} will be signed out straight away and can no longer sign in to
                this clinic. Their past work stays on record.
              </Text>
              {coach.activeCouples > 0 && (
                <Text size="sm" c="dimmed">
                  They still coach {coach.activeCouples} couple(s): reassign them in the roster
                  first.
                </Text>
              )}
            </Stack>
          ),
          run: async () => {
            await deactivate({ variables: { id: coach.id } });
            notifications.show({
              color: 'hearth',
              title: 'Coach deactivated',
              message: `${coach.displayName} can no longer sign in to this clinic.`,
            });
          },
        }
      }
    />
  );
}
