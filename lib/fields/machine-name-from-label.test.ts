import { describe, expect, it } from 'vitest';
import { machineNameFromLabel } from './machine-name-from-label';
import { validateMachineName } from './validate-machine-name';

describe('machineNameFromLabel', () => {
  it.each([
    ['Cost Center', 'cost_center'],
    ['  Business-Unit (EU) ', 'business_unit_eu'],
    ['Région', 'region'],
    ['2nd manager', 'field_2nd_manager'],
    ['!!!', ''],
    ['x'.repeat(80), 'x'.repeat(63)],
  ])('%j → %j', (label, name) => {
    expect(machineNameFromLabel(label)).toBe(name);
  });

  it('suggests names the validator accepts', () => {
    for (const label of ['Cost Center', 'Région', '2nd manager', 'Team / Squad']) expect(validateMachineName(machineNameFromLabel(label))).toBeNull();
  });
});
