// Compiles lib/server/main.ts and the Roster modules it imports into one ES module in the Next.js output folder
// (`npm run build` runs it after `next build`), so `npm start` runs plain JavaScript. Packages stay in node_modules.
import path from 'node:path';
import { build } from 'esbuild';

const SERVER_BUNDLE = path.join(process.env.NEXT_DIST_DIR || '.next', 'roster-server', 'main.mjs');

await build({
  entryPoints: ['lib/server/main.ts'],
  outfile: SERVER_BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  sourcemap: true,
  logLevel: 'warning',
});
