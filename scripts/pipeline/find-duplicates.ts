/** Finds articles whose bodies are identical or nearly so (a re-scrape, a file saved twice). */

/** Two articles that share nearly all their text. */
export interface DuplicatePair {
	first: string;
	second: string;
	/** Estimated share of shared five-word phrases, 0..1. */
	similarity: number;
}

const SKETCH_SIZE = 64;
const SHINGLE_WORDS = 5;
export const DUPLICATE_THRESHOLD = 0.85;

/** 32-bit FNV-1a hash of a string. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		value ^= text.charCodeAt(index);
		value = Math.imul(value, 0x01000193) >>> 0;
	}
	return value;
}

/** Bottom-k sketch of the article's five-word shingles: a small, comparable fingerprint. */
export function sketch(text: string): number[] {
	const words = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
	const shingles = new Set<number>();
	for (let index = 0; index + SHINGLE_WORDS <= Math.max(words.length, SHINGLE_WORDS); index++)
		shingles.add(hash(words.slice(index, index + SHINGLE_WORDS).join(' ')));
	return [...shingles].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/** Jaccard estimate from two sorted bottom-k sketches: the share of the union's k smallest values found in both. */
function similarity(a: number[], b: number[]): number {
	let i = 0;
	let j = 0;
	let union = 0;
	let shared = 0;
	while (union < SKETCH_SIZE && (i < a.length || j < b.length)) {
		if (j >= b.length || (i < a.length && a[i]! < b[j]!)) i++;
		else if (i >= a.length || b[j]! < a[i]!) j++;
		else {
			shared++;
			i++;
			j++;
		}
		union++;
	}
	return union ? shared / union : 0;
}

/** Pairs of articles (in input order) whose bodies are at least 85% the same. */
export function findDuplicates(articles: { id: string; text: string }[]): DuplicatePair[] {
	const sketches = articles.map((article) => sketch(article.text));
	const pairs: DuplicatePair[] = [];
	for (let i = 0; i < articles.length; i++)
		for (let j = i + 1; j < articles.length; j++) {
			const score = similarity(sketches[i]!, sketches[j]!);
			if (score >= DUPLICATE_THRESHOLD)
				pairs.push({ first: articles[i]!.id, second: articles[j]!.id, similarity: score });
		}
	return pairs;
}
