import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Chip,
  Group,
  Input,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { ACTIVITIES } from '@hearth/domain';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { CatalogueExerciseDetailFieldsFragment, PromptKind } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { applyApiErrors } from '../../../shared/errors';
import { focusFirstError } from '../../../shared/forms/focus-error';
import { SCHEDULE_KIND_OPTIONS, WEEKDAY_OPTIONS } from '../../../shared/schedule-labels';
import {
  initialValues,
  knownFields,
  newPrompt,
  rename,
  toInput,
  type ExerciseFormValues,
} from '../lib/exercise-form';
import { createExerciseMutation, updateExerciseMutation } from '../graphql/exercises';
import { INTIMACY_TYPE_OPTIONS, PROMPT_KIND_LABEL } from '../lib/labels';

/** Creates a clinic exercise, or saves a new version of one (assignments keep theirs). */
export function ExerciseFormModal({
  opened,
  exercise,
  onClose,
  onSaved,
}: {
  opened: boolean;
  /** Null to create a new exercise. */
  exercise: CatalogueExerciseDetailFieldsFragment | null;
  onClose: () => void;
  onSaved: (saved: CatalogueExerciseDetailFieldsFragment) => void;
}) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={exercise ? `Edit “${exercise.title}”` : 'New exercise'}
      size="xl"
      fullScreen={phone}
    >
      {opened && (
        <ExerciseForm
          key={exercise?.id ?? 'new'}
          exercise={exercise}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function ExerciseForm({
  exercise,
  onCancel,
  onSaved,
}: {
  exercise: CatalogueExerciseDetailFieldsFragment | null;
  onCancel: () => void;
  onSaved: (saved: CatalogueExerciseDetailFieldsFragment) => void;
}) {
  const [create, createState] = useMutation(createExerciseMutation);
  const [update, updateState] = useMutation(updateExerciseMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ExerciseFormValues>({ initialValues: initialValues(exercise) });
  const values = form.getValues();
  const formRef = useRef<HTMLFormElement>(null);

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    const input = toInput(v);
    try {
      let saved: CatalogueExerciseDetailFieldsFragment | undefined;
      if (exercise) {
        const { data } = await update({
          variables: { key: exercise.key, input },
          refetchQueries: ['CatalogueExercises'],
        });
        saved = data?.updateExercise;
      } else {
        const { data } = await create({
          variables: { input },
          refetchQueries: ['CatalogueExercises'],
        });
        saved = data?.createExercise;
      }
      if (!saved) return;
      notifications.show({
        color: 'teal',
        title: exercise ? 'Exercise saved' : 'Exercise added',
        message: exercise
          ? `“${saved.title}” is now version ${saved.version}. Earlier assignments keep the version they got.`
          : `“${saved.title}” is in your clinic's catalogue.`,
      });
      onSaved(saved);
    } catch (error) {
      const n = v.reflectionPrompts.length;
      setFormError(applyApiErrors(form, error, knownFields(n), rename(n)));
      focusFirstError(formRef.current);
    }
  });

  const types = form.getInputProps('intimacyTypes');
  const audience = form.getInputProps('suggestedAudience');
  const ruleKind = form.getInputProps('ruleKind');
  const weekdays = form.getInputProps('weekdays');
  const promptsError = form.errors['reflectionPrompts'];

  return (
    <form onSubmit={submit} noValidate ref={formRef}>
      <Stack gap="md">
        <FormErrorAlert message={formError} />
        <TextInput label="Title" data-autofocus {...form.getInputProps('title')} />
        <TextInput
          label="Summary"
          description="One line for the catalogue card."
          {...form.getInputProps('summary')}
        />
        <Input.Wrapper label="Types of intimacy" error={types.error as string | undefined}>
          <Chip.Group multiple value={types.value as string[]} onChange={types.onChange}>
            <Group gap={6} mt={4}>
              {INTIMACY_TYPE_OPTIONS.map((t) => (
                <Chip key={t.value} value={t.value} size="sm">
                  {t.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Minutes it takes"
            min={1}
            allowDecimal={false}
            {...form.getInputProps('estimatedMinutes')}
          />
          <Select
            label="Activity (optional)"
            placeholder="None"
            clearable
            data={ACTIVITIES.map((a) => ({ value: a.key, label: a.label }))}
            {...form.getInputProps('activity')}
          />
        </SimpleGrid>
        <Textarea
          label="Why it helps"
          autosize
          minRows={3}
          maxRows={8}
          {...form.getInputProps('whyItHelps')}
        />
        <Textarea
          label="Steps"
          description="A numbered list in Markdown: “1. …” on each line."
          placeholder={'1. Sit together somewhere quiet.\n2. …'}
          autosize
          minRows={4}
          maxRows={12}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          {...form.getInputProps('steps')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Input.Wrapper label="Suggested for" error={audience.error as string | undefined}>
            <SegmentedControl
              fullWidth
              mt={4}
              aria-label="Suggested for"
              data={[
                { value: 'EACH', label: 'Each partner' },
                { value: 'TOGETHER', label: 'Together' },
              ]}
              value={audience.value as string}
              onChange={audience.onChange}
            />
          </Input.Wrapper>
          <Input.Wrapper label="Suggested schedule" error={ruleKind.error as string | undefined}>
            <SegmentedControl
              fullWidth
              mt={4}
              aria-label="Suggested schedule"
              data={SCHEDULE_KIND_OPTIONS}
              value={ruleKind.value as string}
              onChange={ruleKind.onChange}
            />
          </Input.Wrapper>
        </SimpleGrid>
        {values.ruleKind === 'N_PER_WEEK' && (
          <NumberInput
            label="Times a week"
            min={1}
            max={7}
            allowDecimal={false}
            w={160}
            {...form.getInputProps('timesPerWeek')}
          />
        )}
        {values.ruleKind === 'WEEKLY' && (
          <Input.Wrapper label="On" error={weekdays.error as string | undefined}>
            <Chip.Group multiple value={weekdays.value as string[]} onChange={weekdays.onChange}>
              <Group gap={6} mt={4}>
                {WEEKDAY_OPTIONS.map((d) => (
                  <Chip key={d.value} value={d.value} size="sm" variant="outline">
                    {d.label}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
        )}
        <Input.Wrapper
          label="Reflection prompts"
          description="What each partner answers after doing it."
          error={promptsError}
        >
          <Stack gap="xs" mt={6}>
            {values.reflectionPrompts.map((p, i) => (
              <Group key={p.key} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  aria-label={`Prompt ${i + 1}`}
                  placeholder="e.g. What did you notice about your partner?"
                  style={{ flex: 1 }}
                  {...form.getInputProps(`reflectionPrompts.${i}.label`)}
                />
                <Select
                  aria-label={`Kind of answer for prompt ${i + 1}`}
                  w={170}
                  allowDeselect={false}
                  data={(Object.keys(PROMPT_KIND_LABEL) as PromptKind[]).map((k) => ({
                    value: k,
                    label: PROMPT_KIND_LABEL[k],
                  }))}
                  {...form.getInputProps(`reflectionPrompts.${i}.kind`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={`Remove prompt ${i + 1}`}
                  disabled={values.reflectionPrompts.length === 1}
                  onClick={() => form.removeListItem('reflectionPrompts', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => form.insertListItem('reflectionPrompts', newPrompt())}
            >
              Add prompt
            </Button>
          </Stack>
        </Input.Wrapper>
        {exercise && (
          <Text size="xs" c="dimmed">
            Saving makes version {exercise.version + 1}. Couples who already have this exercise keep
            the version they were given.
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={createState.loading || updateState.loading}>
            {exercise ? 'Save new version' : 'Add exercise'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
