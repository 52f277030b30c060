import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isConsoleRoute } from './with-console-route';

const CONSOLE_API = path.resolve(__dirname, '../../app/api/console');

/** Route segment options Next reads from a route file; every other export must be a wrapped handler. */
const SEGMENT_CONFIG = new Set(['dynamic', 'dynamicParams', 'revalidate', 'fetchCache', 'runtime', 'preferredRegion', 'maxDuration']);

function routeFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)route\.tsx?$/.test(file))
    .map((file) => path.join(folder, file))
    .sort();
}

const files = routeFiles(CONSOLE_API);

describe('console API routes (deny by default)', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [path.relative(CONSOLE_API, file), file]))(
    'app/api/console/%s exports only handlers built by withConsoleRoute',
    async (_, file) => {
      const exports = Object.entries(await import(file)).filter(([name]) => !SEGMENT_CONFIG.has(name));
      expect(exports.length).toBeGreaterThan(0);
      const bypassing = exports.filter(([, value]) => !isConsoleRoute(value)).map(([name]) => name);
      expect(bypassing, `exports not built by withConsoleRoute in ${file}`).toEqual([]);
    },
  );
});
