/**
 * A Content Security Policy set by a `<meta>` element governs only what the page parses after it. Astro writes its
 * CSP `<meta>` at the end of `<head>`, after the `<title>`, the Open Graph tags and Starlight's inline scripts, so a
 * `</title><script>` that escaping had missed would run before the policy starts. This moves the element to the
 * top of `<head>`, right after `<meta charset>` (which must stay in the first bytes of the file).
 */

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
const HEAD = /<head\b[^>]*>/i;
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/** The page's HTML with its CSP `<meta>` element first in `<head>` (after the charset); unchanged when it has none. */
export function cspMetaFirst(html: string): string {
	const meta = CSP_META.exec(html);
	if (!meta) return html;
	// Only what precedes the element can be where it belongs: the head's start tag and the charset declaration.
	const before = html.slice(0, meta.index);
	const head = HEAD.exec(before);
	if (!head) return html;
	const charset = CHARSET.exec(before.slice(head.index));
	const at = charset ? head.index + charset.index + charset[0].length : head.index + head[0].length;
	return before.slice(0, at) + meta[0] + before.slice(at) + html.slice(meta.index + meta[0].length);
}
