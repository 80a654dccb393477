import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo-client';
import { AuthProvider } from './auth/AuthProvider';
import { AppRoutes } from './AppRoutes';
import { cssVariablesResolver, theme } from './theme';

// Toasts only follow an action, so their code loads after the first screen, off the
// sign-in page's critical path.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Suspense fallback={null}>
        <Notifications position="bottom-right" limit={3} />
      </Suspense>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
