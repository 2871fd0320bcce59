import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/schemas/index.ts';
import { language } from '../lang/index.ts';
import { partyResolver } from './parties.ts';
import {
	findStatements,
	type PlanAuthor,
	planPutForward,
	type SentenceMention,
	statedSpan,
	statementPatterns,
} from './statements.ts';

const parties = partyResolver(
	[
		{ id: 'ukraine', name: 'Ukraine', entities: ['volodymyr-zelenskyy', 'andrii-sybiha'], countries: ['ukraine'] },
		{ id: 'russia', name: 'Russia', entities: ['vladimir-putin', 'kremlin'], countries: ['russia'] },
		{ id: 'united-states', name: 'United States', entities: ['steve-witkoff'], countries: ['united-states'] },
		{ id: 'europe', name: 'Europe', entities: ['kaja-kallas', 'european-union'], countries: ['europe'] },
	],
	new Map([
		['kyiv', 'ukraine'],
		['washington', 'united-states'],
	]),
	new Map([
		['Ukrainian', 'ukraine'],
		['European', 'europe'],
		['Russian', 'russia'],
		['American', 'united-states'],
	]),
);
const TYPES: Record<string, EntityType> = {
	ukraine: 'place',
	russia: 'place',
	kyiv: 'place',
	'united-states': 'place',
	washington: 'place',
	'european-union': 'organization',
	kremlin: 'organization',
};

/** The statements of a sentence whose mentions are the given surfaces, each taken as the entity id it names. */
function statements(
	text: string,
	named: Record<string, string>,
	previousPerson: string | null = null,
	previousPlan: PlanAuthor | null = null,
) {
	const mentions: SentenceMention[] = Object.entries(named)
		.map(([surface, entity]) => ({
			entity,
			type: TYPES[entity] ?? 'person',
			name: surface,
			start: text.indexOf(surface),
			end: text.indexOf(surface) + surface.length,
		}))
		.sort((a, b) => a.start - b.start);
	return findStatements(
		{
			text,
			mentions,
			quoteSpeaker: null,
			previousPerson: previousPerson ? { entity: previousPerson, name: previousPerson } : null,
			previousPlan,
			parties,
		},
		statementPatterns(language),
	).map((statement) => ({
		party: statement.party,
		speaker: statement.speaker ?? statement.speakerName,
		rule: statement.rule,
		stated: text.slice(statedSpan(statement, text).start, statedSpan(statement, text).end),
	}));
}

