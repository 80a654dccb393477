import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CoupleStatus } from '@hearth/domain';
import { PersonModel } from '../tenant/person.model';
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

  @Field(() => Date, {
    nullable: true,
    description: 'When the current coach took the couple over; null when coach from the start.',
  })
  coachSince!: Date | null;

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

/** A couple that moved from the caller to another coach, as the previous coach sees it. */
@ObjectType('CoachMove')
export class CoachMoveModel {
  @Field(() => ID)
  id!: string;

  @Field()
  coupleLabel!: string;

  @Field({ description: 'The coach who has the couple now.' })
  toCoachName!: string;

  @Field()
  movedAt!: Date;

  @Field({ description: 'Why, as the clinic admin wrote it.' })
  reason!: string;
}
