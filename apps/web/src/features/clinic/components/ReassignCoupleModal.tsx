import { useMutation } from '@apollo/client/react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../../shared/errors';
import { clinicCoachesQuery, updateRosterCoupleMutation } from '../graphql/clinic';
import { ConfirmFooter } from '../../../shared/components/ConfirmFooter';

export interface Reassignment {
  coupleId: string;
  coupleLabel: string;
  fromName: string;
  toId: string;
  toName: string;
}

const MAX_REASON = 500;

/**
 * A new coach for a couple needs a reason. The previous coach sees it (with the date) on
 * their caseload; the couple sees only who their coach is now and since when. The change is
 * recorded in the clinic's Activity, also when an admin takes a couple over themselves.
 */
export function ReassignCoupleModal({
  change,
  onClose,
}: {
  change: Reassignment | null;
  onClose: () => void;
}) {
  const [update, { loading }] = useMutation(updateRosterCoupleMutation, {
    refetchQueries: [clinicCoachesQuery],
  });
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setFieldError(null);
    setProblem(null);
    onClose();
  };

  const confirm = async () => {
    if (!change) return;
    setProblem(null);
    if (!reason.trim()) {
      setFieldError('Say why the couple moves to another coach.');
      return;
    }
    try {
      await update({
        variables: { coupleId: change.coupleId, input: { coachId: change.toId, reason } },
      });
      notifications.show({
        color: 'hearth',
        message: `${change.coupleLabel}: now coached by ${change.toName}.`,
      });
      close();
    } catch (error) {
      const reasonError = fieldErrors(error).find((f) => f.field === 'reason');
      if (reasonError) setFieldError(reasonError.message);
      else setProblem(errorMessage(error));
    }
  };

  return (
    <Modal
      opened={change !== null}
      onClose={close}
      title={change ? `Move ${change.coupleLabel} to ${change.toName}?` : ''}
    >
      {change && (
        <Stack gap="md">
          <Text size="sm">
            {change.toName} becomes the couple's coach and can read their entries from now on;{' '}
            {change.fromName} no longer can. {change.fromName} sees the reason below; the couple
            sees that their coach is now {change.toName}.
          </Text>
          <Textarea
            label="Reason"
            description={`Seen by ${change.fromName} and the clinic's admins. Up to ${MAX_REASON} characters.`}
            required
            autosize
            minRows={2}
            maxLength={MAX_REASON}
            value={reason}
            error={fieldError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setFieldError(null);
            }}
            data-autofocus
          />
          <ConfirmFooter
            problem={problem}
            problemTitle="Not moved"
            confirmLabel="Move couple"
            loading={loading}
            onCancel={close}
            onConfirm={() => void confirm()}
          />
        </Stack>
      )}
    </Modal>
  );
}
