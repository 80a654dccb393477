import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DeviceTypeEnum {
  DESKTOP = 'DESKTOP',
  MOBILE = 'MOBILE',
  TABLET = 'TABLET',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(DeviceTypeEnum, { name: 'DeviceType' });

@ObjectType('AccountSession', { description: 'One signed-in browser of the person.' })
export class AccountSessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "Firefox 128"; null if unknown.' })
  browser!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Windows 10"; null if unknown.' })
  os!: string | null;

  @Field(() => DeviceTypeEnum)
  deviceType!: DeviceTypeEnum;

  @Field()
  signedInAt!: Date;

  @Field({ description: 'Refreshed at most every 5 minutes.' })
  lastSeenAt!: Date;

  @Field({ description: 'The session of this request.' })
  current!: boolean;
}
