import { resourceLocation } from './meta';
import { presentResource, type PresentInput } from './present-resource';

export type GroupMember = { value: string; display?: string; type?: string };

/**
 * The outgoing Group (RFC 7643 §4.2). `members` comes from the membership table: `undefined` when it was
 * excluded and not loaded (Entra reads groups with `excludedAttributes=members`, IDP-QUIRKS #11); an empty
 * group has no `members` attribute. Each member gets its `$ref`, and its `type` and `display` as the store gives them.
 */
export function presentGroup(input: PresentInput & { members: GroupMember[] | undefined }): Record<string, unknown> {
  const { members, ...stored } = input;
  const { meta, ...resource } = presentResource(stored);
  if (!members || members.length === 0) return { ...resource, meta };
  return {
    ...resource,
    members: members.map((member) => ({
      value: member.value,
      ...(member.display === undefined ? {} : { display: member.display }),
      ...(member.type === undefined ? {} : { type: member.type }),
      $ref: resourceLocation(input.baseUrl, 'User', member.value),
    })),
    meta,
  };
}
