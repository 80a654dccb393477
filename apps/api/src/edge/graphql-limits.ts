import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * How much one GraphQL request may ask for. Every operation the web app sends stays well
 * inside these (graphql-limits.spec.ts parses them all): at the time of writing the deepest
 * is 6 levels, the costliest (the clinic dashboard) about 1,100, the longest 233 tokens, and
 * none uses an alias or a directive. The limits leave room for a few times that, and refuse
 * the kind of request that runs for seconds: 500 aliased `clinicDashboard` fields.
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of fields; fragments count where they are spread (flattened). */
  maxDepth: 10,
  /** Aliased fields in one operation: the cheap way to run one resolver hundreds of times. */
  maxAliases: 10,
  /** Lexical tokens in the document, checked while parsing: bounds the work before validation. */
  maxTokens: 2000,
  /**
   * graphql-armor's cost: 1 per scalar, 2 per object, times 1.5 per level of nesting. Set so
   * that two of the web app's dashboard requests fit in one, and six aliased ones do not.
   */
  maxCost: 3000,
  /** Directives (@include, @skip) in one operation. */
  maxDirectives: 20,
} as const;

/** The message a client sees when a request is refused for its size. */
export function tooLargeMessage(what: string): string {
  return `This request asks for too much at once (${what}). Ask for less, or split it into several requests.`;
}

function reject(message: (found: string) => string) {
  return (ctx: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? 'more';
    // Reported as a validation error: Apollo answers 400 GRAPHQL_VALIDATION_FAILED and the
    // operation never executes.
    ctx?.reportError(new GraphQLError(tooLargeMessage(message(found))));
  };
}

/**
 * Validation rules that refuse over-limit operations before anything executes. They come
 * from graphql-armor; its own messages ("Syntax Error: ...") are replaced with ours.
 */
export function graphqlLimitRules(): ValidationRule[] {
  const l = GRAPHQL_LIMITS;
  const armor = new ApolloArmor({
    maxDepth: {
      n: l.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reject((f) => `depth ${f}, at most ${l.maxDepth}`)],
    },
    maxAliases: {
      n: l.maxAliases,
      propagateOnRejection: false,
      onReject: [reject((f) => `${f} aliases, at most ${l.maxAliases}`)],
    },
    costLimit: {
      maxCost: l.maxCost,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reject((f) => `cost ${Math.ceil(Number(f))}, at most ${l.maxCost}`)],
    },
    maxDirectives: {
      n: l.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject((f) => `${f} directives, at most ${l.maxDirectives}`)],
    },
    // Tokens are limited by the parser itself (graphqlParseOptions), suggestions by
    // hideSuggestionsPlugin, which also covers enum values.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** graphql-js stops parsing past this many tokens, so a huge document costs little. */
export const graphqlParseOptions = { maxTokens: GRAPHQL_LIMITS.maxTokens };

// graphql-js 16 spells it "more that".
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;
// graphql-js appends suggestions at the end of a message: ` Did you mean "x"?`,
// ` Did you mean "x" or "y"?`, ` Did you mean the enum value "X"?`. Names cannot contain '?'.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Rewrites messages before formatError sees them: a clear message for the token limit, and,
 * in production, no "Did you mean ..." suggestions, which would let anyone map the schema
 * with introspection turned off.
 */
export function edgeMessagesPlugin(options: { hideSuggestions: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (TOKEN_LIMIT.test(error.message)) {
              error.message = tooLargeMessage(`more than ${GRAPHQL_LIMITS.maxTokens} tokens`);
            } else if (options.hideSuggestions) {
              error.message = error.message.replace(SUGGESTION, '');
            }
          }
        },
      };
    },
  };
}
