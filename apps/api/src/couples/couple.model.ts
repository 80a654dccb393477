import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CoupleStatus } from './couple.entity';
import { PersonModel } from '../clinics/person.model';
import { CoupleStatusEnum } from '../graphql/enums';

/**
 * A couple as its coach and its partners see it. Content fields (homework, check-ins) live
 * on this type only; the admin's roster is a different type and cannot reach them.
 */
@ObjectType('Couple')
export class CoupleModel {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => CoupleStatusEnum)
  status!: CoupleStatus;

  @Field()
  timeZone!: string;

  @Field({ description: 'YYYY-MM-DD' })
  intakeDate!: string;

  @Field(() => PersonModel)
  coach!: PersonModel;

  @Field(() => PersonModel)
  partnerA!: PersonModel;

  @Field(() => PersonModel)
  partnerB!: PersonModel;
}

/** A line of the clinic roster: who, which coach, what status. No content, by construction. */
@ObjectType('RosterCouple')
export class RosterCoupleModel {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => CoupleStatusEnum)
  status!: CoupleStatus;

  @Field({ description: 'YYYY-MM-DD' })
  intakeDate!: string;

  @Field(() => PersonModel)
  coach!: PersonModel;

  @Field(() => PersonModel)
  partnerA!: PersonModel;

  @Field(() => PersonModel)
  partnerB!: PersonModel;
}
