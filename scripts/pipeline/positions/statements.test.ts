import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/schemas/index.ts';
import { language } from '../lang/index.ts';
import { partyResolver } from './parties.ts';
import { findStatements, type SentenceMention, statedSpan, statementPatterns } from './statements.ts';

const parties = partyResolver(
	[
		{ id: 'ukraine', name: 'Ukraine', entities: ['volodymyr-zelenskyy', 'andrii-sybiha'], countries: ['ukraine'] },
		{ id: 'russia', name: 'Russia', entities: ['vladimir-putin', 'kremlin'], countries: ['russia'] },
		{ id: 'united-states', name: 'United States', entities: ['steve-witkoff'], countries: ['united-states'] },
		{ id: 'europe', name: 'Europe', entities: ['kaja-kallas', 'european-union'], countries: ['europe'] },
	],
	new Map([['kyiv', 'ukraine']]),
	new Map([
		['Ukrainian', 'ukraine'],
		['European', 'europe'],
	]),
);
const TYPES: Record<string, EntityType> = {
	ukraine: 'place',
	russia: 'place',
	kyiv: 'place',
	'united-states': 'place',
	'european-union': 'organization',
	kremlin: 'organization',
};

/** The statements of a sentence whose mentions are the given surfaces, each taken as the entity id it names. */
function statements(text: string, named: Record<string, string>, previousPerson: string | null = null) {
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
	it('leaves what a speaker reports to the speaker ("…said the US agreed not to cap…")', () => {
		const text = 'Andrii Sybiha said the US agreed not to cap the army.';
		expect(statements(text, { 'Andrii Sybiha': 'andrii-sybiha', US: 'united-states' }).map((s) => s.party)).toEqual([
			'ukraine',
		]);
	});
	it('finds no statement by a speaker outside the tracked parties', () => {
		expect(statements('Analysts said Kyiv might accept a freeze.', { Kyiv: 'kyiv' })).toEqual([]);
	});
});
