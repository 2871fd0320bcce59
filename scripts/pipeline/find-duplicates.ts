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
	const words = text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
	const shingles = new Set<number>();
	for (let index = 0; index + SHINGLE_WORDS <= Math.max(words.length, SHINGLE_WORDS); index++)
		shingles.add(hash(words.slice(index, index + SHINGLE_WORDS).join(' ')));
	return [...shingles].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/** Jaccard estimate from two bottom-k sketches. */
function similarity(a: number[], b: number[]): number {
	const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, SKETCH_SIZE);
	const inA = new Set(a);
	const inB = new Set(b);
	const shared = union.filter((value) => inA.has(value) && inB.has(value)).length;
	return union.length ? shared / union.length : 0;
}

/** Pairs of articles (in input order) whose bodies are at least 85% the same. */
export function findDuplicates(articles: { id: string; text: string }[]): DuplicatePair[] {
	const sketches = articles.map((article) => sketch(article.text));
	const pairs: DuplicatePair[] = [];
	for (let i = 0; i < articles.length; i++)
		for (let j = i + 1; j < articles.length; j++) {
			const score = similarity(sketches[i]!, sketches[j]!);
			if (score >= DUPLICATE_THRESHOLD) pairs.push({ first: articles[i]!.id, second: articles[j]!.id, similarity: score });
		}
	return pairs;
}
