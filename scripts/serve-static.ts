/**
 * A small static file server for a built site (`dist/`), on 127.0.0.1 and a free port, used by the
 * browser tests and the benchmarks. It serves the site under its base path the way a static host
 * does: `/base/page/` → `page/index.html`, correct MIME types, the site's 404 page for misses.
 */

import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by file extension; anything else is served as bytes. */
export const MIME_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/** A running server; `url` is the site root including the base path, with a trailing slash. */
export interface StaticServer {
	origin: string;
	url: string;
	/** Absolute URL of a site path given without the base (`articles/x/` → `http://…/base/articles/x/`). */
	at(path: string): string;
	close(): Promise<void>;
}

/** Maps a request path to a file under `root`, or null when it falls outside the base or the root. */
export function resolveRequest(root: string, base: string, requestPath: string): string | null {
	let path: string;
	try {
		path = decodeURIComponent(requestPath.split(/[?#]/)[0]!);
	} catch {
		return null;
	}
	const prefix = base.replace(/\/?$/, '/');
	if (path === prefix.slice(0, -1)) path = prefix;
	if (!path.startsWith(prefix)) return null;
	const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
	const file = resolve(root, relative);
	if (file !== resolve(root) && !file.startsWith(resolve(root) + sep)) return null;
	return path.endsWith('/') ? join(file, 'index.html') : file;
}

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Serves `root` at `base` (default `/`) on 127.0.0.1 until `close()`. */
export async function serveStatic(root: string, options: { base?: string; port?: number } = {}): Promise<StaticServer> {
	const base = options.base ?? '/';
	const server: Server = createServer(async (request, response) => {
		const method = request.method ?? 'GET';
		if (method !== 'GET' && method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		let file = resolveRequest(root, base, request.url ?? '/');
		let status = 200;
		// A directory requested without its trailing slash: redirect as static hosts do.
		if (file && !(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
			response.writeHead(301, { location: `${(request.url ?? '/').split('?')[0]}/` }).end();
			return;
		}
		if (!file || !(await isFile(file))) {
			status = 404;
			file = join(root, '404.html');
			if (!(await isFile(file))) {
				response.writeHead(404, { 'content-type': MIME_TYPES['.txt']! }).end('not found');
				return;
			}
		}
		const raw = await readFile(file);
		const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		// Compress text as any real host or CDN does, so page-weight and Lighthouse figures are realistic.
		const compress =
			/^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(type) &&
			/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const body = compress ? gzipSync(raw) : raw;
		response.writeHead(status, {
			'content-type': type,
			'content-length': body.length,
			'cache-control': 'no-cache',
			vary: 'accept-encoding',
			...(compress ? { 'content-encoding': 'gzip' } : {}),
		});
		response.end(method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, '127.0.0.1', () => done());
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the static server did not get a TCP port');
	const origin = `http://127.0.0.1:${address.port}`;
	const url = `${origin}${base.replace(/\/?$/, '/')}`;
	return {
		origin,
		url,
		at: (path) => new URL(path.replace(/^\//, ''), url).href,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
