import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from 'react-router';

export function NotFoundContent() {
  useDocumentTitle('Page not found · Hearth');
  return (
    <Center py={80} px="md">
      <Stack align="center" gap="md" maw={440} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
          <IconMapSearch size={28} />
        </ThemeIcon>
        <Title order={1} fz={26}>
          We couldn't find that page
        </Title>
        <Text c="dimmed">
          The address may be mistyped, or the page isn't part of your account. Your home page has
          everything you need.
        </Text>
        <Button component={Link} to="/">
          Go to your home page
        </Button>
      </Stack>
    </Center>
  );
}

/** Unknown addresses: a friendly page with a way home (inside the shell when signed in). */
export function NotFoundPage() {
  return <NotFoundContent />;
}
