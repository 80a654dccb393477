import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import {
  CHECKIN_ITEMS,
  CHECKIN_NOTE_MAX_LENGTH,
  validateCheckin,
  type CheckinItemId,
} from '@hearth/domain';
import { Alert, Button, Divider, Paper, Stack, Switch, Text, Textarea } from '@mantine/core';
import dayjs from 'dayjs';
import { IconCircleCheckFilled } from '@tabler/icons-react';
import type {
  ClientCheckinFieldsFragment,
  OurCheckinQuery,
  Visibility,
} from '../../../gql/graphql';
import { draftKey } from '../../../shared/forms/drafts';
import { useDraftedSubmit } from '../../../shared/forms/useDraftedSubmit';
import { fileCheckinMutation } from '../graphql/checkin';
import { formatLongDay } from '../lib/dates';
import { QUESTION_LABEL_STYLES } from '../lib/forms';
import { firstName } from '../lib/partners';
import { DraftRestoredAlert } from './DraftRestoredAlert';
import { NotSavedAlert } from './NotSavedAlert';
import { SaveStatus } from './SaveStatus';
import { numberOptions, ScaleField } from './ScaleField';
import { VisibilityField } from './VisibilityField';

export type CheckinCouple = NonNullable<OurCheckinQuery['ourCouple']>;

type CheckinValues = {
  ratings: Record<CheckinItemId, string | null>;
  note: string;
  wantsToTalk: boolean;
  visibility: Visibility;
};

const OPTIONS = numberOptions(1, 7);

/** The fields the API's errors may name; `date` has none (its reason is the message). */
const KNOWN_FIELDS = [...CHECKIN_ITEMS.map((i) => `ratings.${i.id}`), 'note', 'visibility'];

/** The items are worded for today; a late check-in asks about yesterday. */
function asYesterday(question: string): string {
  return question.replace(/\btoday\b/, 'yesterday');
}

function valuesFrom(
  checkin: ClientCheckinFieldsFragment | null | undefined,
  draft: Partial<CheckinValues> | undefined,
): CheckinValues {
  const ratings = {} as Record<CheckinItemId, string | null>;
  for (const item of CHECKIN_ITEMS) {
    ratings[item.id] =
      draft?.ratings?.[item.id] ?? (checkin ? String(checkin.ratings[item.id]) : null);
  }
  return {
    ratings,
    note: draft?.note ?? checkin?.note ?? '',
    wantsToTalk: draft?.wantsToTalk ?? checkin?.wantsToTalk ?? false,
    visibility: draft?.visibility ?? checkin?.visibility ?? 'PRIVATE',
  };
}

/** The same rules as the API (libs/domain), so most mistakes never leave the phone. */
function validate(values: CheckinValues): Record<string, string> {
  const ratings: Record<string, number | null> = {};
  for (const item of CHECKIN_ITEMS) {
    const v = values.ratings[item.id];
    ratings[item.id] = v ? Number(v) : null;
  }
  return Object.fromEntries(validateCheckin(ratings, values.note).map((e) => [e.field, e.message]));
}

function updateCacheAfterCheckin(
  cache: ApolloCache,
  checkin: ClientCheckinFieldsFragment,
  today: string,
) {
  cache.modify({
    id: cache.identify({ __typename: 'Couple', id: checkin.coupleId }),
    fields: {
      myCheckinToday: (existing, { toReference }) =>
        checkin.date === today ? (toReference(checkin) ?? existing) : existing,
      checkinFeed: (existing: readonly Reference[] = [], { readField, toReference }) => {
        if (existing.some((ref) => readField('id', ref) === checkin.id)) return existing;
        const ref = toReference(checkin);
        return ref ? [ref, ...existing] : existing;
      },
    },
  });
}

