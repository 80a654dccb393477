import { useMutation } from '@apollo/client/react';
import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../shared/auth/auth-context';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { applyApiErrors } from '../../../shared/errors';
import { AuthLayout } from '../components/AuthLayout';
import { TwoFactorStep } from '../components/TwoFactorStep';
import { loginMutation } from '../graphql/auth';

export default function SignInPage() {
  useDocumentTitle('Sign in · Hearth');
  const { signedIn } = useAuth();
  const [login, { loading }] = useMutation(loginMutation);
  const [formError, setFormError] = useState<string | null>(null);
  // Set once the password was right and the account asks for a code.
  const [challenge, setChallenge] = useState<string | null>(null);

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter the email you were invited with.'),
      password: (v) => (v.length > 0 ? null : 'Enter your password.'),
    },
  });

  const submit = form.onSubmit(async ({ email, password }) => {
    setFormError(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) return;
      if (data.login.twoFactor) {
        setChallenge(data.login.twoFactor.token);
        return;
      }
      // <PublicOnly> takes the person on to `?next=` (or home) once they are signed in.
      if (data.login.viewer) signedIn(data.login.viewer);
    } catch (error) {
      setFormError(applyApiErrors(form, error, ['email', 'password']));
    }
  });

  if (challenge) {
    return (
      <AuthLayout footer="Lost your phone and your recovery codes? Ask your clinic admin for help.">
        <TwoFactorStep
          challenge={challenge}
          onSignedIn={signedIn}
          onStartOver={() => {
            setChallenge(null);
            form.setFieldValue('password', '');
          }}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout footer="Invited by your coach or clinic? Open the link they gave you to set a password.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={1} fz={24}>
              Sign in
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              Welcome back. Homework, check-ins and progress, between sessions.
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
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth size="md" loading={loading}>
            Sign in
          </Button>
          <Text component={Link} to="/forgot-password" size="sm" c="hearth.8" ta="center">
            Forgot your password?
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
