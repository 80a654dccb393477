import type { ReactNode } from 'react';
import { QueryErrorAlert } from './PageStates';

/** What the query states need of a `useQuery` result. */
export interface QueryStatus<TData> {
  data: TData | undefined;
  previousData?: TData | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
}

function shownData<TData>(query: QueryStatus<TData>, keepPrevious: boolean): TData | undefined {
  return query.data ?? (keepPrevious ? query.previousData : undefined);
}

/**
 * A query's answer, or what stands in for it until there is one: the placeholders while it
 * first loads, an alert with "Try again" when it failed. Once an answer has been shown, a
 * failed refresh keeps it on screen (see `RefreshErrorAlert`).
 */
export function QueryState<TData>({
  query,
  keepPrevious = false,
  loader,
  errorTitle,
  children,
}: {
  query: QueryStatus<TData>;
  /** While new variables load (filters, paging), keep showing the previous answer. */
  keepPrevious?: boolean;
  /** Placeholders shaped like what is coming. */
  loader: ReactNode;
  /** The alert's title when nothing could be loaded, e.g. "Your couples didn't load". */
  errorTitle?: string;
  children: (data: TData) => ReactNode;
}) {
  const data = shownData(query, keepPrevious);
  if (data !== undefined) return <>{children(data)}</>;
  if (query.error && !query.loading) {
    return (
      <QueryErrorAlert
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <>{loader}</>;
}

/** Over an answer already shown: the refresh failed, the answer stays, "Try again" asks anew. */
export function RefreshErrorAlert<TData>({
  query,
  keepPrevious = false,
}: {
  query: QueryStatus<TData>;
  keepPrevious?: boolean;
}) {
  if (!query.error || shownData(query, keepPrevious) === undefined) return null;
  return (
    <QueryErrorAlert
      title="Couldn't refresh"
      error={query.error}
      onRetry={() => void query.refetch()}
    />
  );
}
