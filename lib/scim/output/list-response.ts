import { SCHEMA_URNS } from '../constants';

export type ListResponse = {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: Record<string, unknown>[];
};

/**
 * The ListResponse envelope of RFC 7644 §3.4.2 with integer totals (Okta requires numbers) and `Resources`
 * always present, empty when nothing matched or `count=0` (Entra's connection test, IDP-QUIRKS #7).
 */
export function listResponse(input: { resources: Record<string, unknown>[]; totalResults: number; startIndex: number }): ListResponse {
  return {
    schemas: [SCHEMA_URNS.listResponse],
    totalResults: input.totalResults,
    startIndex: input.startIndex,
    itemsPerPage: input.resources.length,
    Resources: input.resources,
  };
}
