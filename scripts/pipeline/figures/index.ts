/** The figure extractor's parts, used by `extract-figures.ts`. */
export {
	type Attribution,
	findAttributions,
	nearestAttribution,
	resolveClaimant,
} from '../attribution/index.ts';
export { type CountryLexicon, type CountryRef, countryLexicon, findCountryRefs } from './country-refs.ts';
export { type ChosenDate, type FigureDate, figureDate } from './figure-date.ts';
export { CONTEXTS, CUES, NOUNS } from './lexicon.ts';
export { listTotalDiagnostics } from './list-totals.ts';
export { countedPhrase, type MetricMatch, matchMetric, type NounLexicon } from './match-metric.ts';
export { type Family, type MetricRule, metricName, type SubjectRole, unitName } from './metric-rule.ts';
export { METRIC_RULES } from './metrics/index.ts';
export { nonFigureReason, type Span } from './non-figures.ts';
export { type NumberSite, readNumberSites } from './number-site.ts';
export { type QualifierReading, readQualifier } from './qualifier.ts';
export { readListedPlace, readPlace, readScope } from './scope.ts';
export { inflicter, interceptor, placeOf, type SideScene } from './sides.ts';
export { EARLIER_TOLL_REACH, isLevel, readSpan, SPAN_RULES, type SpanReading } from './span.ts';
export { dropsUnlessReported, readStatus, STATUS_RULES, type StatusReading } from './status.ts';
export { findSubject, type SubjectReading, type SubjectScene } from './subject.ts';
export { unreadableNumbers } from './unreadable-numbers.ts';
export { type WeaponPatterns, weaponPatterns } from './weapon-names.ts';
