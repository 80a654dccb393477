import type { ApolloServerPlugin } from '@apollo/server';
import type { AuditService } from './audit.service';

/**
 * Writes the reads a GraphQL request noted (AuditService.read) before its response leaves:
 * one statement per request, and a request whose reads cannot be recorded fails.
 */
export function auditPlugin(audit: AuditService): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse() {
          await audit.flushReads();
        },
      });
    },
  };
}
