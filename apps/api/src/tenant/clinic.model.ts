import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Clinic')
export class ClinicModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'IANA time zone, e.g. Europe/London.' })
  timeZone!: string;

  @Field(() => Int, { description: 'Aggregates over fewer than k couples are suppressed.' })
  smallCellK!: number;
}
