/**
 * Attribution: who says what. One module serves the quotes (`quote-rules.ts`: who said a quotation), the figures
 * (`claimants.ts`: who states a number) and the event titles (`speech.ts`: a bare "X said" takes what was said), all
 * reading the speech verbs of the language module.
 */
export { type Attribution, findAttributions, nearestAttribution, resolveClaimant } from './claimants.ts';
export { findQuotations, type Quotation, type QuotationPart } from './quotation-marks.ts';
export { type Located, type QuoteContext, quoteContext, type Speaker } from './quote-context.ts';
export { QUOTE_RULES, type QuoteAnswer, type QuoteScene, wordCount } from './quote-rules.ts';
export {
	LEADING_SPEAKER_PHRASE,
	LEADING_SPEECH_VERB,
	PRONOUN,
	REPORTED_THAT,
	SPEAKER_PHRASE,
	SPEECH_VERB,
	TERM_LEAD,
	TITLE_SPEECH_LEMMAS,
} from './speech.ts';
