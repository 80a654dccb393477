import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo-client';
import { AuthProvider } from './auth/AuthProvider';
import { AppRoutes } from './AppRoutes';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Notifications position="top-right" limit={3} />
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
