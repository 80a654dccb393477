import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ChangeClass } from '@hearth/domain';
import { PartnerSlotEnum } from '../graphql/enums';

export const Csi4ChangeEnum: Record<ChangeClass, ChangeClass> = {
  RECOVERED: 'RECOVERED',
  IMPROVED: 'IMPROVED',
  UNCHANGED: 'UNCHANGED',
  DETERIORATED: 'DETERIORATED',
};
registerEnumType(Csi4ChangeEnum, {
  name: 'Csi4Change',
  description:
    'Reliable change (Jacobson & Truax) from the first CSI-4: RECOVERED (improved and crossed 13.5), IMPROVED, UNCHANGED or DETERIORATED.',
});

/** The answer values as given (item 1 is 0–6, items 2–4 are 0–5; libs/domain CSI4_ITEMS). */
@ObjectType('Csi4Answers')
export class Csi4AnswersModel {
  @Field(() => Int)
  happiness!: number;

  @Field(() => Int)
  warm!: number;

  @Field(() => Int)
  rewarding!: number;

  @Field(() => Int)
  satisfied!: number;
}

/** One filed CSI-4. Seen by its author and the couple's coach only, never by the partner. */
@ObjectType('Csi4Result')
export class Csi4ResultModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnerSlotEnum)
  partner!: 'A' | 'B';

  @Field({ description: 'Local day it was filed (YYYY-MM-DD).' })
  date!: string;

  @Field(() => Int, { description: '0–21' })
  total!: number;

  @Field({ description: 'Below 13.5: notable relationship dissatisfaction (Funk & Rogge 2007).' })
  belowCutoff!: boolean;

  @Field(() => Csi4AnswersModel)
  answers!: Csi4AnswersModel;

  @Field(() => Csi4ChangeEnum, {
    nullable: true,
    description: "Versus this partner's first CSI-4; null for the first.",
  })
  changeFromFirst!: ChangeClass | null;

  @Field(() => Float, { nullable: true, description: 'Reliable change index vs the first.' })
  rci!: number | null;
}

@ObjectType('Csi4PartnerHistory')
export class Csi4PartnerHistoryModel {
  @Field(() => PartnerSlotEnum)
  partner!: 'A' | 'B';

  @Field(() => [Csi4ResultModel], { description: 'Oldest first.' })
  results!: Csi4ResultModel[];

  @Field(() => Csi4ChangeEnum, {
    nullable: true,
    description: 'Latest versus first; null with fewer than two results.',
  })
  change!: ChangeClass | null;

  @Field({ description: 'True when this partner has a CSI-4 due and not yet filed.' })
  due!: boolean;
}
