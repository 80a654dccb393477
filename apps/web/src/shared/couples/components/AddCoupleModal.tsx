import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useViewer } from '../../auth/auth-context';
import type { CreateCoupleMutation } from '../../../gql/graphql';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { applyApiErrors } from '../../errors';
import { todayIn } from '../../format';
import { createCoupleMutation } from '../graphql/couples';
import { InvitationLinks } from './InvitationLinks';
import '@mantine/dates/styles.css';

export interface CoachOption {
  value: string;
  label: string;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Admins choose the couple's coach; a coach always adds to their own caseload. */
  coaches?: CoachOption[];
  /** The page's own queries, refetched so the new couple shows up. */
  refetchQueries: DocumentNode[];
}

const FIELDS = [
  'label',
  'partnerA.displayName',
  'partnerA.email',
  'partnerB.displayName',
  'partnerB.email',
  'intakeDate',
  'timeZone',
  'coachId',
] as const;

const email = (v: string) =>
  /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter a valid email address.';
const name = (v: string) => (v.trim() ? null : 'Enter a name.');

export function AddCoupleModal({ opened, onClose, coaches, refetchQueries }: Props) {
  const [created, setCreated] = useState<CreateCoupleMutation['createCouple'] | null>(null);
  const close = () => {
    onClose();
    // Let the closing transition finish before the form comes back.
    window.setTimeout(() => setCreated(null), 200);
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? `${created.couple.label} added` : 'Add a couple'}
      size="lg"
    >
      {created ? (
        <Created result={created} onDone={close} />
      ) : (
        <AddCoupleForm
          coaches={coaches}
          refetchQueries={refetchQueries}
          onCancel={close}
          onCreated={setCreated}
        />
      )}
    </Modal>
  );
}

function Created({
  result,
  onDone,
}: {
  result: CreateCoupleMutation['createCouple'];
  onDone: () => void;
}) {
  return (
    <Stack gap="md">
      <Alert color="hearth" variant="light" icon={<IconCircleCheck aria-hidden />}>
        Send each partner their own link (by text or email). Each link works once; when they open it
        they choose a password and land on their homework page.
      </Alert>
      <InvitationLinks links={result.invitations} />
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

function AddCoupleForm({
  coaches,
  refetchQueries,
  onCancel,
  onCreated,
}: {
  coaches?: CoachOption[];
  refetchQueries: DocumentNode[];
  onCancel: () => void;
  onCreated: (result: CreateCoupleMutation['createCouple']) => void;
}) {
  const viewer = useViewer();
  const [createCouple, { loading }] = useMutation(createCoupleMutation, { refetchQueries });
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm({
    initialValues: {
      label: '',
      partnerA: { displayName: '', email: '' },
      partnerB: { displayName: '', email: '' },
      intakeDate: todayIn(viewer.clinic.timeZone) as string | null,
      timeZone: viewer.clinic.timeZone as string | null,
      coachId: null as string | null,
    },
    validate: {
      partnerA: { displayName: name, email },
      partnerB: { displayName: name, email },
      coachId: (v) => (coaches && !v ? 'Choose a coach for this couple.' : null),
    },
  });

  const suggestedLabel =
    form.values.partnerA.displayName.trim() && form.values.partnerB.displayName.trim()
      ? `${form.values.partnerA.displayName.trim()} & ${form.values.partnerB.displayName.trim()}`
      : '';

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await createCouple({
        variables: {
          input: {
            label: values.label.trim() || suggestedLabel,
            partnerA: {
              displayName: values.partnerA.displayName.trim(),
              email: values.partnerA.email.trim(),
            },
            partnerB: {
              displayName: values.partnerB.displayName.trim(),
              email: values.partnerB.email.trim(),
            },
            intakeDate: values.intakeDate || null,
            timeZone: values.timeZone || null,
            coachId: coaches ? values.coachId : null,
          },
        },
      });
      if (!data) return;
      notifications.show({
        color: 'hearth',
        title: 'Couple added',
        message: `${data.createCouple.couple.label}: both partners have an invitation link.`,
      });
      onCreated(data.createCouple);
    } catch (error) {
      setFormError(applyApiErrors(form, error, FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Fieldset legend="Partner A" variant="filled">
            <Stack gap="sm">
              <TextInput
                label="Name"
                data-autofocus
                {...form.getInputProps('partnerA.displayName')}
              />
              <TextInput label="Email" type="email" {...form.getInputProps('partnerA.email')} />
            </Stack>
          </Fieldset>
          <Fieldset legend="Partner B" variant="filled">
            <Stack gap="sm">
              <TextInput label="Name" {...form.getInputProps('partnerB.displayName')} />
              <TextInput label="Email" type="email" {...form.getInputProps('partnerB.email')} />
            </Stack>
          </Fieldset>
        </SimpleGrid>
        <TextInput
          label="Label"
          description="How you refer to the couple. Leave empty to use both names."
          placeholder={suggestedLabel || 'e.g. Alex & Sam'}
          {...form.getInputProps('label')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateInput
            label="Intake date"
            valueFormat="D MMM YYYY"
            clearable
            {...form.getInputProps('intakeDate')}
          />
          <TimeZoneSelect
            label="Time zone"
            description="Homework days follow this time zone."
            {...form.getInputProps('timeZone')}
          />
        </SimpleGrid>
        {coaches && (
          <Select
            label="Coach"
            placeholder="Choose a coach"
            data={coaches}
            searchable
            {...form.getInputProps('coachId')}
          />
        )}
        <Text size="xs" c="dimmed">
          Both partners get an invitation link to pass on. Nothing is sent automatically.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Add couple
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
