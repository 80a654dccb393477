import { Container, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { hasRole, useViewer } from '../../../shared/auth/auth-context';
import { PageHeader } from '../../../shared/components/PageHeader';
import { SessionsSection } from '../components/SessionsSection';
import { TwoFactorSection } from '../components/TwoFactorSection';

export default function AccountSecurityPage() {
  useDocumentTitle('Account security · Hearth');
  const viewer = useViewer();
  // Two-factor is offered to staff; everyone sees and manages their sessions.
  const staff = hasRole(viewer, 'COACH') || hasRole(viewer, 'CLINIC_ADMIN');
  return (
    <Container size="md" py="xl">
      <PageHeader title="Account security" description={`Signed in as ${viewer.email}.`} />
      <Stack gap="lg">
        {staff && <TwoFactorSection />}
        <SessionsSection />
      </Stack>
    </Container>
  );
}