describe('findStatements', () => {
	it('reads the subject before a speech verb, across an appositive', () => {
		const text = 'Steve Witkoff, the US special envoy, said talks would resume.';
		expect(statements(text, { 'Steve Witkoff': 'steve-witkoff', US: 'united-states' })).toEqual([
			{ party: 'united-states', speaker: 'steve-witkoff', rule: 'subject', stated: 'said talks would resume.' },
		]);
	});
	it('reads the person an appositive names ("The EU’s foreign policy chief, Kaja Kallas, said")', () => {
		const text = 'The EU’s foreign policy chief, Kaja Kallas, said sanctions would stay.';
		expect(statements(text, { EU: 'european-union', 'Kaja Kallas': 'kaja-kallas' })[0]?.speaker).toBe('kaja-kallas');
	});
	it('reads the words before a verb that ends its clause ("…, Foreign Minister Andrii Sybiha said on Wednesday")', () => {
		const text = 'Ukraine will never cede Donetsk, Foreign Minister Andrii Sybiha said on Wednesday.';
		const [statement] = statements(text, { Ukraine: 'ukraine', 'Andrii Sybiha': 'andrii-sybiha' });
		expect(statement?.speaker).toBe('andrii-sybiha');
		expect(statement?.stated.startsWith('Ukraine will never cede Donetsk')).toBe(true);
	});
	it('reads an inverted attribution after a quotation ("…,” said Zelensky)', () => {
		const text = '“We will not give up our land,” said Volodymyr Zelensky.';
		expect(statements(text, { 'Volodymyr Zelensky': 'volodymyr-zelenskyy' })).toEqual([
			{
				party: 'ukraine',
				speaker: 'volodymyr-zelenskyy',
				rule: 'inverted',
				stated: '“We will not give up our land,” said',
			},
		]);
	});
	it('reads a group by its demonym ("European leaders stressed")', () => {
		expect(statements('European leaders stressed that guarantees were needed.', {})).toEqual([
			{
				party: 'europe',
				speaker: 'European leaders',
				rule: 'subject',
				stated: 'stressed that guarantees were needed.',
			},
		]);
	});
	it('reads a body of a person as its party ("Zelenskiy’s government insists")', () => {
		const [statement] = statements('Zelenskiy’s government insists it will not accept concessions.', {
			Zelenskiy: 'volodymyr-zelenskyy',
		});
		expect(statement).toMatchObject({ party: 'ukraine', speaker: 'Zelenskiy’s government' });
	});
	it('reads a capital as its government ("Kyiv rejected")', () => {
		expect(statements('Kyiv rejected the proposal.', { Kyiv: 'kyiv' })[0]?.party).toBe('ukraine');
	});
	it('resolves "he said" to the person the paragraph named last', () => {
		expect(statements('He said the plan was a basis.', {}, 'vladimir-putin')[0]).toMatchObject({
			party: 'russia',
			rule: 'pronoun',
		});
	});
	it('reads "according to X"', () => {
		expect(statements('Talks stalled, according to the Kremlin.', { Kremlin: 'kremlin' })[0]?.party).toBe('russia');
	});
	it('finds no statement in what a writer imagines ("He might tell Trump…")', () => {
		expect(statements('He might tell Trump that Ukraine will never accept it.', {}, 'volodymyr-zelenskyy')).toEqual([]);
	});
	it('finds no statement in a condition ("…if Kyiv refuses the deal")', () => {
		expect(statements('Washington will cut aid if Kyiv refuses the deal.', { Kyiv: 'kyiv' })).toEqual([]);
	});
	it('reads a party a speaker reports as that party’s, naming the reporter ("…said the US agreed not to cap…")', () => {
		const text = 'Andrii Sybiha said the US agreed not to cap the army.';
		expect(statements(text, { 'Andrii Sybiha': 'andrii-sybiha', US: 'united-states' })).toEqual([
			{
				party: 'ukraine',
				speaker: 'andrii-sybiha',
				rule: 'subject',
				stated: 'said the US agreed not to cap the army.',
			},
			{
				party: 'united-states',
				speaker: 'US, according to Andrii Sybiha',
				rule: 'reported',
				stated: 'agreed not to cap the army.',
			},
		]);
	});
	it('reads no reported party in what might happen ("said the US might agree…") or in the reporter’s own party', () => {
		const named = { 'Andrii Sybiha': 'andrii-sybiha', US: 'united-states', Kyiv: 'kyiv' };
		const parties = (text: string) => statements(text, named).map((statement) => statement.party);
		expect(parties('Andrii Sybiha said the US might agree to a cap.')).toEqual(['ukraine']);
		expect(parties('Andrii Sybiha said Kyiv rejected a cap.')).toEqual(['ukraine']);
	});
	it('reads no reported party when no tracked speaker reports it ("Analysts said the US agreed…")', () => {
		expect(statements('Analysts said the US agreed to a cap.', { US: 'united-states' })).toEqual([]);
	});
	it('reads no verb inside a name ("The United States … has put forward")', () => {
		const text = 'The United States, under its new envoy, has put forward a plan.';
		expect(statements(text, { 'United States': 'united-states' })).toEqual([
			{ party: 'united-states', speaker: 'united-states', rule: 'subject', stated: 'put forward a plan.' },
		]);
	});
	it('reads a verb form before a modal or an auxiliary as a noun ("Kremlin demands will be weighed")', () => {
		expect(statements('Kremlin demands will be weighed next week.', { Kremlin: 'kremlin' })).toEqual([]);
	});
	it('reads a contracted progressive ("she’s floating"), "she" being the person the sentence named before', () => {
		const text = 'As for Kaja Kallas, she’s floating a truce over the holidays.';
		expect(statements(text, { 'Kaja Kallas': 'kaja-kallas' }, 'vladimir-putin')).toEqual([
			{ party: 'europe', speaker: 'kaja-kallas', rule: 'pronoun', stated: '’s floating a truce over the holidays.' },
		]);
	});
	it('reads no possessor in its allies ("Ukraine’s allies rejected"), a demonym’s allies as its party', () => {
		expect(statements('Ukraine’s allies rejected the clause.', { Ukraine: 'ukraine' })).toEqual([]);
		expect(statements('European allies rejected the clause.', {})[0]).toMatchObject({
			party: 'europe',
			speaker: 'European allies',
		});
	});
	it('reads both subjects joined by "and" at the start of the clause', () => {
		const text = 'Ukrainian negotiators and European officials rejected the draft.';
		expect(statements(text, {}).map((statement) => statement.speaker)).toEqual([
			'Ukrainian negotiators',
			'European officials',
		]);
	});
	it('reads no subject in an object before "and" ("Sybiha met Putin and Kaja Kallas said")', () => {
		const text = 'Sybiha met Putin and Kaja Kallas said talks would go on.';
		const named = { Sybiha: 'andrii-sybiha', Putin: 'vladimir-putin', 'Kaja Kallas': 'kaja-kallas' };
		expect(statements(text, named).map((statement) => statement.party)).toEqual(['europe']);
	});
	it('reads what a relative clause speaks of ("a ceasefire plan — one that Russian diplomats rejected")', () => {
		const text = 'Envoys carried a ceasefire plan to Moscow — one that Russian diplomats rejected outright.';
		expect(statements(text, {})[0]?.stated).toBe(
			'carried a ceasefire plan to Moscow — one that Russian diplomats rejected outright.',
		);
		const which = 'Envoys carried the draft to Moscow, which Kremlin officials rejected as premature.';
		expect(statements(which, { Moscow: 'russia', Kremlin: 'kremlin' })[0]).toMatchObject({
			party: 'russia',
			stated: 'Envoys carried the draft to Moscow, which Kremlin officials rejected as premature.',
		});
	});
	it('reads a plan named with its author as the author’s ("Washington’s plan calls for…")', () => {
		expect(statements('Washington’s plan calls for a truce.', { Washington: 'washington' })).toEqual([
			{ party: 'united-states', speaker: 'Washington’s plan', rule: 'plan', stated: 'calls for a truce.' },
		]);
		expect(statements('The American draft includes an amnesty.', {})[0]?.party).toBe('united-states');
	});
	it('reads no author in a plan of two parties ("the US-Russian plan includes")', () => {
		expect(statements('The US-Russian plan includes an amnesty.', { US: 'united-states', Russian: 'russia' })).toEqual(
			[],
		);
	});
	it('reads "The proposal includes…" and "Among its provisions…" as the plan the previous sentence put forward', () => {
		const author = { party: 'united-states', speaker: 'united-states', speakerName: 'United States' };
		expect(statements('The proposal includes an amnesty.', {}, null, author)).toEqual([
			{
				party: 'united-states',
				speaker: 'United States, in the plan',
				rule: 'plan',
				stated: 'includes an amnesty.',
			},
		]);
		expect(statements('Among its provisions was a cap on the army.', {}, null, author)[0]?.stated).toBe(
			'Among its provisions was a cap on the army.',
		);
		expect(statements('The proposal includes an amnesty.', {})).toEqual([]);
	});
	it('reads no plan statement where the plan is what someone else describes ("Kyiv fears the proposal includes…")', () => {
		const author = { party: 'united-states', speaker: 'united-states', speakerName: 'United States' };
		expect(statements('Kyiv fears the proposal includes an amnesty.', { Kyiv: 'kyiv' }, null, author)).toEqual([]);
		expect(statements('Turkey’s plan includes an amnesty.', {}, null, author)).toEqual([]);
	});
	it('finds no statement by a speaker outside the tracked parties', () => {
		expect(statements('Analysts said Kyiv might accept a freeze.', { Kyiv: 'kyiv' })).toEqual([]);
	});
});

describe('planPutForward', () => {
	const patterns = statementPatterns(language);
	const put = (text: string, named: Record<string, string>) => {
		const mentions: SentenceMention[] = Object.entries(named).map(([surface, entity]) => ({
			entity,
			type: TYPES[entity] ?? 'person',
			name: surface,
			start: text.indexOf(surface),
			end: text.indexOf(surface) + surface.length,
		}));
		const context = { text, mentions, quoteSpeaker: null, previousPerson: null, previousPlan: null, parties };
		return planPutForward(findStatements(context, patterns), text, patterns);
	};
	it('names who presented a plan ("The US presented a draft…")', () => {
		expect(put('The US presented a draft to Kyiv.', { US: 'united-states' })).toEqual({
			party: 'united-states',
			speaker: 'united-states',
			speakerName: 'US',
		});
	});
	it('names no plan when what was presented is none ("The US presented its envoy")', () => {
		expect(put('The US presented its envoy to Putin.', { US: 'united-states' })).toBeNull();
	});
});
