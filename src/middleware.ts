/** Astro middleware: every HTML page gets its Content Security Policy before anything it governs (src/security/). */
import { defineMiddleware } from 'astro:middleware';
import { cspMetaFirst } from './security/csp-meta-first.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(cspMetaFirst(await response.text()), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
