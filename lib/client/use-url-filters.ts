'use client';

import { parseAsString, useQueryStates } from 'nuqs';
import { useMemo } from 'react';

type StringParser = ReturnType<typeof parseAsString.withDefault>;

export type UrlFilters<K extends string> = {
  filters: Record<K, string>;
  /** Changes some filters and keeps the rest; a value equal to its default leaves the URL. */
  setFilters: (patch: Partial<Record<K, string>>) => void;
  /** Back to the defaults. */
  clearFilters: () => void;
  /** Whether any filter differs from its default. */
  isFiltered: boolean;
};

/**
 * A list's filters kept in the URL's query string, so a filtered view can be linked and survives a reload. nuqs
 * holds the state: a change shows at once and every patch applies to the newest values, while the URL follows
 * (replaced, not pushed, so typing a search does not fill the history). Only names in `defaults` are read.
 */
export function useUrlFilters<K extends string>(defaults: Record<K, string>): UrlFilters<K> {
  const parsers = useMemo(
    () => Object.fromEntries(Object.entries<string>(defaults).map(([name, value]) => [name, parseAsString.withDefault(value)])) as Record<string, StringParser>,
    [defaults],
  );
  const [filters, setStates] = useQueryStates(parsers, { history: 'replace', scroll: false, clearOnDefault: true });

  return {
    // Every name has a default, so nuqs never gives null; the map is keyed by string only because K is generic.
    filters: filters as Record<K, string>,
    setFilters: (patch) => void setStates(patch),
    clearFilters: () => void setStates(null),
    isFiltered: (Object.keys(defaults) as K[]).some((name) => filters[name] !== defaults[name]),
  };
}
