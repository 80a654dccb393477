import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type {
  AudienceKind,
  CatalogueExerciseCardFieldsFragment,
  PartnerSlot,
} from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { QueryErrorAlert } from '../../../shared/components/PageStates';
import { applyApiErrors } from '../../../shared/errors';
import { focusFirstError } from '../../../shared/forms/focus-error';
import { todayIn } from '../../../shared/format';
import { catalogueExercisesQuery } from '../../../shared/graphql/exercises';
import { describeRule } from '../../../shared/schedule-labels';
import { assignExerciseMutation } from '../graphql/couple';
import { myCouplesQuery } from '../graphql/my-couples';
import { AUDIENCE_LABEL, type CouplePartners } from '../lib/labels';
import {
  SCHEDULE_FIELDS,
  scheduleFromRule,
  scheduleInput,
  scheduleRename,
  type ScheduleValues,
} from '../lib/schedule';
import { ScheduleFields } from './ScheduleFields';

export interface AssignCouple extends CouplePartners {
  id: string;
  label: string;
  today: string;
}

interface Values extends ScheduleValues {
  coupleId: string | null;
  exerciseId: string | null;
  audience: AudienceKind;
  audiencePartner: PartnerSlot | null;
  note: string;
}

const FIELDS = [
  'coupleId',
  'exerciseId',
  'audience',
  'audiencePartner',
  'note',
  ...SCHEDULE_FIELDS,
] as const;

type Exercises = readonly CatalogueExerciseCardFieldsFragment[];
type Couples = readonly (AssignCouple & { status: string })[];

export interface AssignHomeworkFormProps {
  couple?: AssignCouple;
  exerciseId?: string;
  onCancel: () => void;
  onAssigned: (c: { coupleId: string; label: string }) => void;
}

/** Loads the catalogue (and, from the catalogue, the caseload) before the form opens. */
export function AssignHomeworkForm(props: AssignHomeworkFormProps) {
  const exercisesResult = useQuery(catalogueExercisesQuery, { variables: {} });
  const couplesResult = useQuery(myCouplesQuery, { skip: !!props.couple });
  const error = exercisesResult.error ?? couplesResult.error;
  if (error && (!exercisesResult.data || (!props.couple && !couplesResult.data))) {
    return (
      <QueryErrorAlert
        title="The catalogue didn't load"
        error={error}
        onRetry={() => {
          void exercisesResult.refetch();
          if (!props.couple) void couplesResult.refetch();
        }}
      />
    );
  }
  if (!exercisesResult.data || (!props.couple && !couplesResult.data)) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={56} />
        <Skeleton height={56} />
        <Skeleton height={160} />
      </Stack>
    );
  }
  return (
    <AssignFormBody
      {...props}
      exercises={exercisesResult.data.exercises}
      couples={(couplesResult.data?.myCouples ?? []).filter((c) => c.status !== 'CLOSED')}
    />
  );
}

