/**
 * Long lists split into pages of a fixed size, so no page grows with the corpus: which items a page
 * holds, the links between pages (Starlight's previous/next links at the foot of the page, and a
 * short run of page numbers), and what a page says it holds.
 */
import { pageCount, pageItems } from './page-limits.ts';

/** One page of a list. */
export interface ListPage<T> {
	/** The items on this page, in list order. */
	items: T[];
	/** 1 is the first page. */
	page: number;
	pages: number;
	/** Items in the whole list. */
	total: number;
	/** Position (1-based) of the page's first item in the list; 0 when the list is empty. */
	from: number;
	/** Position of its last item. */
	to: number;
}

/** Every page of `items` in pages of `size` (an empty list has one, empty, page). */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
	const pages = pageCount(items.length, size);
	return Array.from({ length: pages }, (_, index) => {
		const page = index + 1;
		const slice = pageItems(items, page, size);
		const from = slice.length ? (page - 1) * size + 1 : 0;
		return { items: slice, page, pages, total: items.length, from, to: from ? from + slice.length - 1 : 0 };
	});
}

/**
 * The page numbers a page links to: the first, the last, and `around` on either side of the
 * current one, with `null` where numbers are left out. Twenty links at most, however many pages.
 */
export function pageWindow(page: number, pages: number, around = 2): (number | null)[] {
	const shown = new Set([1, pages]);
	for (let number = page - around; number <= page + around; number++)
		if (number >= 1 && number <= pages) shown.add(number);
	const sorted = [...shown].sort((a, b) => a - b);
	const out: (number | null)[] = [];
	for (const [index, number] of sorted.entries()) {
		if (index > 0 && number - sorted[index - 1]! > 1) out.push(null);
		out.push(number);
	}
	return out;
}

/** A link Starlight shows at the foot of a page (its `prev` and `next` front matter). */
export interface PageLink {
	link: string;
	label: string;
}

/** The previous and next pages of a list as Starlight's page links (`false` at either end, so none is made up). */
export function listPageLinks(
	page: number,
	pages: number,
	href: (page: number) => string,
	label: (page: number) => string,
): { prev: PageLink | false; next: PageLink | false } {
	return {
		prev: page > 1 ? { link: href(page - 1), label: label(page - 1) } : false,
		next: page < pages ? { link: href(page + 1), label: label(page + 1) } : false,
	};
}

/** The route parameter of page `page` of a list under a rest route (`[...page]`): none for the first, `page/N` after. */
export const pageParam = (page: number): string | undefined => (page > 1 ? `page/${page}` : undefined);
