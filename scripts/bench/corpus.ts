/**
 * Benchmark corpora made from the real seeds: paragraphs shuffled across articles, dates and numbers
 * varied, every headline unique. Deterministic for a given size and random seed, so runs compare.
 */
import { language } from '../pipeline/lang/index.ts';

/** One generated seed file. */
export interface SeedFile {
	name: string;
	text: string;
}

const MONTHS = language.calendar.months;
const MONTH_PATTERN = new RegExp(`\\b(${MONTHS.join('|')})(\\s+(\\d{1,2})\\b)?`, 'g');
/** Scraper debris and structure lines that only make sense where the seed put them. */
const DEBRIS = /^(Creator:|LATEST NEWS|Quick Read|Key Points?)\s*$/i;

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The body lines of the seeds, sorted into paragraphs and subheadings. */
export function paragraphPool(seeds: SeedFile[]): { paragraphs: string[]; headings: string[] } {
	const paragraphs: string[] = [];
	const headings: string[] = [];
	for (const seed of seeds) {
		const lines = seed.text
			.replace(/\r\n?/g, '\n')
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean);
		const headline = lines[0];
		for (const line of lines.slice(1)) {
			if (line === headline || DEBRIS.test(line) || /^[•*\-–]/.test(line)) continue;
			if (/[.!?”"’)]$/.test(line) && line.length > 60) paragraphs.push(line);
			else if (line.length >= 20 && line.length <= 110 && !/[.:]$/.test(line)) headings.push(line);
		}
	}
	return { paragraphs, headings };
}

/** Moves month names (and the day after one) by `shift`, so dates spread over the year. */
export function shiftDates(text: string, months: number, days: number): string {
	return text.replace(MONTH_PATTERN, (_, month: string, dayPart: string | undefined, day: string | undefined) => {
		const shifted = MONTHS[(MONTHS.indexOf(month) + months) % 12]!;
		if (!day) return shifted;
		return `${shifted}${dayPart!.replace(day, String(((Number(day) - 1 + days) % 28) + 1))}`;
	});
}

/** Scales the numbers of a text by `factor` (years, ordinals and numbers inside words stay). */
export function scaleNumbers(text: string, factor: number): string {
	return text.replace(/(?<![\w.,$€£-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w-]|[.,]\d)/g, (whole) => {
		const value = Number(whole.replace(/,/g, ''));
		if (value >= 1900 && value <= 2100 && !whole.includes(',')) return whole; // a year
		const scaled = Math.max(1, Math.round(value * factor));
		return whole.includes(',') || scaled >= 10_000 ? scaled.toLocaleString('en-US') : String(scaled);
	});
}

/**
 * `count` articles recombined from `seeds`. With `count` equal to the number of seeds, the seeds
 * themselves; otherwise each article takes a subheading as its headline (made unique with a
 * dispatch number) and 8–18 paragraphs drawn from every seed, with dates and numbers varied.
 */
export function generateCorpus(seeds: SeedFile[], count: number, seed = 20251122): SeedFile[] {
	if (count === seeds.length) return seeds.map((file) => ({ ...file }));
	const next = random(seed);
	const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
	const { paragraphs, headings } = paragraphPool(seeds);
	const files: SeedFile[] = [];
	for (let index = 0; index < count; index++) {
		const months = Math.floor(next() * 12);
		const days = Math.floor(next() * 28);
		const factor = 0.5 + next();
		const vary = (text: string) => scaleNumbers(shiftDates(text, months, days), factor);
		const lines = [`${vary(pick(headings))} (Dispatch ${index + 1})`, ''];
		const length = 8 + Math.floor(next() * 11);
		for (let paragraph = 0; paragraph < length; paragraph++) {
			if (paragraph > 1 && next() < 0.2) lines.push(vary(pick(headings)), '');
			lines.push(vary(pick(paragraphs)), '');
		}
		files.push({ name: `bench_${String(index + 1).padStart(4, '0')}.txt`, text: lines.join('\n') });
	}
	return files;
}
