/**
 * A digest of the site's client-side scripts: the `<script>` elements of every `.astro` file under a folder. Astro's
 * incremental build keeps a page whose key and own code are unchanged, but the script chunks a page names
 * (`/_astro/Search….js`) are renamed when a script on any other page changes how Vite splits the bundles; a kept
 * page would then name a chunk the new build no longer writes. Every page's key includes this digest, so a change to
 * any page's script renders every page again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT = /<script\b[\s\S]*?<\/script>/g;

/** The digest of every `<script>` element (attributes and text) of the `.astro` files under `dir`, by file name. */
export function clientScriptsDigest(dir: string): string {
	const hash = createHash('sha1');
	const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.astro')).sort();
	for (const name of files) {
		const scripts = readFileSync(join(dir, name), 'utf8').match(SCRIPT);
		if (scripts) hash.update(`${name}\n${scripts.join('\n')}\n`);
	}
	return hash.digest('base64url');
}
