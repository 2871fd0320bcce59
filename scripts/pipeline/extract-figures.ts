/** Finds the numbers behind the charts: strikes, casualties, territory, prisoners and money, each with its source sentence. */
import type { DatePrecision, FigureDateSource, FigureSpan } from '../../src/schemas/index.ts';
import { getOrCreate } from '../../src/shared/get-or-create.ts';
import type { AnnotatedSentence } from './annotate/index.ts';
import {
	type CountryLexicon,
	type CountryRef,
	countryLexicon,
	dropsUnlessReported,
	EARLIER_TOLL_REACH,
	type Family,
	type FigureDate,
	figureDate,
	findAttributions,
	findCountryRefs,
	findSubject,
	inflicter,
	interceptor,
	METRIC_RULES,
	type MetricMatch,
	matchMetric,
	metricName,
	type NumberSite,
	nearestAttribution,
	placeOf,
	readListedPlace,
	readNumberSites,
	readScope,
	readSpan,
	readStatus,
	type SubjectReading,
	unitName,
	type WeaponPatterns,
} from './figures/index.ts';
import { dropRestatements } from './figures/restatements.ts';
import type { DateMention, EntityMention, ExtractedFigure, Sentence } from './model.ts';

/** Everything the figure extractor reads about one article. */
export interface FigureContext {
	/** Article id. */
	article: string;
	sentences: AnnotatedSentence[];
	/** Entity mentions found in these sentences (gazetteer ids like `russia`, or `nlp:…` keys). */
	mentions: EntityMention[];
	/** Resolved date mentions of these sentences. */
	dates: DateMention[];
	publication: { date: string | null; precision: DatePrecision | null };
	/** "Ukrainian" → "ukraine", "Russian" → "russia", "American" → "united-states". */
	demonyms: Map<string, string>;
	/** Optional: the country a place or body lies in or stands for ("kharkiv" → "ukraine", "moscow" → "russia"). */
	countryOf?: ReadonlyMap<string, string>;
	/** Optional: the curated weapon names by kind (`content/weapons.yaml`), read as the noun of a count ("120 Shaheds"). */
	weapons?: WeaponPatterns;
}

/** Families whose figures happen somewhere; money and plans are for someone, not in a place. */
const PLACED_FAMILIES: ReadonlySet<Family> = new Set([
	'strikes',
	'casualties',
	'territory',
	'prisoners',
	'infrastructure',
]);

/** One figure with what later figures of the same sentence and article need to know about it. */
interface Reading {
	figure: ExtractedFigure;
	match: MetricMatch;
	order: [number, number];
}

/** What the extractor remembers while it reads an article in order. */
interface ArticleState {
	/** The latest claimant named in the current paragraph, for a later "it also said" of that paragraph. */
	named: { block: number; claimedBy: string } | null;
	launchers: Map<string, string>;
	lastLauncher: string | null;
	/** The date and paragraph of the latest figure of each launch metric. */
	launchDates: Map<string, DatedFrom & { block: number }>;
	/** True once a casualty figure was read: its parts ("Twenty-six of the dead were children") may count. */
	lossesCounted: boolean;
	/** The latest death toll read, with its sentence's index: "among the fallen" just after it is a part of it. */
	lastToll: { index: number; span: FigureSpan | null; cue: string | null } | null;
}

function groupBySentence<T extends { sentence: string }>(items: readonly T[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const group = groups.get(item.sentence);
		if (group) group.push(item);
		else groups.set(item.sentence, [item]);
	}
	return groups;
}

/** The end of the last counted noun in a site's own phrase ("120 Shahed drones"), else the end of the number. */
function nounEnd(site: NumberSite, match: MetricMatch): number {
	if (!match.rule.noun || !site.phrase.text) return site.number.end;
	const nouns = [...site.phrase.text.matchAll(new RegExp(match.rule.noun.source, 'gi'))];
	const last = nouns.at(-1);
	return last ? site.phrase.start + last.index + last[0].length : site.number.end;
}

/** One figure read, with the metric rule that read it (`figures:drones-launched`), for tests and traces. */
export interface FigureDecision {
	sentence: string;
	text: string;
	metric: string;
	value: number;
	rule: string;
}

/**
 * Finds every stated quantity about strikes, casualties, territory, prisoners and money. `trace` hears of each figure
 * read with the rule that read it (a figure a heading repeats from the body is heard of, then left out).
 */
