'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreatedTokenDto,
  CreateTokenBody,
  RotatedTokenDto,
  RotateTokenBody,
  TokenBannerDto,
  TokenDto,
  TokenListDto,
} from '@/lib/contracts/tokens';
import { fetchJson } from './fetch-json';
import { tokenKeys } from './query-keys';

const API = '/api/console/tokens';

export const tokenListQuery = () =>
  queryOptions({ queryKey: tokenKeys.list(), queryFn: () => fetchJson<TokenListDto>(API) });

export const tokenBannerQuery = () =>
  queryOptions({
    queryKey: tokenKeys.banner(),
    queryFn: () => fetchJson<TokenBannerDto>(`${API}/banner`),
    staleTime: 5 * 60_000,
  });

function useInvalidateTokens() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: tokenKeys.all });
}

export function useCreateToken() {
  const invalidate = useInvalidateTokens();
  return useMutation({
    mutationFn: (body: CreateTokenBody) => fetchJson<CreatedTokenDto>(API, { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useExpireToken() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTokens();
  return useMutation({
    mutationFn: (id: string) => fetchJson<{ token: TokenDto }>(`${API}/${id}/expire`, { method: 'POST' }),
    // Safe to show at once: revocation cannot fail halfway, and a failure rolls the row back below.
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: tokenKeys.list() });
      const previous = queryClient.getQueryData<TokenListDto>(tokenKeys.list());
      if (previous) {
        const revokedAt = new Date().toISOString();
        queryClient.setQueryData<TokenListDto>(tokenKeys.list(), {
          tokens: previous.tokens.map((token) => (token.id === id ? { ...token, status: 'revoked', revokedAt } : token)),
        });
      }
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(tokenKeys.list(), context.previous);
    },
    onSettled: invalidate,
  });
}

export function useRotateToken() {
  const invalidate = useInvalidateTokens();
  return useMutation({
    mutationFn: ({ id, ...body }: RotateTokenBody & { id: string }) =>
      fetchJson<RotatedTokenDto>(`${API}/${id}/rotate`, { method: 'POST', body }),
    onSettled: invalidate,
  });
}
