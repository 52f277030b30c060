export type { AttributePath, CompareOperator, FilterNode, FilterValue } from './ast';
export { elementMatcher, evaluateFilter } from './evaluate';
export { containsPattern, escapeLike } from './like-pattern';
export { filterPosition, parseFilter } from './parse';
export { filterToSql, sortToSql, type ColumnResolver } from './to-sql';
export { validateElementFilter, validateFilter } from './validate';