export function extractFigures(context: FigureContext, trace?: (decision: FigureDecision) => void): ExtractedFigure[] {
	const lexicon = countryLexicon(context.demonyms, context.countryOf);
	const mentions = groupBySentence(context.mentions);
	const dates = groupBySentence(context.dates);
	const refs = new Map<string, CountryRef[]>();
	const refsOf = (sentence: Sentence) =>
		getOrCreate(refs, sentence.id, () => findCountryRefs(sentence.text, mentions.get(sentence.id) ?? [], lexicon));
	const state: ArticleState = {
		named: null,
		launchers: new Map(),
		lastLauncher: null,
		launchDates: new Map(),
		lossesCounted: false,
		lastToll: null,
	};
	const body: Reading[] = [];
	const summary: Reading[] = [];

	context.sentences.forEach((sentence, index) => {
		const isBody = sentence.kind === 'body' || sentence.kind === 'list-item';
		const paragraphBefore: EarlierSentence[] = [];
		for (let back = index - 1; back >= 0 && context.sentences[back]!.block === sentence.block; back -= 1) {
			const earlier = context.sentences[back]!;
			paragraphBefore.push({ text: earlier.text, refs: refsOf(earlier), mentions: mentions.get(earlier.id) ?? [] });
		}
		const readings = readSentence(context, sentence, index, {
			mentions: mentions.get(sentence.id) ?? [],
			dates: dates.get(sentence.id) ?? [],
			refs: refsOf(sentence),
			lexicon,
			trace,
			paragraphBefore: isBody ? paragraphBefore : [],
			// Key points and headings read with a copy of the state, so that they change nothing for the body.
			state: isBody
				? state
				: {
						named: null,
						launchers: new Map(state.launchers),
						lastLauncher: state.lastLauncher,
						launchDates: new Map(state.launchDates),
						lossesCounted: state.lossesCounted,
						lastToll: state.lastToll,
					},
		});
		if (!isBody) {
			summary.push(...readings);
			return;
		}
		body.push(...readings);
	});

	// Key points and headings repeat the body: keep one of theirs only when the body does not state it.
	const repeats = (reading: Reading) =>
		body.some(({ figure }) => figure.metric === reading.figure.metric && figure.value === reading.figure.value);
	const figures = [...body, ...summary.filter((reading) => !repeats(reading))]
		.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
		.map(({ figure }) => figure);
	return dropRestatements(placeLaunches(figures, lexicon));
}

/**
 * A launch or a hit with no place of its own went where its interceptions were made: "Russia launched 470 drones …
 * Ukrainian air defenses intercepted 412 drones" puts the 470 in Ukraine (figures of one article, paired by attacker
 * and date). A loss with no place of its own happened where the strike of its sentence did ("29 locations were hit,
 * leaving at least eight people injured").
 */
function placeLaunches(figures: ExtractedFigure[], lexicon: CountryLexicon): ExtractedFigure[] {
	const defended = new Map<string, string>();
	for (const figure of figures) {
		if (figure.interceptedBy !== null && figure.scope === null)
			defended.set(`${figure.subject}|${figure.date}`, figure.interceptedBy);
	}
	const placed = figures.map((figure) => {
		if (figure.place !== null || figure.subjectRole !== 'attacker' || figure.interceptedBy !== null) return figure;
		const place = defended.get(`${figure.subject}|${figure.date}`);
		return place ? { ...figure, place } : figure;
	});
	// …and an interception with no place of its own was made where its launch went ("fired 230 drones at Ukraine's
	// energy grid; air defenses downed 201").
	const targeted = new Map<string, string>();
	for (const figure of placed)
		if (figure.metric.endsWith('_launched') && figure.place !== null && figure.scope === null)
			targeted.set(`${figure.subject}|${figure.date}`, figure.place);
	const intercepted = placed.map((figure) => {
		if (figure.place !== null || !figure.metric.endsWith('_intercepted')) return figure;
		const place = targeted.get(`${figure.subject}|${figure.date}`);
		return place ? { ...figure, place } : figure;
	});
	const struck = new Map<string, string>();
	for (const figure of intercepted)
		if (figure.subjectRole === 'attacker' && figure.place !== null && !struck.has(figure.sentence))
			struck.set(figure.sentence, figure.place);
	const countryOf = (place: string) => (lexicon.countries.has(place) ? place : (lexicon.countryOf.get(place) ?? null));
	return intercepted.map((figure) => {
		const place = figure.inflictedBy !== null && figure.place === null ? struck.get(figure.sentence) : undefined;
		if (!place) return figure;
		const fell = figure.subject === null ? countryOf(place) : null;
		return fell ? { ...figure, place, subject: fell, subjectRole: 'place' } : { ...figure, place };
	});
}

