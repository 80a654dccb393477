import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';
import { GRAPHQL_LIMITS, graphqlLimitRules, graphqlParseOptions } from './graphql-limits';

const root = resolve(__dirname, '../../../..');
const schema = buildSchema(readFileSync(resolve(root, 'apps/api/schema.gql'), 'utf8'));

/**
 * Every operation the web app sends, from the generated documents (codegen writes each one,
 * with its fragments, as a JSON document). A new operation is covered without listing it.
 */
function webOperations(): { name: string; document: DocumentNode }[] {
  const source = readFileSync(resolve(root, 'apps/web/src/gql/graphql.ts'), 'utf8');
  const found = [
    ...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm),
  ];
  return found.map(([, name, json]) => ({
    name: name!,
    document: JSON.parse(json!) as DocumentNode,
  }));
}

/** Apollo Client adds `__typename` to every selection set below the root before sending. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        const isRoot =
          parent !== undefined &&
          !Array.isArray(parent) &&
          (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
        if (isRoot) return node;
        return {
          ...node,
          selections: [
            ...node.selections,
            { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
          ],
        };
      },
    },
  });
}

describe('GraphQL limits and the web app', () => {
  const operations = webOperations();

  it('finds the web app’s operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(40);
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Me', 'ClinicDashboard', 'OurHistory', 'CoachCoupleHomework']),
    );
  });

  it.each(webOperations().map((o) => [o.name, o.document] as const))(
    '%s is within every limit, as the browser sends it',
    (_name, document) => {
      // Parsed from the printed text with the server's token limit, as the server does.
      const sent = parse(print(withTypename(document)), graphqlParseOptions);
      const errors = validate(schema, sent, [...specifiedRules, ...graphqlLimitRules()]);
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );

  it('would refuse what the limits are for', () => {
    const tooDeep = `{ __type(name: "Couple") { ${'ofType { '.repeat(GRAPHQL_LIMITS.maxDepth)}name${' }'.repeat(GRAPHQL_LIMITS.maxDepth)} } }`;
    const errors = validate(schema, parse(tooDeep), graphqlLimitRules());
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining(`at most ${GRAPHQL_LIMITS.maxDepth}`),
    ]);
  });
});
