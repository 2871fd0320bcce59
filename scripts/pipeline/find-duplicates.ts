/**
 * Finds articles whose bodies are identical or nearly so (a re-scrape, a file saved twice), without
 * comparing every pair: each article gets a fingerprint of its five-word phrases, and only articles
 * whose fingerprints collide in a locality-sensitive hash (MinHash, banded) are compared.
 *
 * The fingerprint holds two things. A bottom-k sketch (the 64 smallest phrase hashes) estimates how
 * much two bodies share; that estimate decides. A MinHash signature of `BANDS` × `ROWS` values, cut
 * into bands, proposes the pairs worth estimating: two bodies land in one bucket of a band when all
 * `ROWS` minimum hashes agree, which for a share s happens with probability about s^ROWS. A pair at the
 * 85% threshold is proposed with probability 1 − (1 − 0.85⁴)²⁰ > 0.999 999 6; two unrelated
 * articles (s ≈ 0.05) almost never are, so the work grows with the corpus, not with its square.
 */

/** Two articles that share nearly all their text. */
export interface DuplicatePair {
	first: string;
	second: string;
	/** Estimated share of shared five-word phrases, 0..1. */
	similarity: number;
}

/** What `findDuplicates` compares: small, and computed once per article (a worker can make it). */
export interface TextFingerprint {
	/** Bottom-k sketch: the smallest phrase hashes, ascending. */
	sketch: number[];
	/** One bucket key per band of the MinHash signature. */
	bands: string[];
}

const SKETCH_SIZE = 64;
const SHINGLE_WORDS = 5;
/** Bands of the MinHash signature, and rows (minimum hashes) per band. */
const BANDS = 20;
const ROWS = 4;
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

/** The murmur3 finaliser of `value` mixed with a seed: one of a family of independent hash functions. */
function rehash(value: number, seed: number): number {
	let h = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/** The distinct hashes of the text's five-word phrases (a text shorter than five words is one phrase). */
function shingles(text: string): Set<number> {
	const words = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean)
		.map(hash);
	const found = new Set<number>();
	// Each phrase hash combines its five word hashes, so no phrase string is ever built.
	for (let index = 0; index + SHINGLE_WORDS <= Math.max(words.length, SHINGLE_WORDS); index++) {
		let value = 0x811c9dc5;
		for (let word = index; word < Math.min(index + SHINGLE_WORDS, words.length); word++)
			value = Math.imul(value ^ words[word]!, 0x01000193) >>> 0;
		found.add(rehash(value, 0));
	}
	return found;
}

/** Bottom-k sketch of the article's five-word shingles: a small, comparable fingerprint. */
export function sketch(text: string): number[] {
	return bottomK(shingles(text));
}

function bottomK(values: Set<number>): number[] {
	return [...values].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/**
 * The fingerprint of one article body. The MinHash signature is made with one hash per phrase
 * (one-permutation hashing): the phrase hashes are spread over `BANDS` × `ROWS` bins by their top
 * bits and each bin keeps its smallest, which agree between two bodies about as often as separate
 * hash functions would, at a sixtieth of the cost.
 */
export function fingerprint(text: string): TextFingerprint {
	const values = shingles(text);
	const bins = BANDS * ROWS;
	const minima = new Array<number>(bins).fill(-1);
	for (const value of values) {
		const mixed = rehash(value, 1);
		const bin = Math.floor((mixed / 0x100000000) * bins);
		if (minima[bin] === -1 || mixed < minima[bin]!) minima[bin] = mixed;
	}
	const bands: string[] = [];
	for (let band = 0; band < BANDS; band++)
		bands.push(`${band}:${minima.slice(band * ROWS, (band + 1) * ROWS).join(',')}`);
	return { sketch: bottomK(values), bands };
}

/** Jaccard estimate from two sorted bottom-k sketches: the share of the union's k smallest values found in both. */
export function sketchSimilarity(a: number[], b: number[]): number {
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

/** Pairs of articles (in input order) whose bodies are at least 85% the same, from their fingerprints. */
export function findDuplicatePairs(articles: readonly { id: string; fingerprint: TextFingerprint }[]): DuplicatePair[] {
	const buckets = new Map<string, number[]>();
	// Candidate pairs as i * n + j (i < j), so each is estimated once and the result comes out in input order.
	const candidates = new Set<number>();
	const n = articles.length;
	articles.forEach((article, j) => {
		for (const band of article.fingerprint.bands) {
			const bucket = buckets.get(band);
			if (!bucket) {
				buckets.set(band, [j]);
				continue;
			}
			for (const i of bucket) candidates.add(i * n + j);
			bucket.push(j);
		}
	});
	const pairs: DuplicatePair[] = [];
	for (const key of [...candidates].sort((a, b) => a - b)) {
		const first = articles[Math.floor(key / n)]!;
		const second = articles[key % n]!;
		const score = sketchSimilarity(first.fingerprint.sketch, second.fingerprint.sketch);
		if (score >= DUPLICATE_THRESHOLD) pairs.push({ first: first.id, second: second.id, similarity: score });
	}
	return pairs;
}

/** Pairs of articles (in input order) whose bodies are at least 85% the same. */
export function findDuplicates(articles: readonly { id: string; text: string }[]): DuplicatePair[] {
	return findDuplicatePairs(articles.map((article) => ({ id: article.id, fingerprint: fingerprint(article.text) })));
}