/** Seven 1–7 taps, a note, "I'd like to talk" and who may see it, for one day. */
export function CheckinForm({
  couple,
  date,
  existing,
  partnerName,
  viewerId,
  onSaved,
}: {
  couple: CheckinCouple;
  date: string;
  existing: ClientCheckinFieldsFragment | null;
  partnerName: string;
  viewerId: string;
  onSaved: (checkin: ClientCheckinFieldsFragment) => void;
}) {
  const [fileCheckin] = useMutation(fileCheckinMutation);
  const { form, submit, status, formError, restoredAt, startAgain } = useDraftedSubmit({
    draftKey: draftKey(viewerId, 'checkin', couple.id, date),
    operationName: 'FileCheckin',
    valuesFrom: (draft) => valuesFrom(existing, draft),
    validate,
    send: (values) =>
      fileCheckin({
        variables: {
          input: {
            coupleId: couple.id,
            date,
            ratings: CHECKIN_ITEMS.map((item) => ({
              item: item.id,
              value: Number(values.ratings[item.id]),
            })),
            note: values.note.trim() || null,
            wantsToTalk: values.wantsToTalk,
            visibility: values.visibility,
          },
        },
        update: (cache, { data }) => {
          if (data?.fileCheckin) updateCacheAfterCheckin(cache, data.fileCheckin, couple.today);
        },
      }),
    onSaved: (result) => {
      if (result.data?.fileCheckin) onSaved(result.data.fileCheckin);
    },
    errorFields: () => ({ known: KNOWN_FIELDS }),
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Daily check-in">
      <Stack gap="lg">
        {existing && (
          <Alert color="hearth" variant="light" icon={<IconCircleCheckFilled aria-hidden />}>
            {date === couple.today
              ? `You checked in today at ${dayjs(existing.updatedAt).format('HH:mm')}.`
              : `You already checked in for ${formatLongDay(date)}${existing.late ? ' (late)' : ''}.`}{' '}
            Changing anything updates it.
          </Alert>
        )}
        {restoredAt && (
          <DraftRestoredAlert
            message="We kept what you tapped earlier."
            onStartAgain={startAgain}
          />
        )}

        <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
          <Stack gap="md">
            {CHECKIN_ITEMS.map((item, i) => (
              <div key={item.id}>
                {i > 0 && <Divider mb="md" />}
                <ScaleField
                  label={date === couple.today ? item.question : asYesterday(item.question)}
                  options={OPTIONS}
                  lowAnchor={item.lowAnchor}
                  highAnchor={item.highAnchor}
                  value={form.values.ratings[item.id]}
                  onChange={(v) => form.setFieldValue(`ratings.${item.id}`, v)}
                  error={form.errors[`ratings.${item.id}`]}
                />
              </div>
            ))}
          </Stack>
        </Paper>

        <Textarea
          label="Anything you'd like to add?"
          description="Optional. A sentence about the day is plenty."
          autosize
          minRows={2}
          maxRows={8}
          size="md"
          styles={QUESTION_LABEL_STYLES}
          maxLength={CHECKIN_NOTE_MAX_LENGTH}
          {...form.getInputProps('note')}
        />

        <Switch
          size="md"
          label="I'd like to talk to my coach soon"
          description={`${firstName(couple.coach.displayName)} will see this and get in touch.`}
          {...form.getInputProps('wantsToTalk', { type: 'checkbox' })}
        />

        <VisibilityField
          value={form.values.visibility}
          onChange={(v) => form.setFieldValue('visibility', v)}
          partnerName={partnerName}
        />

        {formError && <NotSavedAlert error={formError} onRetry={() => submit()} />}

        {Object.keys(form.errors).some((k) => k.startsWith('ratings.')) && (
          <Text size="sm" c="red.7" role="alert">
            Please answer every question: one tap from 1 to 7 on each.
          </Text>
        )}

        <Stack gap="xs">
          <Button type="submit" size="lg" fullWidth loading={status.busy}>
            {existing ? 'Update check-in' : 'Save check-in'}
          </Button>
          <SaveStatus state={status.state} />
        </Stack>
      </Stack>
    </form>
  );
}
