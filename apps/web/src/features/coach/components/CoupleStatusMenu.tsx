import { useMutation } from '@apollo/client/react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import type { CoupleStatus } from '../../../gql/graphql';
import { errorMessage } from '../../../shared/errors';
import { setCoupleStatusMutation } from '../graphql/my-couples';

const ACTIONS: { status: CoupleStatus; label: string; done: string }[] = [
  { status: 'ACTIVE', label: 'Mark active', done: 'is active again' },
  { status: 'PAUSED', label: 'Pause', done: 'is paused' },
  { status: 'CLOSED', label: 'Close', done: 'is closed' },
];

/** The coach pauses, closes or reopens a couple of their caseload. */
export function CoupleStatusMenu({
  coupleId,
  label,
  status,
}: {
  coupleId: string;
  label: string;
  status: CoupleStatus;
}) {
  const [setStatus, { loading }] = useMutation(setCoupleStatusMutation);

  const change = async (next: CoupleStatus, done: string) => {
    try {
      await setStatus({ variables: { coupleId, status: next } });
      notifications.show({ color: 'hearth', message: `${label} ${done}.` });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `Couldn't update ${label}`,
        message: errorMessage(error),
      });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={loading}
          aria-label={`Change status of ${label}`}
        >
          Change status
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {ACTIONS.filter((a) => a.status !== status).map((a) => (
          <Menu.Item key={a.status} onClick={() => void change(a.status, a.done)}>
            {a.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
