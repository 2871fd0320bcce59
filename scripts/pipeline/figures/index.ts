/** The figure extractor's parts, used by `extract-figures.ts`. */
export { findAttributions, nearestAttribution, resolveClaimant, type Attribution } from './attribution.ts';
export { countryLexicon, findCountryRefs, type CountryLexicon, type CountryRef } from './country-refs.ts';
export { figureDate, type ChosenDate, type FigureDate } from './figure-date.ts';
export { isHypothetical } from './hypothetical.ts';
export { CONTEXTS, CUES, NOUNS } from './lexicon.ts';
export { clauseAround, countedPhrase, matchMetric, type MetricMatch } from './match-metric.ts';
export { metricName, unitName, type Family, type MetricRule, type SubjectRole } from './metric-rule.ts';
export { METRIC_RULES } from './metrics/index.ts';
export { nonFigureReason, type Span } from './non-figures.ts';
export { readNumberSites, type NumberSite } from './number-site.ts';
export { findNumbers, parseDigits, parseNumberWords, type Currency, type NumberMatch } from './parse-number.ts';
export { readQualifier, type QualifierReading } from './qualifier.ts';
export { readPlace, readScope } from './scope.ts';
export { carriedClaimant, familiesOf, type CarriedSource } from './source-carry.ts';
export { findSubject, type SubjectScene } from './subject.ts';
