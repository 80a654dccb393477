import { useMutation } from '@apollo/client/react';
import { Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useViewer } from '../../../shared/auth/auth-context';
import { errorMessage } from '../../../shared/errors';
import { setClinicTwoFactorRequirementMutation } from '../graphql/clinic';

/**
 * "Require two-factor for coaches and admins": saved on its own, at once. The API refuses
 * to turn it on until the admin has two-factor themselves (they would be locked out).
 */
export function TwoFactorRequirementSwitch() {
  const { clinic } = useViewer();
  const [save, { loading }] = useMutation(setClinicTwoFactorRequirementMutation);
  const toggle = async (required: boolean) => {
    try {
      await save({ variables: { required } });
      notifications.show({
        color: 'hearth',
        message: required
          ? 'Coaches and admins now need two-factor sign-in.'
          : 'Two-factor sign-in is no longer required.',
      });
    } catch (error) {
      notifications.show({ color: 'red', title: "Couldn't save", message: errorMessage(error) });
    }
  };
  return (
    <Stack gap={4}>
      <Switch
        label="Require two-factor sign-in for coaches and admins"
        checked={clinic.requireTwoFactor}
        disabled={loading}
        onChange={(e) => void toggle(e.currentTarget.checked)}
      />
      <Text size="xs" c="dimmed" pl={54}>
        Anyone without it is asked to set it up at their next step in Hearth. Turn it on for
        yourself first, under Account security.
      </Text>
    </Stack>
  );
}