function AssignFormBody({
  couple,
  exerciseId,
  onCancel,
  onAssigned,
  exercises,
  couples,
}: AssignHomeworkFormProps & { exercises: Exercises; couples: Couples }) {
  const [assign, { loading }] = useMutation(assignExerciseMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const browserToday = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const preselected = exercises.find((e) => e.id === exerciseId);

  const form = useForm<Values>({
    initialValues: {
      coupleId: couple?.id ?? null,
      exerciseId: preselected?.id ?? null,
      audience: preselected?.suggestedAudience ?? 'EACH',
      audiencePartner: null,
      note: '',
      ...scheduleFromRule(preselected?.suggestedSchedule, couple?.today ?? browserToday),
    },
    validate: {
      coupleId: (v) => (v ? null : 'Choose a couple.'),
      exerciseId: (v) => (v ? null : 'Choose an exercise.'),
      audiencePartner: (v, values) =>
        values.audience === 'ONE' && !v ? 'Choose which partner does it.' : null,
    },
  });
  const values = form.getValues();
  const formRef = useRef<HTMLFormElement>(null);
  const chosenCouple: AssignCouple | undefined =
    couple ?? couples.find((c) => c.id === values.coupleId);
  const today = chosenCouple?.today ?? browserToday;
  const exercise = exercises.find((e) => e.id === values.exerciseId);

  /** The exercise's suggestions fill in who and when; the note stays. */
  const applySuggestions = (ex: CatalogueExerciseCardFieldsFragment | undefined, day: string) => {
    form.setValues({
      ...(ex ? { audience: ex.suggestedAudience, audiencePartner: null } : {}),
      ...scheduleFromRule(ex?.suggestedSchedule, day),
    });
  };

  const submit = form.onSubmit(
    async (v) => {
      setFormError(null);
      const target = couple ?? couples.find((c) => c.id === v.coupleId);
      if (!target || !v.exerciseId) return;
      try {
        const { data } = await assign({
          variables: {
            input: {
              coupleId: target.id,
              exerciseId: v.exerciseId,
              audience: v.audience,
              audiencePartner: v.audience === 'ONE' ? v.audiencePartner : null,
              note: v.note.trim() || null,
              schedule: scheduleInput(v),
            },
          },
          refetchQueries: ['CoachCoupleHomework', 'CoachCouple', 'MyCouples'],
          awaitRefetchQueries: true,
        });
        if (!data) return;
        notifications.show({
          color: 'teal',
          title: 'Homework assigned',
          message: `“${data.assignExercise.exercise.title}” for ${target.label}: ${data.assignExercise.schedule.summary}.`,
        });
        onAssigned({ coupleId: target.id, label: target.label });
      } catch (error) {
        setFormError(applyApiErrors(form, error, FIELDS, scheduleRename('schedule.')));
        focusFirstError(formRef.current);
      }
    },
    () => focusFirstError(formRef.current),
  );

  const custom = exercises.filter((e) => !e.builtIn);
  const builtIn = exercises.filter((e) => e.builtIn);
  const option = (e: CatalogueExerciseCardFieldsFragment) => ({
    value: e.id,
    label: e.title,
  });
  const exerciseData = [
    ...(custom.length ? [{ group: "Your clinic's exercises", items: custom.map(option) }] : []),
    { group: 'Built-in', items: builtIn.map(option) },
  ];
  const partnerA = chosenCouple?.partnerA.displayName ?? 'Partner A';
  const partnerB = chosenCouple?.partnerB.displayName ?? 'Partner B';
  const audienceProps = form.getInputProps('audience');
  const partnerProps = form.getInputProps('audiencePartner');

  return (
    <form onSubmit={submit} noValidate ref={formRef}>
      <Stack gap="md">
        <FormErrorAlert message={formError} />
        {!couple && (
          <Select
            label="Couple"
            placeholder="Choose a couple"
            data={couples.map((c) => ({ value: c.id, label: c.label }))}
            searchable
            nothingFoundMessage="No couple of yours matches"
            data-autofocus
            {...form.getInputProps('coupleId')}
            onChange={(id) => {
              form.setFieldValue('coupleId', id);
              const c = couples.find((x) => x.id === id);
              if (c) applySuggestions(exercise, c.today);
            }}
          />
        )}
        <div>
          <Select
            label="Exercise"
            placeholder="Search the catalogue"
            data={exerciseData}
            searchable
            nothingFoundMessage="No exercise matches"
            maxDropdownHeight={320}
            data-autofocus={couple ? true : undefined}
            {...form.getInputProps('exerciseId')}
            onChange={(id) => {
              form.setFieldValue('exerciseId', id);
              applySuggestions(
                exercises.find((e) => e.id === id),
                today,
              );
            }}
          />
          {exercise && (
            <Paper withBorder p="sm" mt="xs" radius="md" bg="gray.0">
              <Text size="sm">{exercise.summary}</Text>
              <Group gap={6} mt={6}>
                <Badge variant="light" color="gray" size="sm">
                  {exercise.estimatedMinutes} min
                </Badge>
                <Badge variant="light" color="gray" size="sm">
                  Suggested: {describeRule(exercise.suggestedSchedule).toLowerCase()},{' '}
                  {exercise.suggestedAudience === 'TOGETHER' ? 'together' : 'each partner'}
                </Badge>
              </Group>
            </Paper>
          )}
        </div>
        <Input.Wrapper label="Who does it" error={audienceProps.error as string | undefined}>
          <SegmentedControl
            fullWidth
            mt={4}
            aria-label="Who does it"
            data={(['EACH', 'TOGETHER', 'ONE'] as const).map((a) => ({
              value: a,
              label: AUDIENCE_LABEL[a],
            }))}
            value={audienceProps.value as string}
            onChange={audienceProps.onChange}
          />
        </Input.Wrapper>
        {values.audience === 'ONE' && (
          <Input.Wrapper label="Which partner" error={partnerProps.error as string | undefined}>
            <SegmentedControl
              fullWidth
              mt={4}
              aria-label="Which partner"
              data={[
                { value: 'A', label: partnerA },
                { value: 'B', label: partnerB },
              ]}
              value={(partnerProps.value as string | null) ?? ''}
              onChange={partnerProps.onChange}
            />
          </Input.Wrapper>
        )}
        <ScheduleFields form={form} minDate={today} />
        <Textarea
          label="Note to the couple"
          placeholder="e.g. After dinner, phones away. Keep it light."
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
