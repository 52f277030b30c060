import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isApiKeyRoute } from '@/lib/http/with-api-key-route';

/** Public on purpose: an API description holds no data, and code generators fetch it before they have a key. */
const PUBLIC = new Set(['openapi.json/route.ts']);

const files = fs
  .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
  .filter((file) => /(^|\/)route\.ts$/.test(file))
  .sort();

describe('/api/v1 routes (deny by default)', () => {
  it('exist, and the public list names only files that exist', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of PUBLIC) expect(files).toContain(file);
  });

  it.each(files.filter((file) => !PUBLIC.has(file)))('app/api/v1/%s exports only handlers that check the API key', async (file) => {
    const exports = Object.entries(await import(path.join(__dirname, file)));
    expect(exports.length).toBeGreaterThan(0);
    expect(exports.filter(([, value]) => !isApiKeyRoute(value)).map(([name]) => name)).toEqual([]);
  });
});
