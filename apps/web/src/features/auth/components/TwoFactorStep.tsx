import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Viewer } from '../../../shared/auth/auth-context';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { applyApiErrors } from '../../../shared/errors';
import { completeTwoFactorSignInMutation } from '../graphql/auth';

/**
 * The second sign-in step: a 6-digit code from the authenticator app, or one of the
 * recovery codes. The challenge token lives only in memory; "Start over" forgets it.
 */
export function TwoFactorStep({
  challenge,
  onSignedIn,
  onStartOver,
}: {
  challenge: string;
  onSignedIn: (viewer: Viewer) => void;
  onStartOver: () => void;
}) {
  const [complete, { loading }] = useMutation(completeTwoFactorSignInMutation);
  const [useRecovery, setUseRecovery] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (v) =>
        v.trim().length > 0
          ? null
          : useRecovery
            ? 'Enter one of your recovery codes.'
            : 'Enter the 6-digit code.',
    },
  });

  const submit = form.onSubmit(async ({ code }) => {
    setFormError(null);
    try {
      const { data } = await complete({ variables: { challenge, code: code.trim() } });
      if (data) onSignedIn(data.completeTwoFactorSignIn);
    } catch (error) {
      form.setFieldValue('code', '');
      setFormError(applyApiErrors(form, error, ['code']));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <div>
          <Title order={1} fz={24}>
            Two-factor sign-in
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {useRecovery
              ? 'Enter one of the recovery codes you saved. Each works once.'
              : 'Open your authenticator app and enter the 6-digit code for Hearth.'}
          </Text>
        </div>
        <FormErrorAlert message={formError} />
        {useRecovery ? (
          <TextInput
            key="recovery"
            label="Recovery code"
            placeholder="xxxx-xxxx-xxxx-xxxx"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            {...form.getInputProps('code')}
          />
        ) : (
          <TextInput
            key="totp"
            label="Authentication code"
            placeholder="123456"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={8}
            autoFocus
            {...form.getInputProps('code')}
          />
        )}
        <Button type="submit" fullWidth size="md" loading={loading}>
          Verify and sign in
        </Button>
        <Group justify="space-between" gap="xs">
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setUseRecovery((r) => !r);
              form.reset();
              setFormError(null);
            }}
          >
            {useRecovery ? 'Use the code from my app' : 'Use a recovery code instead'}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={onStartOver}>
            Start over
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
