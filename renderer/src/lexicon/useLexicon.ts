// The library's lexicon through the query layer: reading it, and every change refreshing what it changes (the
// comparisons, claim checks and stories it applies to).
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LexiconEntry } from '../../../shared/domain';
import { getApi } from '../api/client';

export const lexiconKey = ['lexicon'] as const;

export function useLexicon() {
  return useQuery({ queryKey: lexiconKey, queryFn: () => getApi().listLexicon({}) });
}

/** After a change: the new list, and the comparisons, checks and stories computed with the old lexicon are stale. */
function changed(client: QueryClient, entries: readonly LexiconEntry[]): Promise<void> {
  client.setQueryData(lexiconKey, entries);
  return Promise.all([
    client.invalidateQueries({ queryKey: ['comparison'] }),
    client.invalidateQueries({ queryKey: ['check'] }),
    client.invalidateQueries({ queryKey: ['story'] }),
  ]).then(() => undefined);
}

export type NewEntry = Pick<LexiconEntry, 'kind' | 'terms'>;

export function useLexiconChanges() {
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: (entry: NewEntry) => getApi().addLexiconEntry({ entry: entry as never }),
    onSuccess: (entries) => changed(client, entries),
  });
  const update = useMutation({
    mutationFn: ({ id, entry }: { id: number; entry: NewEntry }) =>
      getApi().updateLexiconEntry({ id, entry: entry as never }),
    onSuccess: (entries) => changed(client, entries),
  });
  const remove = useMutation({
    mutationFn: (id: number) => getApi().removeLexiconEntry({ id }),
    onSuccess: (entries) => changed(client, entries),
  });
  const importFile = useMutation({
    mutationFn: (json: string) => getApi().importLexicon({ json }),
    onSuccess: (result) => changed(client, result.entries),
  });
  return { add, update, remove, importFile };
}
