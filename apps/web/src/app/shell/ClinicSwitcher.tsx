import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Menu, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown, IconBuildingCommunity } from '@tabler/icons-react';
import { switchClinicMutation } from '../../features/auth/graphql/auth';
import { errorMessage } from '../../shared/errors';
import { useViewer } from '../../shared/auth/auth-context';

/**
 * The clinic this session acts in. People with active memberships in several clinics get
 * a menu to switch; the session then acts in the other clinic only. After a switch the
 * page is loaded afresh, so nothing cached from the previous clinic can show.
 */
export function ClinicSwitcher() {
  const viewer = useViewer();
  const [switchClinic, { loading }] = useMutation(switchClinicMutation);
  // On a phone the header has room for an icon only; the name is in the menu.
  const wide = useMediaQuery('(min-width: 48em)', true);

  if (viewer.clinics.length < 2) {
    return (
      <Text size="sm" c="dimmed" truncate visibleFrom="sm" data-testid="clinic-name">
        {viewer.clinic.name}
      </Text>
    );
  }

  const choose = async (clinicId: string) => {
    if (clinicId === viewer.clinic.id) return;
    try {
      await switchClinic({ variables: { clinicId } });
      window.location.assign('/');
    } catch (error) {
      notifications.show({ color: 'red', title: "Couldn't switch", message: errorMessage(error) });
    }
  };

  return (
    <Menu position="bottom-start" withinPortal shadow="md">
      <Menu.Target>
        {wide ? (
          <Button
            variant="subtle"
            color="gray"
            size="xs"
            loading={loading}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={`Clinic: ${viewer.clinic.name}. Switch clinic`}
            data-testid="clinic-switcher"
            maw={260}
          >
            <span data-testid="clinic-name">{viewer.clinic.name}</span>
          </Button>
        ) : (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            loading={loading}
            aria-label={`Clinic: ${viewer.clinic.name}. Switch clinic`}
            data-testid="clinic-switcher"
          >
            <IconBuildingCommunity size={18} aria-hidden />
          </ActionIcon>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Switch clinic</Menu.Label>
        {viewer.clinics.map((c) => (
          <Menu.Item
            key={c.id}
            onClick={() => void choose(c.id)}
            rightSection={c.current ? <IconCheck size={14} aria-label="Current" /> : null}
          >
            {c.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
