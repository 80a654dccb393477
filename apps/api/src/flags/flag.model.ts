import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FLAG_CODES, type FlagCode, type FlagSeverity } from '@hearth/domain';
import { PartnerSlotEnum } from '../graphql/enums';

export const FlagCodeEnum = Object.fromEntries(FLAG_CODES.map((c) => [c, c])) as Record<
  FlagCode,
  FlagCode
>;
export const FlagSeverityEnum: Record<FlagSeverity, FlagSeverity> = {
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
};
registerEnumType(FlagCodeEnum, {
  name: 'FlagCode',
  description:
    'WANTS_TO_TALK, CSI_DETERIORATED (reliable fall), CSI_LOW (< 13.5), CLOSENESS_DOWN (7-day mean fell ≥ 1), PARTNERS_APART (7-day means ≥ 2 apart), NO_CHECKIN (3+ days), HOMEWORK_OVERDUE.',
});
registerEnumType(FlagSeverityEnum, {
  name: 'FlagSeverity',
  description:
    'HIGH: act before the next session. MEDIUM: raise at the next session. LOW: engagement.',
});

/** An attention signal for the coach, computed by libs/domain computeFlags. */
@ObjectType('Flag')
export class FlagModel {
  @Field(() => FlagCodeEnum)
  code!: FlagCode;

  @Field(() => FlagSeverityEnum)
  severity!: FlagSeverity;

  @Field(() => PartnerSlotEnum, { nullable: true, description: 'Null for couple-level flags.' })
  partner!: 'A' | 'B' | null;

  @Field({ description: 'Why it fired, with the numbers.' })
  explanation!: string;
}
