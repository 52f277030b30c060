/** RFC 7643 §2.3 data types. */
export type AttributeType = 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'binary' | 'reference' | 'complex';
export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

/** One attribute's metadata (RFC 7643 §7). The registry is the only source of it. */
export type AttributeDefinition = {
  name: string;
  type: AttributeType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: Mutability;
  returned: Returned;
  uniqueness: Uniqueness;
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: AttributeDefinition[];
};

/** A schema document (RFC 7643 §7) as data. */
export type SchemaDefinition = {
  id: string;
  name: string;
  description: string;
  attributes: AttributeDefinition[];
};
