import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/graphql-context';
import { AssignmentsService } from './assignments.service';
import { AssignmentModel } from './homework.models';

@Resolver()
export class HomeworkQueryResolver {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => AssignmentModel, {
    description: 'One assignment, for the couple’s coach or partners.',
  })
  async assignment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel> {
    const assignment = await this.assignments.assignment(actor, id).catch((error: unknown) => {
      this.audit.denied(actor, 'assignment', id);
      throw error;
    });
    // Its progress and tasks come from the couple's entries.
    this.audit.read(actor, [assignment.coupleId]);
    return assignment;
  }
}
