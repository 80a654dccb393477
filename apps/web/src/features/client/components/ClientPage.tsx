import { Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * The frame of a client page: one readable column on every screen, a way back to the
 * homework on sub-pages, and the page's h1.
 */
export function ClientPage({
  title,
  description,
  back = true,
  wide = false,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  back?: boolean;
  /** Two columns on a laptop (the page lays them out); one readable column otherwise. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <Container size={wide ? 1040 : 640} px="md" py="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          {back && (
            <Anchor component={Link} to="/home" size="sm" fw={500} w="fit-content" mb={4}>
              <Group gap={2} wrap="nowrap">
                <IconChevronLeft size={16} aria-hidden />
                Our homework
              </Group>
            </Anchor>
          )}
          <Title order={1} fz={{ base: 26, sm: 30 }} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {description && <Text c="dimmed">{description}</Text>}
        </Stack>
        {children}
      </Stack>
    </Container>
  );
}