/**
 * The date of an interception stated without one, in the paragraph of its launch: the launch's date ("Russia launched
 * 540 drones overnight on Wednesday… Of these, 476 were shot down"), or null.
 */
function launchDate(match: MetricMatch, sentence: Sentence, state: ArticleState): DatedFrom | null {
	const launch = match.rule.launchedAs ? state.launchDates.get(match.rule.launchedAs) : undefined;
	if (!launch || launch.block !== sentence.block) return null;
	return { date: launch.date, precision: launch.precision, source: launch.source };
}

/**
 * The metric of the whole in "shot down 27 of the 30 missiles": what was launched when the part was intercepted;
 * otherwise the whole counts something else than a figure ("3 of the 10 passengers") and is left out.
 */
function wholeMatch(part: Reading | undefined): MetricMatch | null {
	const launchedAs = part?.match.rule.launchedAs;
	const rule = launchedAs ? METRIC_RULES.find((candidate) => candidate.metric === launchedAs) : undefined;
	return rule ? { rule, distance: 0, cue: null } : null;
}

/** A figure's date and where it comes from: its text, or the article's date when the text gives none. */
type DatedFrom = FigureDate & { source: FigureDateSource | null };

/** An earlier sentence of the paragraph, as the subject and side finders read it. */
interface EarlierSentence {
	text: string;
	refs: CountryRef[];
	mentions: EntityMention[];
}

interface SentenceInputs {
	mentions: EntityMention[];
	dates: DateMention[];
	refs: CountryRef[];
	paragraphBefore: EarlierSentence[];
	lexicon: CountryLexicon;
	state: ArticleState;
	trace: ((decision: FigureDecision) => void) | undefined;
}

