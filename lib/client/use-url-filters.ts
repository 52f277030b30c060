'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { toSearch } from './search-params';

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
 * A list's filters kept in the URL's query string, so a filtered view can be linked, reloaded and walked back
 * through with the browser's history. Only names listed in `defaults` are read; unknown parameters are dropped.
 */
export function useUrlFilters<K extends string>(defaults: Record<K, string>): UrlFilters<K> {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const names = Object.keys(defaults) as K[];

  const filters = useMemo(
    () => Object.fromEntries(names.map((name) => [name, searchParams.get(name) ?? defaults[name]])) as Record<K, string>,
    // `defaults` is a literal at each call site; its values, not its identity, matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [searchParams, JSON.stringify(defaults)],
  );

  const write = useCallback(
    (next: Record<K, string>) => {
      const kept = Object.fromEntries(names.map((name) => [name, next[name] === defaults[name] ? undefined : next[name]]));
      router.replace(`${pathname}${toSearch(kept)}`, { scroll: false });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [router, pathname, JSON.stringify(defaults)],
  );

  return {
    filters,
    setFilters: (patch) => write({ ...filters, ...patch }),
    clearFilters: () => write(defaults),
    isFiltered: names.some((name) => filters[name] !== defaults[name]),
  };
}
