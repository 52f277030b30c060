/** Comparison operators of RFC 7644 §3.4.2.2 (lower-cased on parse). */
export type CompareOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterValue = string | number | boolean | null;

/**
 * An attribute path as written in a filter or PATCH path: optional schema URN, attribute, optional
 * sub-attribute. Names keep the case the client sent; resolution against the registry is case-insensitive.
 */
export type AttributePath = {
  schema?: string;
  attribute: string;
  subAttribute?: string;
};

export type FilterNode =
  | { kind: 'compare'; path: AttributePath; op: CompareOperator; value: FilterValue }
  | { kind: 'present'; path: AttributePath }
  | { kind: 'and'; left: FilterNode; right: FilterNode }
  | { kind: 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; filter: FilterNode }
  /** `emails[type eq "work" and value co "@corp"]`: the inner filter must hold for one and the same element. */
  | { kind: 'valuePath'; path: AttributePath; filter: FilterNode };
