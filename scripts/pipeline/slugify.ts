/** Turns titles and names into URL slugs. */

// Latin spellings for Cyrillic letters (Ukrainian and Russian national systems, simplified).
const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'h',
	ґ: 'g',
	д: 'd',
	е: 'e',
	є: 'ie',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'y',
	і: 'i',
	ї: 'i',
	й: 'i',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'iu',
	я: 'ia',
};

export const MAX_SLUG_LENGTH = 80;

/** Lower-case ASCII words joined by hyphens, at most 80 characters, cut between words. */
export function slugify(text: string): string {
	const latin = [...text.toLowerCase()].map((char) => CYRILLIC[char] ?? char).join('');
	const words = latin
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > MAX_SLUG_LENGTH) break;
		slug = next;
	}
	return slug || (words[0]?.slice(0, MAX_SLUG_LENGTH) ?? '');
}

/** Gives every item a distinct slug: the first keeps the plain slug, later ones get `-2`, `-3`… in input order. */
export function uniqueSlugs(bases: string[], fallback = 'article'): string[] {
	const taken = new Set<string>();
	// The next number to try for each root: the numbers below it are taken already, so many items with
	// one root cost one step each rather than a walk past all the earlier ones.
	const next = new Map<string, number>();
	return bases.map((base) => {
		const root = base || fallback;
		let slug = root;
		let n = next.get(root) ?? 2;
		if (taken.has(slug)) {
			while (taken.has(`${root}-${n}`)) n++;
			slug = `${root}-${n}`;
			n++;
		}
		next.set(root, n);
		taken.add(slug);
		return slug;
	});
}
