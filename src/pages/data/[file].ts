/** Serves the pipeline's open data files byte for byte at `<base>/data/<file>`. */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA_FILES } from '../../schemas/index.ts';

export const getStaticPaths = (() =>
	OPEN_DATA_FILES.map((file) => ({
		params: { file: file.name },
		props: { type: file.type },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
	const body = await readFile(join(process.cwd(), 'src/content/data', params.file!));
	return new Response(body, { headers: { 'Content-Type': `${(props as { type: string }).type}; charset=utf-8` } });
};
