// A tiny static server for dist/, as GitHub Pages serves it: directory index.html, 404.html for the rest.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** The file a URL path maps to, or undefined when there is none (or the path escapes the root). */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  if (path.includes('..')) return undefined;
  const file = join(root, path, path.endsWith('/') ? 'index.html' : '');
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return resolveFile(root, `${path}/`);
  return undefined;
}

/** Serves `root` under `base` (`/` or `/repo/`) on a free localhost port; resolves with the server and its origin. */
export async function serve(root: string, base = '/'): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    const file = url.startsWith(base) ? await resolveFile(root, `/${url.slice(base.length)}`) : undefined;
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    res.writeHead(status, { 'content-type': types[extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}
