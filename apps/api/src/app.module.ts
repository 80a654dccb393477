import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { AccessModule } from './access/access.module';
import { AuthModule } from './auth/auth.module';
import { AuthService } from './auth/auth.service';
import { readSessionToken } from './auth/session-cookie';
import { ClinicsModule } from './clinics/clinics.module';
import { formatGraphqlError } from './common/format-error';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { CouplesModule } from './couples/couples.module';
import { dataSourceOptions, type DataSourceSettings } from './data-source';
import type { GraphqlContext } from './graphql/graphql-context';
import { RequestLoaders } from './graphql/loaders';
import { ClockModule } from './common/clock';
import { InvitationsModule } from './invitations/invitations.module';
import { ExercisesModule } from './exercises/exercises.module';
import { HomeworkModule } from './homework/homework.module';
import { CheckinsModule } from './checkins/checkins.module';
import { MeasuresModule } from './measures/measures.module';
import { FlagsModule } from './flags/flags.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ClsModule } from 'nestjs-cls';
import { AuditModule } from './audit/audit.module';
import { AuditService } from './audit/audit.service';
import { auditPlugin } from './audit/audit.plugin';
import { edgeMessagesPlugin, graphqlLimitRules, graphqlParseOptions } from './edge/graphql-limits';
import { ActivityModule } from './activity/activity.module';
import { JobsModule } from './jobs/jobs.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DataSourceSettings): DynamicModule {
    const development = config.env === 'development';
    const production = config.env === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(database), migrationsRun: true }),
        // Request context (who, from where, reads to record) for the audit trail.
        ClsModule.forRoot({ global: true, middleware: { mount: true, saveReq: true } }),
        AuditModule,
        JobsModule,
        AccessModule,
        ClockModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService, AuditService],
          useFactory: (auth: AuthService, audit: AuditService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            // Production answers no questions about the schema: no introspection and no
            // "Did you mean ..." hints (edgeMessagesPlugin).
            introspection: !production,
            // Size limits refuse an operation before it runs (edge/graphql-limits.ts).
            parseOptions: graphqlParseOptions,
            validationRules: graphqlLimitRules(),
            plugins: [edgeMessagesPlugin({ hideSuggestions: production }), auditPlugin(audit)],
            // One operation per request, so the limits above hold per request.
            allowBatchedHttpRequests: false,
            // Apollo's CSRF prevention stays on: a simple cross-site form post cannot run operations.
            csrfPrevention: true,
            includeStacktraceInErrorResponses: development,
            formatError: (formatted, error) => formatGraphqlError(formatted, error, development),
            context: async ({
              req,
              res,
            }: {
              req: Request;
              res: Response;
            }): Promise<GraphqlContext> => {
              const session = await auth.sessionFromToken(readSessionToken(req));
              // Staff who must enrol in two-factor first act on nothing but their account.
              const actor = session && !session.mustEnrolTwoFactor ? session.actor : null;
              return { req, res, actor, session, loaders: new RequestLoaders(actor) };
            },
          }),
        }),
        AuthModule,
        InvitationsModule,
        ClinicsModule,
        CouplesModule,
        ExercisesModule,
        HomeworkModule,
        CheckinsModule,
        MeasuresModule,
        FlagsModule,
        DashboardModule,
        ActivityModule,
      ],
    };
  }
}
