import { Badge } from '@mantine/core';
import type { CoupleStatus, MemberStatus } from '../../gql/graphql';

const COUPLE: Record<CoupleStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'hearth' },
  PAUSED: { label: 'Paused', color: 'yellow' },
  CLOSED: { label: 'Closed', color: 'gray' },
};

const MEMBER: Record<MemberStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'hearth' },
  INVITED: { label: 'Invited', color: 'clay' },
  DEACTIVATED: { label: 'Deactivated', color: 'gray' },
};

export const COUPLE_STATUS_LABELS: Record<CoupleStatus, string> = {
  ACTIVE: COUPLE.ACTIVE.label,
  PAUSED: COUPLE.PAUSED.label,
  CLOSED: COUPLE.CLOSED.label,
};

export function CoupleStatusBadge({ status }: { status: CoupleStatus }) {
  const { label, color } = COUPLE[status];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}

/** Joined people get a quiet dot; those still to join stand out, since they need a link. */
export function MemberStatusBadge({
  status,
  size = 'sm',
}: {
  status: MemberStatus;
  size?: 'xs' | 'sm';
}) {
  const { label, color } = MEMBER[status];
  return (
    <Badge
      color={color}
      variant={status === 'ACTIVE' ? 'dot' : 'light'}
      size={size}
      style={{ flexShrink: 0 }}
    >
      {label}
    </Badge>
  );
}
