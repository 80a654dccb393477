import { Badge } from '@mantine/core';
import { IconLock, IconUsers } from '@tabler/icons-react';
import type { Visibility } from '../../../gql/graphql';

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  return visibility === 'SHARED' ? (
    <Badge variant="light" color="clay" leftSection={<IconUsers size={12} aria-hidden />}>
      Shared
    </Badge>
  ) : (
    <Badge variant="light" color="gray" leftSection={<IconLock size={12} aria-hidden />}>
      Private
    </Badge>
  );
}