/** Reads the figures of one sentence. */
function readSentence(
	context: FigureContext,
	sentence: AnnotatedSentence,
	index: number,
	inputs: SentenceInputs,
): Reading[] {
	const { text } = sentence;
	const reserved = [
		...inputs.dates.map((date) => ({ start: date.start, end: date.start + date.text.length })),
		...inputs.mentions.map((mention) => ({ start: mention.start, end: mention.start + mention.surface.length })),
	];
	const attributions = findAttributions(text, inputs.mentions);
	const bySite = new Map<NumberSite, Reading>();
	const readings: Reading[] = [];
	const sites = readNumberSites(sentence, reserved);
	for (const site of sites) {
		const parent = site.parent ? bySite.get(site.parent) : undefined;
		const match =
			site.relation === 'whole'
				? wholeMatch(parent)
				: site.relation === 'item' && parent
					? parent.match
					: (matchMetric(text, site, METRIC_RULES, {
							nationals: inputs.lexicon.nationalsPattern,
							weapons: context.weapons ?? {},
							lossesCounted: inputs.state.lossesCounted,
						}) ?? (site.relation === 'part' && parent ? parent.match : null));
		if (!match) continue;
		// A proposed swap, a threatened strike or a death denied is no count of what happened; a negated or supposed cap,
		// plan or sum keeps its status, so that it is never shown as a fact.
		const status = readStatus(text, site, match);
		if (status.status !== 'reported' && dropsUnlessReported(match.rule.family)) continue;
		const metric = metricName(match.rule, site.number);
		const partOfParent =
			(site.relation === 'part' || site.relation === 'item') && parent !== undefined && parent.figure.metric === metric;
		// The first number of a list by place is a part as its items are ("47 drones over the Bryansk Region, 30 …").
		const firstItem = sites.find((other) => other.parent === site && other.relation === 'item');
		const end = nounEnd(site, match);
		const inherited: SubjectReading | null =
			(partOfParent || site.relation === 'whole') && parent!.figure.subject !== null
				? { id: parent!.figure.subject, role: parent!.figure.subjectRole ?? 'attacker' }
				: null;
		const subject =
			findSubject(site, match, {
				text,
				refs: inputs.refs,
				mentions: inputs.mentions,
				paragraphBefore: inputs.paragraphBefore,
				launchers: inputs.state.launchers,
				lastLauncher: inputs.state.lastLauncher,
			}) ?? inherited;
		const sides = { text, refs: inputs.refs, mentions: inputs.mentions, paragraphBefore: inputs.paragraphBefore };
		// A part or a whole shares the sides of the figure it belongs to ("…at southern Ukraine, of which 38 were shot down").
		const kin = partOfParent || site.relation === 'whole' || site.relation === 'part' ? parent?.figure : undefined;
		const interceptedBy = match.rule.launchedAs
			? (interceptor(site, match, sides) ?? (kin?.metric === metric ? kin.interceptedBy : null))
			: null;
		// "29 locations were hit, leaving at least eight people injured": a loss takes the attack of its sentence.
		const strikeBefore = readings.findLast((reading) => reading.match.rule.family === 'strikes');
		const inflictedBy =
			match.rule.family === 'casualties'
				? (inflicter(site, sides, subject?.id ?? null) ?? kin?.inflictedBy ?? strikeBefore?.figure.subject ?? null)
				: null;
		// A sum or a plan happens nowhere in particular ("€2bn in budget support to Ukraine" is for Ukraine, not in it).
		const place = PLACED_FAMILIES.has(match.rule.family)
			? placeOf(site, sides, interceptedBy ?? kin?.place ?? (subject?.role === 'place' ? subject.id : null), {
					struck: match.rule.family === 'casualties',
				})
			: null;
		// "Russian forces shelled Kherson, killing three civilians": losses with no side of their own are where they fell.
		const fell =
			place === null
				? null
				: inputs.lexicon.countries.has(place)
					? place
					: (inputs.lexicon.countryOf.get(place) ?? null);
		const whose: SubjectReading | null =
			subject ?? (match.rule.family === 'casualties' && fell ? { id: fell, role: 'place' } : null);
		const stated = figureDate(text, site.qualifier.start, end, inputs.dates, context.publication);
		const date: DatedFrom = partOfParent
			? { date: parent.figure.date, precision: parent.figure.datePrecision, source: parent.figure.dateSource }
			: ((stated.from !== 'sentence' ? launchDate(match, sentence, inputs.state) : null) ?? {
					date: stated.date,
					precision: stated.precision,
					source: stated.from,
				});
		// Who states a number is read from its own sentence only: another speaker of the paragraph may have said
		// something else ("Zelenskyy confirmed the targets. Air defenses intercepted 412 drones." names no one for 412).
		// A pronoun claimant ("It also said…") is the one the paragraph named last.
		const attribution = nearestAttribution(attributions, site.qualifier.start, end);
		const named = inputs.state.named?.block === sentence.block ? inputs.state.named.claimedBy : null;
		const claimedBy = attribution ? (attribution.pronoun ? named : attribution.claimedBy) : null;
		// A running total, a period's count or one night's: never compared on one axis.
		const span = readSpan(metric, {
			sentence: text,
			site,
			match,
			dates: inputs.dates,
			dateFrom: partOfParent ? null : stated.from,
			whole: kin?.span ?? null,
			earlierToll:
				inputs.state.lastToll &&
				inputs.state.lastToll.index < index &&
				index - inputs.state.lastToll.index <= EARLIER_TOLL_REACH
					? inputs.state.lastToll
					: null,
		});
		const reading: Reading = {
			match,
			order: [index, site.number.start],
			figure: {
				metric,
				value: site.number.value,
				unit: unitName(match.rule, site.number),
				qualifier: site.qualifier.qualifier,
				subject: whose?.id ?? null,
				claimedBy,
				date: date.date,
				datePrecision: date.precision,
				dateSource: date.source,
				article: context.article,
				quote: text,
				sentence: sentence.id,
				text: text.slice(site.qualifier.start, end),
				scope: partOfParent
					? readScope(text, site)
					: firstItem
						? readListedPlace(text, site.phrase.end, firstItem.qualifier.start)
						: null,
				status: status.status,
				statusCue: status.cue,
				subjectRole: whose?.role ?? null,
				interceptedBy,
				inflictedBy: inflictedBy === whose?.id && whose?.role !== 'place' ? null : inflictedBy,
				place,
				span: span.span,
				spanCue: span.cue,
			},
		};
		bySite.set(site, reading);
		inputs.trace?.({
			sentence: sentence.id,
			text: reading.figure.text,
			metric,
			value: site.number.value,
			rule: match.rule.id,
		});
		readings.push(reading);
		if (match.rule.family === 'casualties') inputs.state.lossesCounted = true;
		if (/killed$/.test(metric)) inputs.state.lastToll = { index, span: span.span, cue: span.cue };
		// Later interceptions and hits, in this sentence or after, are of what this launcher sent.
		if (match.rule.family === 'strikes' && match.rule.subject === 'agent') {
			inputs.state.launchDates.set(metric, { ...date, block: sentence.block });
			if (subject) {
				inputs.state.launchers.set(metric, subject.id);
				inputs.state.lastLauncher = subject.id;
			}
		}
	}
	const lastNamed = attributions.filter((attribution) => !attribution.pronoun).at(-1);
	if (lastNamed) inputs.state.named = { block: sentence.block, claimedBy: lastNamed.claimedBy };
	return readings;
}
