import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { InvitationLinkFieldsFragment } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { applyApiErrors } from '../../../shared/errors';
import { InvitationLinks } from '../../../shared/couples/components/InvitationLinks';
import { clinicCoachesQuery, inviteCoachMutation } from '../graphql/clinic';

export function InviteCoachModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [link, setLink] = useState<InvitationLinkFieldsFragment | null>(null);
  const close = () => {
    onClose();
    window.setTimeout(() => setLink(null), 200);
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={link ? `Invitation for ${link.displayName}` : 'Invite a coach'}
      size="lg"
    >
      {link ? (
        <Stack gap="md">
          <Alert color="hearth" variant="light">
            Send this link to {link.displayName}. It works once: they choose a password and join the
            clinic as a coach.
          </Alert>
          <InvitationLinks links={[link]} />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <InviteCoachForm onCancel={close} onInvited={setLink} />
      )}
    </Modal>
  );
}

function InviteCoachForm({
  onCancel,
  onInvited,
}: {
  onCancel: () => void;
  onInvited: (link: InvitationLinkFieldsFragment) => void;
}) {
  const [invite, { loading }] = useMutation(inviteCoachMutation, {
    refetchQueries: [clinicCoachesQuery],
  });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { displayName: '', email: '' },
    validate: {
      displayName: (v) => (v.trim() ? null : 'Enter a name.'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter a valid email address.'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await invite({
        variables: {
          input: { displayName: values.displayName.trim(), email: values.email.trim() },
        },
      });
      if (!data) return;
      notifications.show({
        color: 'hearth',
        title: 'Coach invited',
        message: `Pass the link on to ${data.inviteCoach.displayName}.`,
      });
      onInvited(data.inviteCoach);
    } catch (error) {
      setFormError(applyApiErrors(form, error, ['displayName', 'email']));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={formError} />
        <TextInput label="Name" data-autofocus {...form.getInputProps('displayName')} />
        <TextInput label="Email" type="email" {...form.getInputProps('email')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create invitation link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
