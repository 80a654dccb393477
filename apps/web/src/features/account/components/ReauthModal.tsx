import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { applyApiErrors } from '../../../shared/errors';

/** Asks for the password before a sensitive change (two-factor off, new recovery codes). */
export function ReauthModal({
  opened,
  title,
  description,
  confirmLabel,
  danger,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  danger?: boolean;
  onClose: () => void;
  onConfirm: (password: string) => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : 'Enter your password.') },
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ password }) => {
    setBusy(true);
    setFormError(null);
    try {
      await onConfirm(password);
      form.reset();
    } catch (error) {
      setFormError(applyApiErrors(form, error, ['password']));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{description}</Text>
          <FormErrorAlert message={formError} />
          <PasswordInput
            label="Your password"
            autoComplete="current-password"
            data-autofocus
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={busy}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
