const MAX_LENGTH = 63;

/**
 * The machine name a label suggests ("Cost Center" → "cost_center"): lower-case letters, digits and underscores,
 * starting with a letter, as validate-machine-name.ts requires. The owner may still edit it.
 */
export function machineNameFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const name = /^[0-9]/.test(words) ? `field_${words}` : words;
  return name.slice(0, MAX_LENGTH).replace(/_+$/, '');
}
