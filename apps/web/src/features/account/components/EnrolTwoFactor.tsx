import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { applyApiErrors, errorMessage } from '../../../shared/errors';
import {
  confirmTwoFactorEnrolmentMutation,
  startTwoFactorEnrolmentMutation,
} from '../graphql/account';
import { QrCode } from './QrCode';
import { RecoveryCodes } from './RecoveryCodes';

/**
 * Setting two-factor up: scan, confirm with a first code, save the recovery codes. With
 * `onConfirmed` the parent shows the codes itself (and may refetch the status at once).
 */
export function EnrolTwoFactor({
  onDone,
  onConfirmed,
}: {
  onDone: () => void;
  onConfirmed?: (codes: string[]) => void;
}) {
  const [start, started] = useMutation(startTwoFactorEnrolmentMutation);
  const [confirm, confirming] = useMutation(confirmTwoFactorEnrolmentMutation);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (/^\d{6}$/.test(v.trim()) ? null : 'Enter the 6-digit code.') },
  });

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;

  const enrolment = started.data?.startTwoFactorEnrolment;
  if (!enrolment) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          You will need an authenticator app on your phone, such as Google Authenticator, Microsoft
          Authenticator, 1Password or Aegis.
        </Text>
        {started.error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorMessage(started.error)}
          </Alert>
        )}
        <Button loading={started.loading} onClick={() => void start().catch(() => undefined)}>
          Set up two-factor sign-in
        </Button>
      </Stack>
    );
  }

  const submit = form.onSubmit(async ({ code }) => {
    setFormError(null);
    try {
      const { data } = await confirm({ variables: { code: code.trim() } });
      if (!data) return;
      if (onConfirmed) onConfirmed(data.confirmTwoFactorEnrolment.codes);
      else setCodes(data.confirmTwoFactorEnrolment.codes);
    } catch (error) {
      setFormError(applyApiErrors(form, error, ['code']));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          1. Scan this code with your authenticator app, or type the key below into it.
        </Text>
        <Group align="flex-start" gap="lg">
          <QrCode value={enrolment.uri} />
          <Stack gap={4} miw={0} style={{ flex: 1 }}>
            <Text size="sm" c="dimmed">
              Key (if you can’t scan)
            </Text>
            <Code block data-testid="two-factor-secret" style={{ wordBreak: 'break-all' }}>
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Code>
          </Stack>
        </Group>
        <Text size="sm">2. Enter the 6-digit code the app shows for Hearth.</Text>
        <FormErrorAlert message={formError} />
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Code from the app"
            placeholder="123456"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            w={180}
            {...form.getInputProps('code')}
          />
          <Button type="submit" loading={confirming.loading}>
            Turn on
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
