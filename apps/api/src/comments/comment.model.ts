import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '../tenant/person.model';

/** A coach's reply on an entry, the same shape on completions and check-ins. */
@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonModel)
  author!: PersonModel;

  @Field()
  body!: string;

  @Field(() => Date)
  createdAt!: Date;
}
