import { SCHEMA_URNS } from '../constants';
import type { SchemaDefinition } from './attribute';
import { defineAttribute } from './define-attribute';

/** A registered application field that no standard schema holds: a single-valued, read-write string. */
export type RosterExtensionAttribute = { name: string; description: string };

/** Roster's own User extension (an RFC 7643 §3.3 schema extension) built from the registered fields. */
export function createRosterUserExtension(attributes: RosterExtensionAttribute[]): SchemaDefinition {
  return {
    id: SCHEMA_URNS.rosterUser,
    name: 'RosterUser',
    description: 'Roster application attributes registered by the application owner',
    attributes: attributes.map((attribute) => defineAttribute(attribute.name, attribute.description)),
  };
}
