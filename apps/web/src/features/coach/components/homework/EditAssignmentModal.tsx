import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { CoachAssignmentFieldsFragment } from '../../../../gql/graphql';
import { FormErrorAlert } from '../../../../shared/components/FormErrorAlert';
import { applyApiErrors } from '../../../../shared/errors';
import { updateAssignmentMutation } from '../../graphql/couple';
import { focusFirstError } from '../../../../shared/forms/focus-error';
import {
  sameSchedule,
  scheduleInput,
  scheduleRename,
  scheduleValuesOf,
  type ScheduleValues,
} from '../../lib/schedule';
import { ScheduleFields } from '../ScheduleFields';

interface Values extends ScheduleValues {
  note: string;
}

const FIELDS = ['note', 'kind', 'dueDate', 'startDate', 'endDate', 'timesPerWeek', 'weekdays'];

/** Changes the note or the schedule; a new schedule applies to tasks from today on. */
export function EditAssignmentModal({
  assignment,
  today,
  onClose,
}: {
  assignment: CoachAssignmentFieldsFragment | null;
  today: string;
  onClose: () => void;
}) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  return (
    <Modal
      opened={assignment !== null}
      onClose={onClose}
      title={assignment ? `Edit “${assignment.exercise.title}”` : ''}
      size="lg"
      fullScreen={phone}
    >
      {assignment && (
        <EditForm key={assignment.id} assignment={assignment} today={today} onDone={onClose} />
      )}
    </Modal>
  );
}

function EditForm({
  assignment,
  today,
  onDone,
}: {
  assignment: CoachAssignmentFieldsFragment;
  today: string;
  onDone: () => void;
}) {
  const [update, { loading }] = useMutation(updateAssignmentMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const initial = scheduleValuesOf(assignment.schedule, today);
  const form = useForm<Values>({ initialValues: { note: assignment.note, ...initial } });
  const formRef = useRef<HTMLFormElement>(null);

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    const schedule = scheduleInput(v);
    const changed = !sameSchedule(schedule, scheduleInput(initial));
    try {
      await update({
        variables: {
          id: assignment.id,
          input: { note: v.note.trim(), ...(changed ? { schedule } : {}) },
        },
        refetchQueries: ['CoachCoupleHomework', 'CoachCouple'],
        awaitRefetchQueries: true,
      });
      notifications.show({
        color: 'teal',
        message: `“${assignment.exercise.title}” updated${changed ? ': the new schedule applies from today' : ''}.`,
      });
      onDone();
    } catch (error) {
      setFormError(applyApiErrors(form, error, FIELDS, scheduleRename('schedule.')));
      focusFirstError(formRef.current);
    }
  });

  return (
    <form onSubmit={submit} noValidate ref={formRef}>
      <Stack gap="md">
        <FormErrorAlert message={formError} />
        <Textarea
          label="Note to the couple"
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
          {...form.getInputProps('note')}
        />
        <ScheduleFields form={form} minDate={today} />
        <Text size="xs" c="dimmed">
          Tasks before today and anything already done stay as they are.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
