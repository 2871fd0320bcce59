/** Makes Starlight's computed `<head>` entries safe for text that came from an article or a sidecar. */
import { escapeHtml } from './escape-html.ts';

/** One entry of Starlight's `route.head` (tag, attributes and inner content written with `set:html`). */
export interface HeadEntry {
	tag: string;
	attrs?: Record<string, string | boolean | undefined>;
	content?: string;
}

/**
 * Starlight renders every head entry's `content` with `set:html`, and the `<title>` entry is built
 * from the page title, which here is an article headline or a sidecar's `title`: escape it, so a
 * headline ending in `</title><script>` stays text. A page titled with the site's own name gets
 * the name once ("Frontline Brief", not "Frontline Brief | Frontline Brief").
 * Other entries (scripts and styles from the site config) are the site's own code and stay as they are.
 */
export function safeHead<Entry extends HeadEntry>(head: Entry[], page: { title: string; siteTitle: string }): Entry[] {
	return head.map((entry) => {
		if (entry.tag !== 'title') return entry;
		const text = page.title === page.siteTitle ? page.siteTitle : (entry.content ?? page.title);
		return { ...entry, content: escapeHtml(text) };
	});
}
