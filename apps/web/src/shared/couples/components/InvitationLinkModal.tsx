import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { InvitationLinkFieldsFragment } from '../../../gql/graphql';
import { InvitationLinks } from './InvitationLinks';

/** Shows one freshly issued invitation link, with a note on what to do with it. */
export function InvitationLinkModal({
  link,
  title,
  note,
  onClose,
}: {
  link: InvitationLinkFieldsFragment | null;
  title: string;
  note: ReactNode;
  onClose: () => void;
}) {
  return (
    <Modal opened={link !== null} onClose={onClose} title={title} size="lg">
      {link && (
        <Stack gap="md">
          <Alert color="hearth" variant="light">
            {note}
          </Alert>
          <InvitationLinks links={[link]} />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
