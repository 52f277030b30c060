'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
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
 * A list's filters kept in the URL's query string, so a filtered view can be linked and survives a reload. The
 * URL is replaced, not pushed, so typing a search does not fill the history. Only names in `defaults` are read.
 */
export function useUrlFilters<K extends string>(defaults: Record<K, string>): UrlFilters<K> {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const names = Object.keys(defaults) as K[];
  const filters = Object.fromEntries(names.map((name) => [name, searchParams.get(name) ?? defaults[name]])) as Record<K, string>;

  const write = (next: Record<K, string>) => {
    const kept = Object.fromEntries(names.map((name) => [name, next[name] === defaults[name] ? undefined : next[name]]));
    router.replace(`${pathname}${toSearch(kept)}`, { scroll: false });
  };

  return {
    filters,
    setFilters: (patch) => write({ ...filters, ...patch }),
    clearFilters: () => write(defaults),
    isFiltered: names.some((name) => filters[name] !== defaults[name]),
  };
}
