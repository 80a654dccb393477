import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@hearth/domain';
import { ClinicModel } from '../clinics/clinic.model';
import { RoleEnum } from '../graphql/enums';

/** The signed-in person, in the clinic of their session. */
@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => ClinicModel)
  clinic!: ClinicModel;

  @Field(() => [RoleEnum])
  roles!: Role[];
}
