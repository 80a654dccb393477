import { Stack, Text } from '@mantine/core';
import type { InvitationLinkFieldsFragment } from '../../../gql/graphql';
import { CopyLink } from '../../components/CopyLink';

/** The links to pass on by hand, one per person, each with a copy button. */
export function InvitationLinks({ links }: { links: readonly InvitationLinkFieldsFragment[] }) {
  if (links.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Everyone has already joined: there is no link to send.
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="invitation-links">
      {links.map((link) => (
        <CopyLink
          key={link.url}
          label={`${link.displayName} (${link.email})`}
          url={link.url}
          expiresAt={link.expiresAt}
        />
      ))}
    </Stack>
  );
}
