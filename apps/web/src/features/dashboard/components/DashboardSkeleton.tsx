import { SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';

/** The page's shape while the figures load. */
export function DashboardSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-live="polite" data-testid="dashboard-loading">
      <VisuallyHidden>Loading the clinic's figures…</VisuallyHidden>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} h={112} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} h={112} radius="md" />
        ))}
      </SimpleGrid>
      <Skeleton h={220} radius="md" />
      <Skeleton h={220} radius="md" />
    </Stack>
  );
}
