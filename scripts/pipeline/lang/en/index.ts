/** English: the words the pipeline reads English-language articles with. */
import type { Language } from '../language.ts';
import { ABBREVIATIONS, DOTTED_TITLES } from './abbreviations.ts';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './calendar.ts';
import { HEDGES } from './hedges.ts';
import { NUMBER_SCALES, NUMBER_UNITS } from './numbers.ts';
import { SPEECH_VERBS } from './speech-verbs.ts';
import {
	MODALS,
	NEGATORS,
	PLAN_NOUNS,
	POSITION_VERBS,
	PRESENTING_VERBS,
	PROVISION_NOUNS,
	PROVISION_VERBS,
	RELATIONAL_NOUNS,
	STANCE_CUES,
} from './stances.ts';
import { LOWER_CASE_TITLES, OFFICES, RANKS, TITLE_QUALIFIERS, TITLE_WORDS } from './titles.ts';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './verbs.ts';

export const english: Language = {
	code: 'en',
	calendar: {
		months: MONTHS,
		monthAbbreviations: MONTH_ABBREVIATIONS,
		weekdays: WEEKDAYS,
		weekdayAbbreviations: WEEKDAY_ABBREVIATIONS,
	},
	abbreviations: ABBREVIATIONS,
	dottedTitles: DOTTED_TITLES,
	numbers: { units: NUMBER_UNITS, scales: NUMBER_SCALES, dozen: 'dozen' },
	hedges: HEDGES,
	speechVerbs: SPEECH_VERBS,
	titles: {
		words: TITLE_WORDS,
		qualifiers: TITLE_QUALIFIERS,
		lowerCase: LOWER_CASE_TITLES,
		offices: OFFICES,
		ranks: RANKS,
	},
	stances: {
		verbs: POSITION_VERBS,
		cues: STANCE_CUES,
		negators: NEGATORS,
		modals: MODALS,
		presenting: PRESENTING_VERBS,
		planNouns: PLAN_NOUNS,
		provisionVerbs: PROVISION_VERBS,
		provisionNouns: PROVISION_NOUNS,
		relationalNouns: RELATIONAL_NOUNS,
	},
	// "Palestinians", "Afghans", "Israelis", "Sudanese": plurals of nationality a count of people may use.
	nationalEndings: ['ians', 'ans', 'is', 'ese'],
	// "took over 30 villages" stays a hedge: it mostly means more than 30.
	particleVerbs: ['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning'],
	irregularPast: IRREGULAR_PAST,
	irregularParticiples: IRREGULAR_PARTICIPLES,
};
