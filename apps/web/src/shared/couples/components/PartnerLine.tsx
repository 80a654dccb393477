import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import type {
  InvitationLinkFieldsFragment,
  PartnerSlot,
  PersonFieldsFragment,
} from '../../../gql/graphql';
import { MemberStatusBadge } from '../../components/StatusBadge';
import { errorMessage } from '../../errors';
import { invitePartnerMutation } from '../graphql/couples';
import { InvitationLinkModal } from './InvitationLinkModal';

/**
 * One partner: name, email, whether they have joined and, for a couple's coach, a fresh
 * invitation link for a partner who hasn't joined yet.
 */
export function PartnerLine({
  person,
  coupleId,
  slot,
  canInvite,
}: {
  person: PersonFieldsFragment;
  coupleId: string;
  slot: PartnerSlot;
  canInvite: boolean;
}) {
  return (
    <Group gap={6} wrap="wrap" align="center" justify="space-between">
      <Stack gap={0} miw={0} maw="100%">
        <Group gap={8} wrap="nowrap">
          <Text size="sm" fw={500} truncate>
            {person.displayName}
          </Text>
          <MemberStatusBadge status={person.status} size="xs" />
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {person.email}
        </Text>
      </Stack>
      {canInvite && person.status === 'INVITED' && (
        <NewInviteLinkButton coupleId={coupleId} slot={slot} name={person.displayName} />
      )}
    </Group>
  );
}

function NewInviteLinkButton({
  coupleId,
  slot,
  name,
}: {
  coupleId: string;
  slot: PartnerSlot;
  name: string;
}) {
  const [invite, { loading }] = useMutation(invitePartnerMutation);
  const [link, setLink] = useState<InvitationLinkFieldsFragment | null>(null);
  const [copied, setCopied] = useState(false);

  const onClick = async () => {
    try {
      const { data } = await invite({ variables: { coupleId, partner: slot } });
      if (!data) return;
      setLink(data.invitePartner);
      // Copy straight away when the browser allows it; the dialog shows the link either way.
      try {
        await navigator.clipboard.writeText(data.invitePartner.url);
        setCopied(true);
      } catch {
        setCopied(false);
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `No new link for ${name}`,
        message: errorMessage(error),
      });
    }
  };

  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconLink size={14} aria-hidden />}
        loading={loading}
        onClick={() => void onClick()}
        aria-label={`Copy new invite link for ${name}`}
      >
        Copy new invite link
      </Button>
      <InvitationLinkModal
        link={link}
        title={`New invitation link for ${name}`}
        note={`${copied ? 'Copied to your clipboard. ' : ''}Any earlier link for ${name} no longer works.`}
        onClose={() => setLink(null)}
      />
    </>
  );
}
