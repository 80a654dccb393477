import { useQuery } from '@apollo/client/react';
import {
  Button,
  Chip,
  Collapse,
  Container,
  EmptyState,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconBooks, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type {
  CatalogueExerciseDetailFieldsFragment,
  ExerciseFilter,
  IntimacyType,
} from '../../../gql/graphql';
import { ListSkeleton } from '../../../shared/components/PageStates';
import { QueryState, RefreshErrorAlert } from '../../../shared/components/QueryState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { plural } from '../../../shared/format';
import { ExerciseCard } from '../components/ExerciseCard';
import { ExerciseDrawer } from '../components/ExerciseDrawer';
import { ExerciseFormModal } from '../components/ExerciseFormModal';
import { catalogueExercisesQuery } from '../../../shared/graphql/exercises';
import { INTIMACY_TYPE_OPTIONS } from '../lib/labels';

type Source = 'all' | 'builtIn' | 'custom';

const DURATIONS = [
  { value: '', label: 'Any length' },
  { value: '10', label: 'Up to 10 min' },
  { value: '20', label: 'Up to 20 min' },
  { value: '30', label: 'Up to 30 min' },
  { value: '60', label: 'Up to 1 hour' },
];

/** What the page gives the assign dialog it is handed (the coach's, from the app's route). */
export interface AssignDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The exercise to preselect. */
  exerciseId?: string;
}

/** The exercise catalogue: built-in exercises and the clinic's own, to read and assign. */
export default function CataloguePage({
  renderAssignDialog,
}: {
  renderAssignDialog: (props: AssignDialogProps) => ReactNode;
}) {
  useDocumentTitle('Catalogue · Hearth');
  const [params, setParams] = useSearchParams();
  const openId = params.get('exercise');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [types, setTypes] = useState<string[]>([]);
  const [maxMinutes, setMaxMinutes] = useState<string | null>('');
  const [source, setSource] = useState<Source>('all');
  const [archived, setArchived] = useState(false);
  const [assigning, setAssigning] = useState<string | null>(null);
  const [editing, setEditing] = useState<CatalogueExerciseDetailFieldsFragment | null | 'new'>(
    null,
  );

  const filter: ExerciseFilter = {
    ...(debounced ? { search: debounced } : {}),
    ...(types.length ? { intimacyTypes: types as IntimacyType[] } : {}),
    ...(maxMinutes ? { maxMinutes: Number(maxMinutes) } : {}),
    ...(source !== 'all' ? { builtIn: source === 'builtIn' } : {}),
    ...(archived && source !== 'builtIn' ? { includeArchived: true } : {}),
  };
  const query = useQuery(catalogueExercisesQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const shown = query.data ?? query.previousData;
  const exercises = shown?.exercises ?? [];
  const activeFilters =
    (types.length > 0 ? 1 : 0) +
    (maxMinutes ? 1 : 0) +
    (source !== 'all' ? 1 : 0) +
    (archived ? 1 : 0);
  const filtered = !!debounced || activeFilters > 0;
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);

  const openExercise = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('exercise', id);
    else next.delete('exercise');
    setParams(next, { replace: !id });
  };
  const clearFilters = () => {
    setSearch('');
    setTypes([]);
    setMaxMinutes('');
    setSource('all');
    setArchived(false);
  };

  let body;
  if (exercises.length === 0) {
    body = (
      <Paper withBorder p="xl">
        <EmptyState icon={<IconBooks size={28} />} variant="light">
          <EmptyState.Title order={2}>
            {filtered ? 'No exercise matches' : 'The catalogue is empty'}
          </EmptyState.Title>
          <EmptyState.Description>
            {filtered
              ? 'Try fewer filters or other words, or write an exercise of your own.'
              : 'Write your clinic’s first exercise.'}
          </EmptyState.Description>
          <EmptyState.Actions>
            {filtered && (
              <Button variant="default" onClick={clearFilters}>
                Clear filters
              </Button>
            )}
            <Button onClick={() => setEditing('new')}>New exercise</Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  } else {
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {exercises.map((e) => (
          <ExerciseCard
            key={e.id}
            exercise={e}
            onOpen={() => openExercise(e.id)}
            onAssign={() => setAssigning(e.id)}
          />
        ))}
      </SimpleGrid>
    );
  }

  const moreFilters = (
    <>
      <Select
        label="Length"
        data={DURATIONS}
        value={maxMinutes}
        onChange={setMaxMinutes}
        allowDeselect={false}
        w={phone ? '100%' : 160}
      />
      <Input.Wrapper label="Source">
        <SegmentedControl
          display="flex"
          value={source}
          onChange={(v) => setSource(v as Source)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'builtIn', label: 'Built-in' },
            { value: 'custom', label: "Clinic's own" },
          ]}
          aria-label="Source"
        />
      </Input.Wrapper>
    </>
  );
  const typeFilters = (
    <Stack gap="sm">
      {phone && moreFilters}
      <Group gap="sm" justify="space-between" align="flex-end">
        <Input.Wrapper label="Type of intimacy">
          <Chip.Group multiple value={types} onChange={setTypes}>
            <Group gap={6} mt={4} role="group" aria-label="Types of intimacy">
              {INTIMACY_TYPE_OPTIONS.map((t) => (
                <Chip key={t.value} value={t.value} size="sm">
                  {t.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        {source !== 'builtIn' && (
          <Switch
            label="Show archived"
            checked={archived}
            onChange={(e) => setArchived(e.currentTarget.checked)}
            size="sm"
            mb={6}
          />
        )}
      </Group>
    </Stack>
  );

  return (
    <Container size="xl" py="xl">
      <PageHeader
        title="Catalogue"
        description="Exercises to give as homework: built-in ones, adapted from published guidance, and your clinic's own."
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            New exercise
          </Button>
        }
      />
      <Paper withBorder p="md" mb="lg" component="section" aria-label="Filters">
        <Stack gap="sm">
          <Group gap="sm" align="flex-end" wrap={phone ? 'nowrap' : 'wrap'}>
            <TextInput
              label="Search"
              placeholder="Words in the title, summary or steps"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: '1 1 240px' }}
              type="search"
            />
            {phone ? (
              <Button
                variant={activeFilters ? 'light' : 'default'}
                leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
                onClick={toggleFilters}
                aria-expanded={filtersOpen}
              >
                Filters{activeFilters ? ` (${activeFilters})` : ''}
              </Button>
            ) : (
              moreFilters
            )}
          </Group>
          {phone ? <Collapse expanded={filtersOpen}>{typeFilters}</Collapse> : typeFilters}
        </Stack>
      </Paper>
      <RefreshErrorAlert query={query} keepPrevious />
      {shown && exercises.length > 0 && (
        <Text size="sm" c="dimmed" mb="sm" aria-live="polite">
          {plural(exercises.length, 'exercise')}
          {filtered ? ' match' + (exercises.length === 1 ? 'es' : '') : ''}
        </Text>
      )}
      <QueryState
        query={query}
        keepPrevious
        errorTitle="The catalogue didn't load"
        loader={<ListSkeleton rows={4} height={150} />}
      >
        {() => body}
      </QueryState>
      <ExerciseDrawer
        exerciseId={openId}
        onClose={() => openExercise(null)}
        onAssign={(id) => setAssigning(id)}
        onEdit={(e) => setEditing(e)}
      />
      <ExerciseFormModal
        opened={editing !== null}
        exercise={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          openExercise(saved.id);
        }}
      />
      {renderAssignDialog({
        opened: assigning !== null,
        onClose: () => setAssigning(null),
        exerciseId: assigning ?? undefined,
      })}
    </Container>
  );
}
