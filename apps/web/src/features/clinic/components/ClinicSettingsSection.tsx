import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useViewer } from '../../../shared/auth/auth-context';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { SectionCard } from '../../../shared/components/SectionCard';
import { TimeZoneSelect } from '../../../shared/components/TimeZoneSelect';
import { applyApiErrors } from '../../../shared/errors';
import { updateClinicMutation } from '../graphql/clinic';
import { TwoFactorRequirementSwitch } from './TwoFactorRequirementSwitch';

export function ClinicSettingsSection() {
  const { clinic } = useViewer();
  const [updateClinic, { loading }] = useMutation(updateClinicMutation);
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm({
    initialValues: {
      name: clinic.name,
      timeZone: clinic.timeZone as string | null,
      smallCellK: clinic.smallCellK as number | string,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter the clinic name.'),
      timeZone: (v) => (v ? null : 'Choose a time zone.'),
      smallCellK: (v) => {
        const k = Number(v);
        return Number.isInteger(k) && k >= 2 && k <= 100
          ? null
          : 'Use a whole number from 2 to 100.';
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await updateClinic({
        variables: {
          input: {
            name: values.name.trim(),
            timeZone: values.timeZone ?? '',
            smallCellK: Number(values.smallCellK),
          },
        },
      });
      if (!data) return;
      // The saved values become the new baseline, so the form is no longer "changed".
      form.setInitialValues({
        name: data.updateClinic.name,
        timeZone: data.updateClinic.timeZone,
        smallCellK: data.updateClinic.smallCellK,
      });
      form.reset();
      notifications.show({ color: 'hearth', message: 'Clinic settings saved.' });
    } catch (error) {
      setFormError(applyApiErrors(form, error, ['name', 'timeZone', 'smallCellK']));
    }
  });

  return (
    <SectionCard
      id="settings"
      title="Clinic settings"
      description="Used for new couples and for the clinic's reports."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert message={formError} />
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            <TextInput
              label="Clinic name"
              description="Shown to coaches and clients."
              {...form.getInputProps('name')}
            />
            <TimeZoneSelect
              label="Time zone"
              description="The default for new couples."
              {...form.getInputProps('timeZone')}
            />
            <NumberInput
              label="Smallest group shown in reports (k)"
              description="Figures about fewer couples are hidden, so no one can be singled out."
              min={2}
              max={100}
              allowDecimal={false}
              {...form.getInputProps('smallCellK')}
            />
          </SimpleGrid>
          <TwoFactorRequirementSwitch />
          <Group justify="flex-end">
            <Button type="submit" loading={loading} disabled={!form.isDirty()}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
