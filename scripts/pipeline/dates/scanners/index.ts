/** The date scanners, strongest first: where two matches overlap, the longer wins, then the earlier scanner. */

import type { ReferenceDate } from '../../../../src/schemas/index.ts';
import type { RawExpression } from '../expression.ts';
import { scanAnniversaries } from './anniversary.ts';
import { scanExplicit } from './explicit.ts';
import { scanMonths } from './month.ts';
import { scanNumericDays } from './numeric.ts';
import { scanRelative } from './relative.ts';
import { scanWeekdays } from './weekday.ts';
import { scanYears } from './year.ts';

/** What the scanners may use besides the sentence. */
export interface ScanContext {
	references: readonly ReferenceDate[];
}

export const SCANNERS: Record<string, (text: string, context: ScanContext) => RawExpression[]> = {
	explicit: scanExplicit,
	numeric: scanNumericDays,
	anniversary: (text, context) => scanAnniversaries(text, context.references),
	month: scanMonths,
	relative: scanRelative,
	weekday: scanWeekdays,
	year: scanYears,
};

/** Every date expression in one sentence, without overlaps, in reading order. */
export function scanText(text: string, context: ScanContext): RawExpression[] {
	const candidates = Object.values(SCANNERS).flatMap((scan, rank) =>
		scan(text, context).map((found) => ({ found, rank })),
	);
	candidates.sort((a, b) => b.found.text.length - a.found.text.length || a.rank - b.rank);
	const kept: RawExpression[] = [];
	for (const { found } of candidates) {
		const end = found.start + found.text.length;
		if (kept.some((other) => found.start < other.start + other.text.length && other.start < end)) continue;
		kept.push(found);
	}
	return kept.sort((a, b) => a.start - b.start);
}
