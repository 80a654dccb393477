import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { QueryState, RefreshErrorAlert, type QueryStatus } from './QueryState';

type Couples = { couples: string[] };

function query(state: Partial<QueryStatus<Couples>>): QueryStatus<Couples> {
  return { data: undefined, loading: false, refetch: vi.fn(async () => undefined), ...state };
}

function renderState(q: QueryStatus<Couples>, keepPrevious = false) {
  return renderWithProviders(
    <>
      <RefreshErrorAlert query={q} keepPrevious={keepPrevious} />
      <QueryState
        query={q}
        keepPrevious={keepPrevious}
        errorTitle="Your couples didn't load"
        loader={<p>Loading couples</p>}
      >
        {(data) => <p>{data.couples.join(', ')}</p>}
      </QueryState>
    </>,
  );
}

describe('QueryState', () => {
  it('shows the placeholders while the first answer loads, then the answer', () => {
    const { rerender } = renderState(query({ loading: true }));
    expect(screen.getByText('Loading couples')).toBeInTheDocument();

    rerender(
      <QueryState query={query({ data: { couples: ['Ana & Ben'] } })} loader={null}>
        {(data) => <p>{data.couples.join(', ')}</p>}
      </QueryState>,
    );
    expect(screen.getByText('Ana & Ben')).toBeInTheDocument();
    expect(screen.queryByText('Loading couples')).not.toBeInTheDocument();
  });

  it('says what did not load when nothing could be, and "Try again" asks again', async () => {
    const q = query({ error: new Error('offline') });
    renderState(q);
    expect(screen.getByText("Your couples didn't load")).toBeInTheDocument();
    expect(screen.getByText(/Check your connection/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(q.refetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the last answer on screen when a refresh fails, with the failure above it', () => {
    renderState(
      query({ previousData: { couples: ['Ana & Ben'] }, error: new Error('offline') }),
      true,
    );
    expect(screen.getByText('Ana & Ben')).toBeInTheDocument();
    expect(screen.getByText("Couldn't refresh")).toBeInTheDocument();
    expect(screen.queryByText("Your couples didn't load")).not.toBeInTheDocument();
  });
});
