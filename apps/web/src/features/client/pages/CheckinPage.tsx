import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import {
  addDays,
  CHECKIN_ITEMS,
  CHECKIN_NOTE_MAX_LENGTH,
  LATE_FILING_UNTIL_MINUTES,
  localMinutesOfDay,
  validateCheckin,
  type CheckinItemId,
} from '@hearth/domain';
import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  Paper,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import dayjs from 'dayjs';
import { IconCircleCheckFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../../app/auth/auth-context';
import type {
  ClientCheckinFieldsFragment,
  OurCheckinQuery,
  Visibility,
} from '../../../gql/graphql';
import { QueryErrorAlert } from '../../../shared/components/PageStates';
import { applyApiErrors, errorCode } from '../../../shared/errors';
import { ClientPage } from '../components/ClientPage';
import { numberOptions, ScaleField } from '../components/ScaleField';
import { SaveStatus } from '../components/SaveStatus';
import { VisibilityField } from '../components/VisibilityField';
import { fileCheckinMutation, ourCheckinQuery } from '../graphql/checkin';
import { useDraft } from '../hooks/useDraft';
import { useSaveStatus } from '../hooks/useSaveStatus';
import { formatLongDay } from '../lib/dates';
import { draftKey } from '../lib/drafts';
import { QUESTION_LABEL_STYLES, revealFirstError } from '../lib/forms';
import { firstName, otherPartner } from '../lib/partners';
import { NotSavedAlert } from '../components/NotSavedAlert';
import { DraftRestoredAlert } from '../components/DraftRestoredAlert';

type Couple = NonNullable<OurCheckinQuery['ourCouple']>;

interface CheckinValues {
  ratings: Record<CheckinItemId, string | null>;
  note: string;
  wantsToTalk: boolean;
  visibility: Visibility;
}

const OPTIONS = numberOptions(1, 7);

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

/** The daily check-in: seven 1–7 taps on one screen, for today or (until noon) yesterday. */
export default function CheckinPage() {
  useDocumentTitle('Check in · Hearth');
  const { data, loading, error, refetch } = useQuery(ourCheckinQuery, {
    fetchPolicy: 'cache-and-network',
  });

  if (!data && loading) {
    return (
      <ClientPage title="How are you two today?">
        <Stack gap="md" aria-busy="true" aria-label="Loading the check-in">
          {CHECKIN_ITEMS.map((item) => (
            <Skeleton key={item.id} height={84} radius="md" />
          ))}
        </Stack>
      </ClientPage>
    );
  }
  if (!data && error) {
    return (
      <ClientPage title="How are you two today?">
        <QueryErrorAlert
          title="The check-in didn't load"
          error={error}
          onRetry={() => void refetch()}
        />
      </ClientPage>
    );
  }
  if (!data?.ourCouple) {
    return (
      <ClientPage title="How are you two today?">
        <Text c="dimmed">
          You're not part of a couple here yet. When your coach adds you, you can check in here.
        </Text>
      </ClientPage>
    );
  }
  return <CheckinContent couple={data.ourCouple} />;
}

function CheckinContent({ couple }: { couple: Couple }) {
  const viewer = useViewer();
  const [params] = useSearchParams();
  const yesterday = addDays(couple.today, -1);
  const forYesterday = params.get('date') === yesterday;
  const date = forYesterday ? yesterday : couple.today;
  const existing = forYesterday
    ? couple.checkinFeed.find((c) => c.mine && c.date === yesterday)
    : couple.myCheckinToday;
  const [saved, setSaved] = useState<ClientCheckinFieldsFragment | null>(null);
  const partnerName = firstName(otherPartner(couple, viewer.email).displayName);

  if (couple.status === 'CLOSED') {
    return (
      <ClientPage title="How are you two today?">
        <Text c="dimmed">This couple's work is closed, so there is nothing to check in to.</Text>
      </ClientPage>
    );
  }

  if (saved) {
    return (
      <ClientPage title={saved.late ? 'Yesterday’s check-in is saved' : 'Checked in today ✓'}>
        <Paper withBorder p="lg">
          <Stack gap="md" align="flex-start">
            <Group gap="xs" wrap="nowrap">
              <IconCircleCheckFilled size={28} color="var(--mantine-color-hearth-7)" aria-hidden />
              <Text fw={600}>Thank you, {firstName(viewer.displayName)}.</Text>
            </Group>
            <SaveStatus state="saved" />
            <Text>
              {saved.late
                ? `Saved for yesterday, ${formatLongDay(saved.date)}, filed late.`
                : `Saved for today, ${formatLongDay(saved.date)}. You can change it until the end of the day.`}
            </Text>
            {saved.wantsToTalk && (
              <Text size="sm">
                {firstName(couple.coach.displayName)} will see that you'd like to talk soon.
              </Text>
            )}
            <Group gap="sm">
              <Button component={Link} to="/home" size="md">
                Back to our homework
              </Button>
              <Button variant="default" size="md" onClick={() => setSaved(null)}>
                Change it
              </Button>
            </Group>
          </Stack>
        </Paper>
      </ClientPage>
    );
  }

  const canFileYesterday =
    !forYesterday &&
    !couple.checkinFeed.some((c) => c.mine && c.date === yesterday) &&
    localMinutesOfDay(couple.timeZone, new Date()) < LATE_FILING_UNTIL_MINUTES;

  return (
    <ClientPage
      title={forYesterday ? 'How were you two yesterday?' : 'How are you two today?'}
      description={
        forYesterday
          ? `A late check-in for ${formatLongDay(yesterday)}, open until noon today.`
          : 'Seven quick taps, about 20 seconds. 1 is the least, 7 the most.'
      }
    >
      <CheckinForm
        // A new form when the day changes, so one day's answers never fill in another's.
        key={date}
        couple={couple}
        date={date}
        existing={existing ?? null}
        partnerName={partnerName}
        viewerId={viewer.id}
        onSaved={(checkin) => {
          setSaved(checkin);
          window.scrollTo({ top: 0 });
        }}
      />
      {canFileYesterday && (
        <Text size="sm" c="dimmed" ta="center">
          Forgot yesterday?{' '}
          <Anchor component={Link} to={`/home/check-in?date=${yesterday}`} size="sm">
            Check in for yesterday
          </Anchor>{' '}
          (until noon).
        </Text>
      )}
      {forYesterday && (
        <Text size="sm" c="dimmed" ta="center">
          <Anchor component={Link} to="/home/check-in" size="sm">
            Check in for today instead
          </Anchor>
        </Text>
      )}
    </ClientPage>
  );
}

function CheckinForm({
  couple,
  date,
  existing,
  partnerName,
  viewerId,
  onSaved,
}: {
  couple: Couple;
  date: string;
  existing: ClientCheckinFieldsFragment | null;
  partnerName: string;
  viewerId: string;
  onSaved: (checkin: ClientCheckinFieldsFragment) => void;
}) {
  const draft = useDraft<CheckinValues>(draftKey(viewerId, 'checkin', couple.id, date));
  const [restoredAt, setRestoredAt] = useState(draft.restored?.savedAt ?? null);
  const [fileCheckin] = useMutation(fileCheckinMutation);
  const status = useSaveStatus('FileCheckin');
  const [formError, setFormError] = useState<{ message: string; retry: boolean } | null>(null);

  const form = useForm<CheckinValues>({
    initialValues: valuesFrom(existing, draft.restored?.values),
    onValuesChange: draft.save,
    // The same rules as the API (libs/domain), so most mistakes never leave the phone.
    validate: (values) => {
      const ratings: Record<string, number | null> = {};
      for (const item of CHECKIN_ITEMS) {
        const v = values.ratings[item.id];
        ratings[item.id] = v ? Number(v) : null;
      }
      return Object.fromEntries(
        validateCheckin(ratings, values.note).map((e) => [e.field, e.message]),
      );
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await status.run(() =>
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
      );
      draft.clear();
      if (result.data?.fileCheckin) onSaved(result.data.fileCheckin);
    } catch (error) {
      const known = [...CHECKIN_ITEMS.map((i) => `ratings.${i.id}`), 'note', 'visibility'];
      // `date` has no field here: the API's reason (e.g. past noon for yesterday) is the message.
      revealFirstError();
      const message = applyApiErrors(form, error, known);
      const code = errorCode(error);
      if (message) {
        setFormError({
          message,
          retry: code === undefined || code === 'INTERNAL_SERVER_ERROR',
        });
      }
    }
  }, revealFirstError);

  const busy = status.busy;
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
            onStartAgain={() => {
              draft.discard(() => form.setValues(valuesFrom(existing, undefined)));
              setRestoredAt(null);
            }}
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
          <Button type="submit" size="lg" fullWidth loading={busy}>
            {existing ? 'Update check-in' : 'Save check-in'}
          </Button>
          <SaveStatus state={status.state} />
        </Stack>
      </Stack>
    </form>
  );
}
