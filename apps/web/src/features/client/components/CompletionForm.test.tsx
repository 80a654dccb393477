import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { draftKey, readDraft } from '../../../shared/forms/drafts';
import { renderWithProviders } from '../../../shared/testing/render';
import { completeTaskMutation } from '../graphql/task';
import type { CompletionValues, Task } from '../lib/completion';
import { CompletionForm } from './CompletionForm';

const task: Task = {
  id: 'task-old',
  dueDate: '2026-03-14',
  state: 'DUE',
  partner: 'A',
  completion: null,
  assignment: {
    id: 'assignment-1',
    audience: 'ONE',
    note: '',
    schedule: { summary: 'Once, by 14 Mar' },
    exercise: {
      id: 'exercise-1',
      title: 'Listen and reflect',
      summary: 'Take turns listening.',
      whyItHelps: 'Feeling heard builds closeness.',
      steps: 'Sit together.',
      estimatedMinutes: 15,
      reflectionPrompts: [{ id: 'p1', kind: 'TEXT', label: 'What did you notice?' }],
      source: null,
    },
  },
};

describe('CompletionForm', () => {
  it('when the coach moved the task, keeps the reflection for the new day and links there', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <MemoryRouter>
        <CompletionForm task={task} viewerId="p-a" partnerName="Ben" onSaved={vi.fn()} />
      </MemoryRouter>,
      {
        mocks: [
          {
            request: { query: completeTaskMutation, variables: () => true },
            result: {
              errors: [
                {
                  message:
                    'Your coach moved this exercise to Tue 17 Mar. What you wrote is kept: file it there.',
                  extensions: {
                    code: 'CONFLICT',
                    movedTo: { taskId: 'task-new', dueDate: '2026-03-17' },
                  },
                },
              ],
            } as never,
          },
        ],
      },
    );

    await user.type(screen.getByLabelText('What did you notice?'), 'I listened without fixing.');
    for (const question of [
      'How helpful was this exercise?',
      'Just before, how close did you feel to Ben?',
      'Just after, how close did you feel to Ben?',
    ]) {
      const group = screen.getByRole('radiogroup', { name: question });
      await user.click(within(group).getByRole('radio', { name: '4' }));
    }
    await user.click(screen.getByRole('button', { name: 'Mark as done' }));

    expect(await screen.findByText(/moved this exercise to Tue 17 Mar/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Go to 17 Mar 2026/ });
    expect(link).toHaveAttribute('href', '/home/tasks/task-new?due=2026-03-17');
    await waitFor(() => {
      const moved = readDraft<CompletionValues>(draftKey('p-a', 'task', 'task-new'));
      expect(moved?.values.answers).toEqual([
        { promptId: 'p1', value: 'I listened without fixing.' },
      ]);
    });
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
