import { useMutation, useQuery } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH } from '@hearth/domain';
import { Button, PasswordInput, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../shared/auth/auth-context';
import type { InvitationQuery, Role } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { InlineLoader, QueryErrorAlert } from '../../../shared/components/PageStates';
import { applyApiErrors } from '../../../shared/errors';
import { AuthLayout } from '../components/AuthLayout';
import { acceptInvitationMutation, invitationQuery } from '../graphql/invitation';

type Preview = NonNullable<InvitationQuery['invitation']>;

const ROLE_NAME: Record<Role, string> = {
  CLIENT: 'a client',
  COACH: 'a coach',
  CLINIC_ADMIN: 'an admin',
};

const ROLE_INTRO: Record<Role, string> = {
  CLIENT:
    'Your coach uses Hearth for the homework between sessions: short exercises for the two of you and a quick daily check-in.',
  COACH: 'You have been invited to join as a coach: add couples and assign homework.',
  CLINIC_ADMIN: 'You have been invited to help run this clinic on Hearth.',
};

export default function AcceptInvitationPage() {
  useDocumentTitle('Your invitation · Hearth');
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(invitationQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });

  // Once accepted, the link is spent: keep the preview off screen while we move on.
  const [accepted, setAccepted] = useState(false);

  let content;
  if (accepted) {
    content = <InlineLoader label="Signing you in" />;
  } else if (loading && !data) {
    content = (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={28} width="70%" />
        <Skeleton height={48} />
        <Skeleton height={36} />
        <Skeleton height={36} />
        <Skeleton height={42} />
      </Stack>
    );
  } else if (error) {
    content = (
      <QueryErrorAlert
        title="We couldn't open this invitation"
        error={error}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data?.invitation) {
    content = <InvalidInvitation />;
  } else {
    content = (
      <AcceptForm token={token} preview={data.invitation} onAccepted={() => setAccepted(true)} />
    );
  }

  return (
    <AuthLayout
      footer={
        <>
          Already joined?{' '}
          <Text component={Link} to="/login" inherit c="hearth.8" fw={500}>
            Sign in
          </Text>
        </>
      }
    >
      {content}
    </AuthLayout>
  );
}

function InvalidInvitation() {
  return (
    <Stack gap="md" align="flex-start">
      <IconLinkOff size={32} color="var(--mantine-color-clay-6)" aria-hidden />
      <Title order={1} fz={22}>
        This invitation link can't be used
      </Title>
      <Text c="dimmed" size="sm">
        It may have been used already, replaced by a newer link, or expired (links last 7 days). Ask
        your coach or clinic to send you a new one.
      </Text>
      <Button component={Link} to="/login" variant="light">
        Go to sign in
      </Button>
    </Stack>
  );
}

function AcceptForm({
  token,
  preview,
  onAccepted,
}: {
  token: string;
  preview: Preview;
  onAccepted: () => void;
}) {
  const { signedIn } = useAuth();
  const navigate = useNavigate();
  const [accept, { loading }] = useMutation(acceptInvitationMutation);
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm({
    initialValues: { displayName: preview.displayName, password: '' },
    validate: {
      displayName: (v) => (v.trim().length > 0 ? null : 'Enter the name you would like to use.'),
      // The API does not say whether the email has an account (that would tell the inviter
      // too): an existing account's password is checked on accepting, a new one must be long
      // enough.
      password: (v) => (v.length > 0 ? null : 'Enter a password.'),
    },
  });

  const submit = form.onSubmit(async ({ displayName, password }) => {
    setFormError(null);
    try {
      const { data } = await accept({
        variables: { token, password, displayName: displayName.trim() },
      });
      if (!data) return;
      onAccepted();
      signedIn(data.acceptInvitation);
      notifications.show({
        color: 'hearth',
        title: `Welcome, ${data.acceptInvitation.displayName}`,
        message: `You are now ${ROLE_NAME[preview.role]} at ${preview.clinicName}.`,
      });
      await navigate('/', { replace: true });
    } catch (err) {
      setFormError(applyApiErrors(form, err, ['displayName', 'password']));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <div>
          <Text size="sm" c="hearth.8" fw={600}>
            {preview.clinicName}
          </Text>
          <Title order={1} fz={24} mt={2}>
            Welcome, {preview.displayName}
          </Title>
          <Text c="dimmed" size="sm" mt={6}>
            {ROLE_INTRO[preview.role]}
          </Text>
        </div>
        <FormErrorAlert message={formError} />
        <TextInput
          label="Email"
          value={preview.email}
          readOnly
          variant="filled"
          autoComplete="username"
        />
        <TextInput
          label="Your name"
          description="How your coach and partner will see you. If you already use Hearth, your name stays as it is."
          autoComplete="name"
          {...form.getInputProps('displayName')}
        />
        <PasswordInput
          label="Password"
          description={`New to Hearth? Choose one of at least ${PASSWORD_MIN_LENGTH} characters (a short sentence works well). Already use Hearth with this email? Enter that password.`}
          autoComplete="current-password"
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth size="md" loading={loading}>
          Accept invitation
        </Button>
      </Stack>
    </form>
  );
}
