import { Anchor, Box, Center, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Wordmark } from '../../../shared/components/Wordmark';

/** The calm, centred frame of the sign-in and invitation pages (phone-first). */
export function AuthLayout({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  return (
    <Center mih="100dvh" px="md" py="xl">
      <Stack w="100%" maw={420} gap="lg">
        <Center>
          <Anchor component={Link} to="/" underline="never" aria-label="Hearth home">
            <Wordmark size="lg" />
          </Anchor>
        </Center>
        <Paper withBorder shadow="xs" p={{ base: 'lg', sm: 'xl' }}>
          {children}
        </Paper>
        {footer && (
          <Box ta="center">
            <Text size="sm" c="dimmed">
              {footer}
            </Text>
          </Box>
        )}
      </Stack>
    </Center>
  );
}
