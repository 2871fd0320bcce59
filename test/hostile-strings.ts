/**
 * The strings every output sink is tested with: text an article, a sidecar or a curated file could hold that
 * becomes markup, JSX or a link if a sink forgets to escape it. Each test feeds all of them and checks the reader
 * gets exactly these characters back. The scripts set `window.__fbPwned`, the marker the browser tests watch.
 */
export const HOSTILE_STRINGS = [
	"Talks stall </title><script>window.__fbPwned='title'</script>",
	`"><svg onload=window.__fbPwned='svg'>`,
	`'><img src=x onerror=window.__fbPwned='img'>`,
	"{import('x')}",
	"javascript:window.__fbPwned='url'",
	'3 < 5',
	'Q&A',
	'&amp; and &#60; as typed',
] as const;
