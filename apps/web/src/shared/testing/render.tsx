import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/**
 * Renders a component as the app would (Mantine, an Apollo client) with the API's answers
 * given by `mocks`. For tests only.
 */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [] }: { mocks?: ReadonlyArray<MockLink.MockedResponse> } = {},
) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>{ui}</MantineProvider>
    </MockedProvider>,
  );
}
