/**
 * Gzipped JS sizes of the built web app (apps/web/dist), for `bench/bffOverhead.ts`.
 *
 * The sign-in route loads: the entry script of index.html, the chunks index.html preloads
 * (`<link rel="modulepreload">`), the sign-in page's lazy chunk, and every chunk those import
 * statically (followed transitively). The Vite manifest (`dist/.vite/manifest.json`) is used when
 * the build wrote one; otherwise the static imports are read from the chunks themselves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'apps/web/dist');

export interface WebSizes {
  signInJsGzKB: number;
  appJsGzKB: number;
  /** The chunks counted for the sign-in route, with their gzipped KB. */
  signInChunks: Record<string, number>;
  built: boolean;
}

const gzKB = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const kb = (n: number) => Math.round(n * 10) / 10;

/** Static imports of a built chunk (`from"./x.js"`, `import"./x.js"`), as dist-relative paths. */
function staticImports(file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
    found.add(dir ? `${dir}/${match[1]}` : `${match[1]}`);
  }
  return [...found];
}

interface ManifestEntry {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

/** Builds the web app when apps/web/dist is missing, then measures. */
export function webSizes(): WebSizes {
  let built = false;
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write('[bff-overhead] apps/web/dist missing: npm run build\n');
    const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (run.status !== 0) throw new Error(`npm run build failed (${run.status})`);
    built = true;
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const fromHtml = [
    ...html.matchAll(/<script[^>]*\bsrc="\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');

  const signIn = new Set<string>();
  const manifestFile = join(dist, '.vite/manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
      string,
      ManifestEntry
    >;
    const add = (key: string) => {
      const entry = manifest[key];
      if (!entry || signIn.has(entry.file)) return;
      signIn.add(entry.file);
      for (const imported of entry.imports ?? []) add(imported);
    };
    for (const [key, entry] of Object.entries(manifest)) {
      if (entry.isEntry || key.endsWith('features/auth/SignInPage.tsx')) add(key);
    }
    for (const file of fromHtml) signIn.add(file);
  } else {
    const page = readdirSync(join(dist, 'assets')).find((f) => /^SignInPage-.*\.js$/.test(f));
    if (!page) throw new Error('no SignInPage-*.js chunk in apps/web/dist/assets');
    const add = (file: string) => {
      if (signIn.has(file) || !existsSync(join(dist, file))) return;
      signIn.add(file);
      for (const imported of staticImports(file)) add(imported);
    };
    for (const file of [...fromHtml, `assets/${page}`]) add(file);
  }

  const signInChunks: Record<string, number> = {};
  let signInTotal = 0;
  for (const file of signIn) {
    const size = gzKB(file);
    signInChunks[file] = kb(size);
    signInTotal += size;
  }
  const allJs = readdirSync(join(dist, 'assets'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'));
  const appTotal = allJs.reduce((sum, f) => sum + gzKB(`assets/${f}`), 0);
  return { signInJsGzKB: kb(signInTotal), appJsGzKB: kb(appTotal), signInChunks, built };
}
