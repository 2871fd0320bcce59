/**
 * A page's `h2` sections declared once, in page order: the heading's id and text and the "On this
 * page" list come from the same declaration, so they cannot drift apart. A section the page leaves
 * out (nothing to show) is declared with `shown: false`: it has no heading and no entry.
 */

/** One shown section: the `h2` id and its text. */
export interface PageSection {
	id: string;
	title: string;
}

/** An entry of Starlight's "On this page" list. */
export interface SectionHeading {
	depth: 2;
	slug: string;
	text: string;
}

/** The sections of a page, by id (null when not shown), and the table of contents of those shown. */
export interface PageSections<K extends string> {
	section: Record<K, PageSection | null>;
	headings: SectionHeading[];
}

/** Declares the sections of a page in order; the keys are the heading ids. */
export function pageSections<K extends string>(
	declared: Record<K, { title: string; shown?: boolean }>,
): PageSections<K> {
	const section = {} as Record<K, PageSection | null>;
	const headings: SectionHeading[] = [];
	for (const id of Object.keys(declared) as K[]) {
		const { title, shown = true } = declared[id];
		section[id] = shown ? { id, title } : null;
		if (shown) headings.push({ depth: 2, slug: id, text: title });
	}
	return { section, headings };
}
