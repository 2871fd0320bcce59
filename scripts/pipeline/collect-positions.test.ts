import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenFolders } from '../../test/golden.ts';
import { buildInMemory } from '../../test/in-memory-build.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/positions');
const bytes = (text: string) => new TextEncoder().encode(text);

/** Builds one case folder's article (and sidecar) in memory and keeps what a reader of the Positions page sees. */
async function positionsOf(folder: string, name: string) {
	const seeds: Record<string, Uint8Array> = {
		[`${name}.txt`]: new Uint8Array(readFileSync(join(folder, 'input.txt'))),
	};
	const sidecar = join(folder, 'input.meta.yaml');
	if (existsSync(sidecar)) seeds[`${name}.meta.yaml`] = new Uint8Array(readFileSync(sidecar));
	const { report } = await buildInMemory(seeds);
	return {
		statements: report.corpus!.positions.map((position) => ({
			question: position.question,
			party: position.party,
			speaker: position.speaker ?? position.speakerName,
			stance: position.stance,
			cue: position.stanceCue,
			date: position.date,
			dateSource: position.dateSource,
			source: position.source,
			text: position.text,
		})),
		diagnostics: report.diagnostics
			.filter((diagnostic) => diagnostic.rule.startsWith('positions'))
			.map((diagnostic) => diagnostic.message),
	};
}

describe('collectPositions on fixture articles', () => {
	goldenFolders(FIXTURES, { input: 'input.txt', expected: 'expected.yaml', run: positionsOf });
});

describe('collectPositions across articles', () => {
	it('marks a party’s change of stance on a question, in date order', async () => {
		const { report } = await buildInMemory({
			'a.txt': bytes(
				'Kyiv rejects land-for-peace terms\n\nKYIV, Nov 3, 2025 (Wire) — President Volodymyr Zelensky said ' +
					'Ukraine rejects any territorial concessions in the US draft.\n',
			),
			'b.txt': bytes(
				'Kyiv signals shift on territory\n\nKYIV, Dec 20, 2025 (Wire) — President Volodymyr Zelensky said ' +
					'Ukraine is ready to discuss territorial concessions if a referendum approves them.\n',
			),
		});
		const territory = report.corpus!.positions.filter(
			(position) => position.question === 'territory' && position.party === 'ukraine',
		);
		expect(territory.map((position) => [position.date, position.stance, position.changedFrom])).toEqual([
			['2025-11-03', 'opposes', null],
			['2025-12-20', 'supports', 'opposes'],
		]);
	});

	it('publishes every statement with its exact sentence and a question page URL', async () => {
		const { report, effects } = await buildInMemory({
			'a.txt': bytes(
				'Kremlin restates NATO demand\n\nMOSCOW, Nov 5, 2025 (Wire) — Kremlin spokesman Dmitry Peskov said ' +
					'Russia demands that Ukraine give up its bid to join NATO.\n',
			),
		});
		const [position] = report.corpus!.positions;
		expect(position?.text).toBe(
			'MOSCOW, Nov 5, 2025 (Wire) — Kremlin spokesman Dmitry Peskov said Russia demands that Ukraine give up its bid to join NATO.',
		);
		expect(position?.stance).toBe('opposes');
		const csv = new TextDecoder().decode(effects.files.get('data/positions.csv'));
		expect(csv.split('\n')[0]).toBe(
			'id,question,party,speaker,article,sentence,text,date,stance,stanceCue,source,datePrecision,dateSource,speakerName,changedFrom',
		);
		const questions = JSON.parse(new TextDecoder().decode(effects.files.get('data/questions.json')));
		expect(questions.find((question: { id: string }) => question.id === 'nato-membership').url).toBe(
			'/positions/nato-membership/',
		);
	});
});
