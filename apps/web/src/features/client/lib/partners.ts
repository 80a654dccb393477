import type { PartnerSlot } from '../../../gql/graphql';

interface PersonLike {
  displayName: string;
  email: string;
}

interface CoupleLike<P extends PersonLike> {
  partnerA: P;
  partnerB: P;
}

/** The viewer's side of the couple (clients are matched by their sign-in email). */
export function viewerSlot(couple: CoupleLike<PersonLike>, viewerEmail: string): PartnerSlot {
  return couple.partnerA.email.toLowerCase() === viewerEmail.toLowerCase() ? 'A' : 'B';
}

export function personOf<P extends PersonLike>(couple: CoupleLike<P>, slot: PartnerSlot): P {
  return slot === 'A' ? couple.partnerA : couple.partnerB;
}

export function otherPartner<P extends PersonLike>(couple: CoupleLike<P>, viewerEmail: string): P {
  return personOf(couple, viewerSlot(couple, viewerEmail) === 'A' ? 'B' : 'A');
}

export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}
