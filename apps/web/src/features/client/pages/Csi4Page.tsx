import { useMutation, useQuery } from '@apollo/client/react';
import { CSI4_ITEMS, type Csi4ItemId } from '@hearth/domain';
import { Button, Group, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../../shared/auth/auth-context';
import type { ClientCsi4ResultFieldsFragment, OurCsi4Query } from '../../../gql/graphql';
import { QueryState } from '../../../shared/components/QueryState';
import { draftKey } from '../../../shared/forms/drafts';
import { useDraftedSubmit } from '../../../shared/forms/useDraftedSubmit';
import { formatDate } from '../../../shared/format';
import { ClientPage } from '../components/ClientPage';
import { ScaleField } from '../components/ScaleField';
import { SaveStatus } from '../components/SaveStatus';
import { fileCsi4Mutation, ourCsi4Query } from '../graphql/csi4';
import { viewerSlot } from '../lib/partners';
import { NotSavedAlert } from '../components/NotSavedAlert';
import { DraftRestoredAlert } from '../components/DraftRestoredAlert';

type Couple = NonNullable<OurCsi4Query['ourCouple']>;
type Csi4Values = Record<Csi4ItemId, string | null>;

const MAX_TOTAL = 21;
const TITLE = 'How is your relationship?';

function valuesFrom(
  result: ClientCsi4ResultFieldsFragment | null | undefined,
  draft: Partial<Csi4Values> | undefined,
): Csi4Values {
  const values = {} as Csi4Values;
  for (const item of CSI4_ITEMS) {
    values[item.id] = draft?.[item.id] ?? (result ? String(result.answers[item.id]) : null);
  }
  return values;
}

/** The CSI-4 (four items, their published answers) when it is due, and the score after. */
export default function Csi4Page() {
  useDocumentTitle('Questionnaire · Hearth');
  const query = useQuery(ourCsi4Query, { fetchPolicy: 'cache-and-network' });
  const couple = query.data?.ourCouple;
  if (couple) return <Csi4Content couple={couple} />;
  return (
    <ClientPage title={TITLE}>
      <QueryState
        query={query}
        errorTitle="The questionnaire didn't load"
        loader={
          <Stack gap="md" aria-busy="true" aria-label="Loading the questionnaire">
            {CSI4_ITEMS.map((item) => (
              <Skeleton key={item.id} height={200} radius="md" />
            ))}
          </Stack>
        }
      >
        {() => <Text c="dimmed">You're not part of a couple here yet.</Text>}
      </QueryState>
    </ClientPage>
  );
}

function Csi4Content({ couple }: { couple: Couple }) {
  const viewer = useViewer();
  const slot = viewerSlot(couple, viewer.email);
  // A partner only ever receives their own history (the API's rule); pick it by side anyway.
  const results = couple.csi4History.find((h) => h.partner === slot)?.results ?? [];
  const todays = results.find((r) => r.date === couple.today) ?? null;
  const [saved, setSaved] = useState<ClientCsi4ResultFieldsFragment | null>(null);
  const [editing, setEditing] = useState(false);
  const shown = saved ?? todays;
  const previous = results.filter((r) => r.date < couple.today).at(-1) ?? null;

  if (shown && !editing) {
    return (
      <ClientPage title="Thank you">
        <ScoreView result={shown} previous={previous} justSaved={saved !== null} />
        <Group gap="sm">
          <Button component={Link} to="/home" size="md">
            Back to our homework
          </Button>
          <Button
            variant="default"
            size="md"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            Change my answers
          </Button>
        </Group>
      </ClientPage>
    );
  }

  if (!couple.csi4Due && !todays && !editing) {
    return (
      <ClientPage title={TITLE}>
        <Paper withBorder p="lg">
          <Stack gap="sm" align="flex-start">
            <Title order={2} fz="lg">
              Nothing to answer right now
            </Title>
            <Text c="dimmed">
              Your coach asks these four questions every {couple.csi4EveryWeeks} weeks. When it's
              time again, you'll find it on your homework page.
            </Text>
            {previous && (
              <Text size="sm">
                Your last answers, on {formatDate(previous.date)}, added up to {previous.total} out
                of {MAX_TOTAL}.
              </Text>
            )}
            <Button component={Link} to="/home" variant="light">
              Back to our homework
            </Button>
          </Stack>
        </Paper>
      </ClientPage>
    );
  }

  return (
    <ClientPage
      title={TITLE}
      description="Four questions, about a minute. There are no right answers: choose what fits best right now. Only you and your coach see them."
    >
      <Csi4Form
        couple={couple}
        viewerId={viewer.id}
        existing={todays}
        onSaved={(result) => {
          setSaved(result);
          setEditing(false);
          window.scrollTo({ top: 0 });
        }}
      />
    </ClientPage>
  );
}

/**
 * The score, gently: no cut-off and no clinical words for the client (the coach sees the
 * interpretation on their side).
 */
function ScoreView({
  result,
  previous,
  justSaved,
}: {
  result: ClientCsi4ResultFieldsFragment;
  previous: ClientCsi4ResultFieldsFragment | null;
  justSaved: boolean;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="score-heading">
      <Stack gap="md">
        {justSaved && <SaveStatus state="saved" />}
        <div>
          <Title order={2} fz="md" id="score-heading" c="dimmed" fw={500}>
            Your answers add up to
          </Title>
          <Text fz={40} fw={700} lh={1.1} data-testid="csi4-score">
            {result.total}
            <Text span fz="lg" c="dimmed" fw={500}>
              {' '}
              out of {MAX_TOTAL}
            </Text>
          </Text>
          <Progress
            value={(result.total / MAX_TOTAL) * 100}
            color="clay"
            size="sm"
            mt="xs"
            aria-label={`${result.total} out of ${MAX_TOTAL}`}
          />
        </div>
        <Text>
          This is a snapshot of how your relationship feels to you right now. Scores naturally move
          up and down from week to week; what matters is how they change over time, and your coach
          will look at that with you.
        </Text>
        {previous && (
          <Text size="sm" c="dimmed">
            Last time, on {formatDate(previous.date)}: {previous.total} out of {MAX_TOTAL}.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Csi4Form({
  couple,
  viewerId,
  existing,
  onSaved,
}: {
  couple: Couple;
  viewerId: string;
  existing: ClientCsi4ResultFieldsFragment | null;
  onSaved: (result: ClientCsi4ResultFieldsFragment) => void;
}) {
  const [fileCsi4] = useMutation(fileCsi4Mutation, {
    update: (cache) => {
      cache.modify({
        id: cache.identify({ __typename: 'Couple', id: couple.id }),
        fields: { csi4Due: () => false },
      });
    },
    // The history (with reliable change) is worked out on the server: read it again.
    refetchQueries: ['OurCsi4'],
  });
  const { form, submit, status, formError, restoredAt, startAgain } = useDraftedSubmit({
    draftKey: draftKey(viewerId, 'csi4', couple.id, couple.today),
    operationName: 'FileCsi4',
    valuesFrom: (draft) => valuesFrom(existing, draft),
    validate: Object.fromEntries(
      CSI4_ITEMS.map((item) => [
        item.id,
        (v: string | null) => (v === null ? 'Please choose an answer.' : null),
      ]),
    ) as Record<Csi4ItemId, (v: string | null) => string | null>,
    send: (values) =>
      fileCsi4({
        variables: {
          input: {
            coupleId: couple.id,
            answers: CSI4_ITEMS.map((item) => ({
              item: item.id,
              value: Number(values[item.id]),
            })),
          },
        },
      }),
    onSaved: (result) => {
      if (result.data?.fileCsi4) onSaved(result.data.fileCsi4);
    },
    errorFields: () => ({
      known: CSI4_ITEMS.map((i) => i.id),
      rename: Object.fromEntries(CSI4_ITEMS.map((i) => [`answers.${i.id}`, i.id])),
    }),
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Relationship questionnaire">
      <Stack gap="lg">
        {restoredAt && (
          <DraftRestoredAlert
            message="We kept the answers you chose earlier."
            onStartAgain={startAgain}
          />
        )}
        {CSI4_ITEMS.map((item, i) => (
          <Paper key={item.id} withBorder p={{ base: 'md', sm: 'lg' }}>
            <ScaleField
              label={
                <>
                  <Text span c="dimmed" size="sm" fw={500}>
                    {i + 1} of {CSI4_ITEMS.length}.{' '}
                  </Text>
                  {item.text}
                </>
              }
              orientation="vertical"
              options={item.options.map((o) => ({ value: String(o.value), label: o.label }))}
              value={form.values[item.id]}
              onChange={(v) => form.setFieldValue(item.id, v)}
              error={form.errors[item.id]}
            />
          </Paper>
        ))}

        {formError && <NotSavedAlert error={formError} onRetry={() => submit()} />}

        <Stack gap="xs">
          <Button type="submit" size="lg" fullWidth loading={status.busy}>
            {existing ? 'Save my new answers' : 'See my score'}
          </Button>
          <SaveStatus state={status.state} />
        </Stack>
      </Stack>
    </form>
  );
}
