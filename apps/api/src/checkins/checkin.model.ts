import { type Visibility } from '@hearth/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartnerSlotEnum, VisibilityEnum } from '../graphql/enums';

/** The seven 1–7 ratings as the partner chose them (conflict and stress: higher is worse). */
@ObjectType('CheckinRatings')
export class CheckinRatingsModel {
  @Field(() => Int)
  closeness!: number;

  @Field(() => Int)
  understood!: number;

  @Field(() => Int)
  sharing!: number;

  @Field(() => Int)
  affection!: number;

  @Field(() => Int)
  fun!: number;

  @Field(() => Int, { description: 'Reverse-scored: 7 is a great deal of conflict.' })
  conflict!: number;

  @Field(() => Int, { description: 'Reverse-scored: 7 is extremely stressed.' })
  stress!: number;
}

/**
 * A partner's check-in for one local day. Only ever built from rows the access module's
 * entry scope let through: the author, the couple's coach, and the other partner when SHARED.
 */
@ObjectType('Checkin')
export class CheckinModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  coupleId!: string;

  @Field(() => PartnerSlotEnum, { description: "The author's side of the couple." })
  partner!: 'A' | 'B';

  @Field({ description: "True when the caller wrote it (a partner's own check-in)." })
  mine!: boolean;

  @Field({ description: 'The local day (YYYY-MM-DD, couple’s time zone) it is for.' })
  date!: string;

  @Field({ description: 'Filed for yesterday, the next morning before noon.' })
  late!: boolean;

  @Field(() => CheckinRatingsModel)
  ratings!: CheckinRatingsModel;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: '"I\'d like to talk to my coach soon."' })
  wantsToTalk!: boolean;

  @Field(() => VisibilityEnum)
  visibility!: Visibility;

  @Field(() => Date, { description: 'When it was first filed.' })
  filedAt!: Date;

  @Field(() => Date, { description: 'When it was last filed (filing again that day updates it).' })
  updatedAt!: Date;
}

@ObjectType('CheckinSeriesDay')
export class CheckinSeriesDayModel {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => CheckinRatingsModel, {
    nullable: true,
    description: 'Null when there is no check-in the caller may see for that day (a gap).',
  })
  ratings!: CheckinRatingsModel | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean closeness of the 7 days ending on this date; null when none.',
  })
  closenessMean7!: number | null;

  @Field(() => Int, { description: 'How many check-ins the 7-day mean is made of.' })
  closenessMean7Count!: number;
}

@ObjectType('PartnerCheckinSeries')
export class PartnerCheckinSeriesModel {
  @Field(() => PartnerSlotEnum)
  partner!: 'A' | 'B';

  @Field(() => [CheckinSeriesDayModel], { description: 'One entry per local day, oldest first.' })
  days!: CheckinSeriesDayModel[];
}

@ObjectType('CheckinSeries')
export class CheckinSeriesModel {
  @Field({ description: 'First local day (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'Last local day: today in the couple’s time zone.' })
  to!: string;

  @Field(() => [PartnerCheckinSeriesModel], { description: 'Partner A, then partner B.' })
  partners!: PartnerCheckinSeriesModel[];
}

@ObjectType('CheckinAdherence')
export class CheckinAdherenceModel {
  @Field(() => PartnerSlotEnum)
  partner!: 'A' | 'B';

  @Field({ description: 'First day counted: the window start, or when the partner joined.' })
  from!: string;

  @Field({ description: 'Today (counted only once the partner has checked in today).' })
  to!: string;

  @Field(() => Int)
  daysWithCheckin!: number;

  @Field(() => Int)
  daysEnrolled!: number;

  @Field(() => Float, { nullable: true, description: 'daysWithCheckin / daysEnrolled; null at 0.' })
  rate!: number | null;
}
