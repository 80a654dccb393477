import { CHECKIN_ITEMS } from '@hearth/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type {
  ClientCheckinFieldsFragment,
  FileCheckinMutationVariables,
} from '../../../gql/graphql';
import { draftKey, writeDraft } from '../../../shared/forms/drafts';
import { renderWithProviders } from '../../../shared/testing/render';
import { fileCheckinMutation } from '../graphql/checkin';
import { CheckinForm, type CheckinCouple } from './CheckinForm';

const TODAY = '2026-03-14';

const couple: CheckinCouple = {
  id: 'couple-1',
  label: 'Ana & Ben',
  status: 'ACTIVE',
  today: TODAY,
  weekStart: '2026-03-09',
  timeZone: 'Europe/London',
  coachSince: null,
  coach: { id: 'coach-1', displayName: 'Claire Moss' },
  partnerA: { id: 'p-a', displayName: 'Ana Silva', email: 'ana@example.com', status: 'ACTIVE' },
  partnerB: { id: 'p-b', displayName: 'Ben Cole', email: 'ben@example.com', status: 'ACTIVE' },
  myCheckinToday: null,
  checkinFeed: [],
};

/** Ratings the person taps in the tests: 2 to 6, never an end of the scale. */
const RATINGS = [4, 5, 3, 6, 5, 2, 3];

const saved: ClientCheckinFieldsFragment = {
  id: 'checkin-1',
  coupleId: couple.id,
  date: TODAY,
  partner: 'A',
  mine: true,
  late: false,
  note: 'A calm evening.',
  visibility: 'SHARED',
  wantsToTalk: true,
  filedAt: `${TODAY}T20:00:00.000Z`,
  updatedAt: `${TODAY}T20:00:00.000Z`,
  ratings: {
    closeness: 4,
    understood: 5,
    sharing: 3,
    affection: 6,
    fun: 5,
    conflict: 2,
    stress: 3,
  },
  comments: [],
};

function renderForm(result: (vars: FileCheckinMutationVariables) => unknown) {
  const onSaved = vi.fn();
  const respond = vi.fn(result);
  renderWithProviders(
    <CheckinForm
      couple={couple}
      date={TODAY}
      existing={null}
      partnerName="Ben"
      viewerId="p-a"
      onSaved={onSaved}
    />,
    {
      mocks: [
        {
          request: { query: fileCheckinMutation, variables: () => true },
          result: respond as never,
        },
      ],
    },
  );
  return { onSaved, respond };
}

async function answerEveryQuestion(user: ReturnType<typeof userEvent.setup>) {
  for (const [i, item] of CHECKIN_ITEMS.entries()) {
    const question = screen.getByRole('radiogroup', { name: item.question });
    await user.click(within(question).getByRole('radio', { name: String(RATINGS[i]) }));
  }
}

describe('CheckinForm', () => {
  it('sends the chosen ratings, note, wish to talk and visibility, then says it is saved', async () => {
    const user = userEvent.setup({ delay: null });
    const { onSaved, respond } = renderForm(() => ({
      data: { fileCheckin: { __typename: 'Checkin', ...saved } },
    }));

    await answerEveryQuestion(user);
    await user.type(screen.getByLabelText("Anything you'd like to add?"), '  A calm evening. ');
    await user.click(screen.getByRole('switch', { name: /I'd like to talk to my coach soon/ }));
    await user.click(screen.getByRole('radio', { name: 'Shared with Ben' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(respond).toHaveBeenCalledWith({
      input: {
        coupleId: 'couple-1',
        date: TODAY,
        ratings: CHECKIN_ITEMS.map((item, i) => ({ item: item.id, value: RATINGS[i] })),
        note: 'A calm evening.',
        wantsToTalk: true,
        visibility: 'SHARED',
      },
    });
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ id: 'checkin-1', wantsToTalk: true });
  });

  it('asks for every answer before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const { respond } = renderForm(() => ({ data: null }));

    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    expect(
      await screen.findByText('Please answer every question: one tap from 1 to 7 on each.'),
    ).toBeInTheDocument();
    expect(respond).not.toHaveBeenCalled();
  });

  it("shows the API's BAD_USER_INPUT message under the field it names, and keeps the answers", async () => {
    const user = userEvent.setup({ delay: null });
    const message = 'Keep the note to 2000 characters or fewer.';
    const { onSaved } = renderForm(() => ({
      errors: [
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'note', message }] },
        },
      ],
    }));

    await answerEveryQuestion(user);
    await user.type(screen.getByLabelText("Anything you'd like to add?"), 'Too long, says the API');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    const note = screen.getByLabelText("Anything you'd like to add?");
    await waitFor(() => expect(note).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(note).toHaveValue('Too long, says the API');
    expect(screen.queryByText('Not saved yet')).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('puts back what was tapped before a reload, says so, and starts afresh on request', async () => {
    const user = userEvent.setup({ delay: null });
    const key = draftKey('p-a', 'checkin', couple.id, TODAY);
    writeDraft(key, {
      ratings: { closeness: '6' },
      note: 'Typed before the train went into a tunnel',
      wantsToTalk: false,
      visibility: 'PRIVATE',
    });
    renderForm(() => ({ data: null }));

    expect(screen.getByText('We kept what you tapped earlier.')).toBeInTheDocument();
    expect(screen.getByLabelText("Anything you'd like to add?")).toHaveValue(
      'Typed before the train went into a tunnel',
    );
    const closeness = screen.getByRole('radiogroup', { name: CHECKIN_ITEMS[0]!.question });
    expect(within(closeness).getByRole('radio', { name: '6' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Start again' }));

    expect(screen.queryByText('We kept what you tapped earlier.')).not.toBeInTheDocument();
    expect(screen.getByLabelText("Anything you'd like to add?")).toHaveValue('');
    expect(window.localStorage.getItem(key)).toBeNull();
  });
});
