import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { applyApiErrors } from '../../../shared/errors';
import { AuthLayout } from '../components/AuthLayout';
import { requestPasswordResetMutation } from '../graphql/password-reset';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Forgot your password?": asks for a reset link by email. */
export default function ForgotPasswordPage() {
  useDocumentTitle('Reset your password · Hearth');
  const [requestReset, { loading }] = useMutation(requestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (EMAIL.test(v.trim()) ? null : 'Enter your email address.') },
  });

  const submit = form.onSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (error) {
      setFormError(applyApiErrors(form, error, ['email']));
    }
  });

  const footer = (
    <>
      Remembered it?{' '}
      <Text component={Link} to="/login" inherit c="hearth.8" fw={500}>
        Sign in
      </Text>
    </>
  );

  if (sentTo) {
    return (
      <AuthLayout footer={footer}>
        <Stack gap="md" align="flex-start" role="status">
          <IconMailCheck size={32} color="var(--mantine-color-hearth-7)" aria-hidden />
          <Title order={1} fz={22}>
            Check your email
          </Title>
          <Text size="sm">
            If {sentTo} has a Hearth account, a link to choose a new password is on its way. It
            works once, for one hour.
          </Text>
          <Text size="sm" c="dimmed">
            Nothing arrived after a few minutes? Look in your spam folder, or ask again.
          </Text>
          <Button variant="light" onClick={() => setSentTo(null)}>
            Ask again
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout footer={footer}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={1} fz={24}>
              Reset your password
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              Enter the email you sign in with. We will send you a link to choose a new password.
            </Text>
          </div>
          <FormErrorAlert message={formError} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            inputMode="email"
            autoFocus
            {...form.getInputProps('email')}
          />
          <Button type="submit" fullWidth size="md" loading={loading}>
            Send the link
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
