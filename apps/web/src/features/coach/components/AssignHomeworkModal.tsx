import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { AssignHomeworkForm, type AssignCouple } from './AssignHomeworkForm';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** From a couple's page: the couple is fixed. */
  couple?: AssignCouple;
  /** From the catalogue ("Assign to…"): the exercise is preselected. */
  exerciseId?: string;
}

/**
 * Homework in under a minute: pick an exercise (its suggested audience and schedule fill in
 * the rest, starting today in the couple's time zone), adjust, add a note, assign.
 */
export function AssignHomeworkModal({ opened, onClose, couple, exerciseId }: Props) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [done, setDone] = useState<{ coupleId: string; label: string } | null>(null);
  const close = () => {
    onClose();
    window.setTimeout(() => setDone(null), 200);
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={
        done
          ? 'Homework assigned'
          : couple
            ? `Assign homework to ${couple.label}`
            : 'Assign homework'
      }
      size="lg"
      fullScreen={phone}
    >
      {done ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
            {done.label} will see it on their homework page.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Done
            </Button>
            <Button component={Link} to={`/couples/${done.coupleId}`} onClick={close}>
              Open {done.label}
            </Button>
          </Group>
        </Stack>
      ) : (
        opened && (
          <AssignHomeworkForm
            couple={couple}
            exerciseId={exerciseId}
            onCancel={close}
            onAssigned={(c) => (couple ? close() : setDone(c))}
          />
        )
      )}
    </Modal>
  );
}
