import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const notBuilt = `<!doctype html><html><head><meta charset="utf-8"><title>zdash</title></head>
<body><h1>zdash</h1><p>The web app is not built. Run <code>npm run build</code> (or <code>npm start</code>),
then reload. The API is up at <code>/trpc</code>.</p></body></html>`;

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

/**
 * Serves the built SPA from `dist`: files as they are (hashed assets cached for a year), every other
 * path gets index.html (client-side routes). Without a build, a plain page says so.
 */
export function staticHandler(dist: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const index = join(dist, 'index.html');
    if (!existsSync(index)) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...securityHeaders })
        .end(notBuilt);
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(dist, path));
    const inside = file.startsWith(dist.endsWith(sep) ? dist : dist + sep);
    const target = inside && existsSync(file) && statSync(file).isFile() ? file : index;
    const immutable = target !== index && path.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': types[extname(target)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...securityHeaders,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(target).pipe(res);
  };
}
