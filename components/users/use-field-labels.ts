'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fieldListQuery } from '@/lib/client/fields';

/** machine name → label of the application fields; empty while loading or if the fields cannot be read. */
export function useFieldLabels(): Map<string, string> {
  const fields = useQuery(fieldListQuery());
  return useMemo(() => new Map((fields.data?.fields ?? []).map((field) => [field.machineName, field.label])), [fields.data]);
}
