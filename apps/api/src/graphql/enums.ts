import { registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@hearth/domain';
import { MEMBER_STATUSES, type MemberStatus } from '../clinics/membership.entity';
import { COUPLE_STATUSES, type CoupleStatus } from '../couples/couple.entity';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RoleEnum = enumObject<Role>(ROLES);
export const MemberStatusEnum = enumObject<MemberStatus>(MEMBER_STATUSES);
export const CoupleStatusEnum = enumObject<CoupleStatus>(COUPLE_STATUSES);
export const PartnerSlotEnum = enumObject<'A' | 'B'>(['A', 'B']);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(MemberStatusEnum, {
  name: 'MemberStatus',
  description: 'INVITED until the invitation is accepted.',
});
registerEnumType(CoupleStatusEnum, { name: 'CoupleStatus' });
registerEnumType(PartnerSlotEnum, { name: 'PartnerSlot' });
