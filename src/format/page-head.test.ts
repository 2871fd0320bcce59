import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../test/hostile-strings.ts';
import { elementsOf, textOf } from '../../test/markup-scan.ts';
import { safeHead } from './page-head.ts';

const site = 'Frontline Brief';
const titleEntry = (title: string) => ({ tag: 'title', content: `${title} | ${site}` });

describe('safeHead', () => {
	it('escapes a headline that tries to close the <title> and open a script', () => {
		const title = 'Talks stall</title><script>window.pwned=1</script>';
		const [entry] = safeHead([titleEntry(title)], { title, siteTitle: site });
		expect(entry?.content).toBe(
			'Talks stall&#60;/title&#62;&#60;script&#62;window.pwned=1&#60;/script&#62; | Frontline Brief',
		);
	});

	it.each(HOSTILE_STRINGS)('gives the headline %j back as the text of <title>, with nothing after it', (title) => {
		const [entry] = safeHead([titleEntry(title)], { title, siteTitle: site });
		// Starlight writes the entry as <title>{content}</title> with set:html.
		const head = [...elementsOf(parse(`<!doctype html><head><title>${entry?.content}</title></head>`))];
		expect(head.map((element) => element.tagName)).toEqual(['html', 'head', 'title', 'body']);
		expect(textOf(head[2]!)).toBe(`${title} | ${site}`);
	});

	it('keeps a lone < and & readable as characters', () => {
		const title = 'Q&A: is 3 < 5?';
		const [entry] = safeHead([titleEntry(title)], { title, siteTitle: site });
		expect(entry?.content).toBe('Q&#38;A: is 3 &#60; 5? | Frontline Brief');
	});

	it('names the site once on a page titled with the site name', () => {
		const [entry] = safeHead([titleEntry(site)], { title: site, siteTitle: site });
		expect(entry?.content).toBe('Frontline Brief');
	});

	it('leaves the site’s own script and meta entries untouched', () => {
		const script = { tag: 'script', content: 'if (a < b && c) run();' };
		const meta = { tag: 'meta', attrs: { property: 'og:title', content: '<b>x</b>' } };
		expect(safeHead([script, meta], { title: 'x', siteTitle: site })).toEqual([script, meta]);
	});
});
