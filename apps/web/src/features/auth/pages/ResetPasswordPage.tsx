import { useMutation } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH } from '@hearth/domain';
import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCircleCheck, IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { applyApiErrors, fieldErrors } from '../../../shared/errors';
import { AuthLayout } from '../components/AuthLayout';
import { resetPasswordMutation } from '../graphql/password-reset';

type Outcome = 'form' | 'done' | 'invalid';

/** The emailed link: choose a new password; every session of the person ends. */
export default function ResetPasswordPage() {
  useDocumentTitle('Choose a new password · Hearth');
  const { token = '' } = useParams();
  const [reset, { loading }] = useMutation(resetPasswordMutation);
  const [outcome, setOutcome] = useState<Outcome>('form');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) =>
        v.length >= PASSWORD_MIN_LENGTH
          ? null
          : `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`,
      confirm: (v, values) => (v === values.password ? null : 'The two passwords differ.'),
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await reset({ variables: { token, password } });
      setOutcome('done');
    } catch (error) {
      if (fieldErrors(error).some((f) => f.field === 'token')) setOutcome('invalid');
      else setFormError(applyApiErrors(form, error, ['password']));
    }
  });

  let content;
  if (outcome === 'done') {
    content = (
      <Stack gap="md" align="flex-start" role="status">
        <IconCircleCheck size={32} color="var(--mantine-color-hearth-7)" aria-hidden />
        <Title order={1} fz={22}>
          Your password is changed
        </Title>
        <Text size="sm">You were signed out everywhere. Sign in with the new password.</Text>
        <Button component={Link} to="/login">
          Sign in
        </Button>
      </Stack>
    );
  } else if (outcome === 'invalid') {
    content = (
      <Stack gap="md" align="flex-start">
        <IconLinkOff size={32} color="var(--mantine-color-clay-6)" aria-hidden />
        <Title order={1} fz={22}>
          This reset link can't be used
        </Title>
        <Text size="sm" c="dimmed">
          It may have been used already or expired (links last one hour). Ask for a new one.
        </Text>
        <Button component={Link} to="/forgot-password" variant="light">
          Ask for a new link
        </Button>
      </Stack>
    );
  } else {
    content = (
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={1} fz={24}>
            Choose a new password
          </Title>
          <FormErrorAlert message={formError} />
          <PasswordInput
            label="New password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            autoComplete="new-password"
            autoFocus
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="The same again"
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" fullWidth size="md" loading={loading}>
            Save the new password
          </Button>
        </Stack>
      </form>
    );
  }
  return (
    <AuthLayout
      footer={
        <Text component={Link} to="/login" inherit c="hearth.8" fw={500}>
          Back to sign in
        </Text>
      }
    >
      {content}
    </AuthLayout>
  );
}
