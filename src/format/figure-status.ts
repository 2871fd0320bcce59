/** What a figure's status means for a reader: a reported number, one the text rules out, or one it only supposes. */
import type { FigureRecord } from '../schemas/index.ts';

/** True when the text states the number as it is: only these are charted, headlined or chosen as key figures. */
export function isReported(figure: Pick<FigureRecord, 'status'>): boolean {
	return figure.status === 'reported';
}

/**
 * Words that say a figure is not a fact, with the text's own cue: "ruled out (“not to”)", "supposed, not a fact
 * (“would have”)"; null for a reported figure.
 */
export function statusWords(figure: Pick<FigureRecord, 'status' | 'statusCue'>): string | null {
	const cue = figure.statusCue ? ` (“${figure.statusCue}”)` : '';
	switch (figure.status) {
		case 'reported':
			return null;
		case 'negated':
			return `ruled out in the text${cue}`;
		case 'hypothetical':
			return `proposed or supposed, not a fact${cue}`;
	}
}
