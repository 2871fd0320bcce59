/** Serves the pipeline's open data files byte for byte at `<base>/data/<file>`. */

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA_FILES } from '../../schemas/index.ts';

const fileAt = (name: string) => join(process.cwd(), 'src/content/data', name);

export const getStaticPaths = (async () =>
	Promise.all(
		OPEN_DATA_FILES.map(async (file) => ({
			params: { file: file.name },
			props: { type: file.type },
			// The file's own digest: an unchanged file is not copied again.
			cacheKey: createHash('sha1')
				.update(await readFile(fileAt(file.name)))
				.digest('base64url'),
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const body = await readFile(fileAt(params.file!));
	return new Response(body, { headers: { 'Content-Type': `${(props as { type: string }).type}; charset=utf-8` } });
};
