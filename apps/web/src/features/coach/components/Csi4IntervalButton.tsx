import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Popover, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { applyApiErrors } from '../../../shared/errors';
import { plural } from '../../../shared/format';
import { setCsi4IntervalMutation } from '../graphql/couple';

/** How often the couple re-takes the CSI-4 (due at intake and every N weeks after it). */
export function Csi4IntervalButton({
  coupleId,
  everyWeeks,
}: {
  coupleId: string;
  everyWeeks: number;
}) {
  const [opened, setOpened] = useState(false);
  const [save, { loading }] = useMutation(setCsi4IntervalMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ everyWeeks: number | string }>({
    initialValues: { everyWeeks },
    validate: {
      everyWeeks: (v) =>
        Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 52
          ? null
          : 'Choose 1 to 52 weeks.',
    },
  });

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      await save({
        variables: { coupleId, everyWeeks: Number(v.everyWeeks) },
        refetchQueries: ['CoachCoupleProgress'],
      });
      notifications.show({
        color: 'teal',
        message: `The CSI-4 is now due every ${plural(Number(v.everyWeeks), 'week')}.`,
      });
      setOpened(false);
    } catch (error) {
      setFormError(applyApiErrors(form, error, ['everyWeeks']));
    }
  });

  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        Measures
      </Text>
      <Group gap={6} wrap="nowrap">
        <Text size="sm">CSI-4 every {plural(everyWeeks, 'week')}</Text>
        <Popover
          opened={opened}
          onChange={setOpened}
          position="bottom-start"
          withArrow
          trapFocus
          shadow="md"
        >
          <Popover.Target>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconPencil size={12} aria-hidden />}
              onClick={() => {
                form.setValues({ everyWeeks });
                setFormError(null);
                setOpened((o) => !o);
              }}
              aria-label="Change how often the CSI-4 is due"
            >
              Change
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <form onSubmit={submit} noValidate>
              <Stack gap="xs" w={220}>
                <NumberInput
                  label="CSI-4 every … weeks"
                  description="Due at intake, then every this many weeks."
                  min={1}
                  max={52}
                  allowDecimal={false}
                  data-autofocus
                  {...form.getInputProps('everyWeeks')}
                />
                {formError && (
                  <Text size="xs" c="red" role="alert">
                    {formError}
                  </Text>
                )}
                <Group justify="flex-end" gap="xs">
                  <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                    Cancel
                  </Button>
                  <Button size="xs" type="submit" loading={loading}>
                    Save
                  </Button>
                </Group>
              </Stack>
            </form>
          </Popover.Dropdown>
        </Popover>
      </Group>
    </Stack>
  );
}
