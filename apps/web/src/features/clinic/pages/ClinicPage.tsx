import { useQuery } from '@apollo/client/react';
import { Button, Container, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChartLine } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useViewer } from '../../../shared/auth/auth-context';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ClinicSettingsSection } from '../components/ClinicSettingsSection';
import { CoachesSection } from '../components/CoachesSection';
import { RosterSection } from '../components/RosterSection';
import { clinicCoachesQuery } from '../graphql/clinic';

export default function ClinicPage() {
  useDocumentTitle('Clinic · Hearth');
  const { clinic } = useViewer();
  // Read from the cache CoachesSection fills; the roster needs the coaches for its selects.
  const { data } = useQuery(clinicCoachesQuery, { fetchPolicy: 'cache-first' });

  return (
    <Container size="lg" py="xl">
      <PageHeader
        title="Clinic"
        description={`Coaches, couples and settings of ${clinic.name}.`}
        actions={
          <Button
            component={Link}
            to="/clinic/progress"
            variant="light"
            leftSection={<IconChartLine size={16} aria-hidden />}
          >
            See the clinic's progress
          </Button>
        }
      />
      <Stack gap="lg">
        <CoachesSection />
        <RosterSection coaches={data?.clinicCoaches ?? []} />
        <ClinicSettingsSection />
      </Stack>
    </Container>
  );
}
