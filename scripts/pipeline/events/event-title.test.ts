import { describe, expect, it } from 'vitest';
import { tagTerms } from '../annotate/index.ts';
import { titleForDate } from './event-title.ts';

/** The label for the date written `date` in `text`; `people` are names the entity stage would tag as persons. */
function title(text: string, date: string, people: string[] = []): string | null {
	const start = text.indexOf(date);
	if (start < 0) throw new Error(`"${date}" is not in the sentence`);
	const spans = people.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length }));
	return (
		titleForDate({
			text,
			date: { start, end: start + date.length },
			otherDates: [],
			people: spans,
			terms: tagTerms(text),
		})?.title ?? null
	);
}

describe('titleForDate', () => {
	it('labels "X said in a statement on <day>" by what was said, with the speaker when both fit', () => {
		expect(
			title('Crews restored power to 4,000 homes, the regional utility said in a statement on Monday.', 'Monday'),
		).toBe('The regional utility said crews restored power to 4,000 homes');
	});

	it('labels by what was said alone when the speaker and it cannot make a whole phrase within 90 characters', () => {
		expect(
			title(
				'Mountain units of the Northern Coastal battlegroup have taken the hill villages of Varenka and ' +
					'Dolni Brod, the Ministry of Defence of the Republic reported on Tuesday.',
				'Tuesday',
			),
		).toBe('Mountain units of the Northern Coastal battlegroup have taken the hill villages…');
	});

	it('never cuts what was said before its verb ("said a drone strike on a market"), nor at "at least"', () => {
		expect(
			title(
				'A drone strike on a market in the Lake Tana region killed at least 19 civilians and wounded 30 ' +
					'more, the state-appointed Regional Rights Commission said on Friday.',
				'Friday',
			),
		).toBe('A drone strike on a market in the Lake Tana region killed at least 19 civilians…');
	});

	it('takes "into" with the date ("overnight into Sunday")', () => {
		expect(title('Russia fired 80 drones at Ukraine overnight into Sunday.', 'Sunday')).toBe(
			'Russia fired 80 drones at Ukraine overnight',
		);
	});

	it('leaves a short gloss in brackets out of a label, and never starts one inside it', () => {
		expect(
			title('In May, the Free Valley Front (FVF) and militias of the old army forced 3,000 people out.', 'In May'),
		).toBe('The Free Valley Front and militias of the old army forced 3,000 people out');
	});

	it('cuts a long label at a phrase after its verb, not at one inside its subject', () => {
		expect(
			title(
				'In April, the Joint Monitoring Team in the Eastern Provinces verified that 120 civilians were killed and 400 injured across the country.',
				'In April',
			),
		).toBe('Joint Monitoring Team in the Eastern Provinces verified that 120 civilians were killed…');
	});

	it('takes the main clause after an opening date and drops the office title', () => {
		expect(
			title('Late Friday, US Army Secretary Dan Driscoll briefed NATO ambassadors in Kyiv.', 'Late Friday', [
				'Dan Driscoll',
			]),
		).toBe('Dan Driscoll briefed NATO ambassadors in Kyiv');
	});

	it('keeps a list subject that opens with a hedged number ("Around 1.5 million households in Kyiv, Kharkiv and Odesa")', () => {
		expect(
			title(
				'Around 1.5 million households in Kyiv, Kharkiv and Odesa were left without electricity on Saturday morning.',
				'Saturday morning',
			),
		).toBe('Around 1.5 million households in Kyiv, Kharkiv and Odesa were left without electricity');
	});

	it('keeps two verbs joined by "and" with nothing between them ("tried and failed to seize")', () => {
		expect(
			title(
				'In March 2022, Russian troops tried and failed to seize Mykolaiv, the last major city on the road to Odesa.',
				'March 2022',
			),
		).toBe('Russian troops tried and failed to seize Mykolaiv');
	});

	it('labels a date inside a "since" or "after" clause by that clause', () => {
		expect(
			title(
				'The plant lost its last power line for the tenth time since Russia seized the facility in March 2022.',
				'March 2022',
			),
		).toBe('Russia seized the facility');
		expect(title('Kyiv was hit again after Russia launched 40 drones on Sunday.', 'Sunday')).toBe(
			'Russia launched 40 drones',
		);
	});

	it('does not take a verb straight after "after" for a clause ("after meeting Putin on Friday")', () => {
		expect(title('Witkoff flew home after meeting Putin on Friday.', 'Friday')).toBe(
			'Witkoff flew home after meeting Putin',
		);
	});

	it('labels a bare "X said" by what was said, the clause before it', () => {
		expect(title('The bridge had been repaired, the minister said on Friday.', 'Friday')).toBe(
			'The minister said the bridge had been repaired',
		);
		expect(title('Russia lost 1,000 troops in a day, Ukraine’s General Staff said on Monday.', 'Monday')).toBe(
			'Ukraine’s General Staff said Russia lost 1,000 troops in a day',
		);
		expect(
			title('At least 34 people, including two children, were killed in Sumy, officials said on Sunday.', 'Sunday'),
		).toBe('Officials said at least 34 people were killed in Sumy');
		expect(title('On the eve of the talks, drones hit Odesa, officials said on Sunday.', 'Sunday')).toBe(
			'Officials said drones hit Odesa',
		);
	});

	it('does not make the agent of an earlier participle the subject ("led by Rustem Umerov, held from…")', () => {
		expect(
			title('Envoys met a Ukrainian delegation led by Rustem Umerov, held from December 13 in Berlin.', 'December 13'),
		).toBeNull();
	});

	it('joins a subject and its verb across a date set off by commas', () => {
		expect(
			title(
				'European leaders meeting in Berlin on Monday, December 15, 2025, pledged to back security guarantees for Ukraine.',
				'Monday, December 15, 2025',
			),
		).toBe('European leaders meeting in Berlin pledged to back security guarantees for Ukraine');
	});

	it('leaves a wire dateline out of the label', () => {
		expect(
			title(
				'KYIV, Ukraine (AP) — Ukraine and Russia exchanged 150 prisoners of war each on Sunday, January 11, 2026.',
				'Sunday, January 11, 2026',
			),
		).toBe('Ukraine and Russia exchanged 150 prisoners of war each');
	});

	it('cuts the date and its preposition out of a clause that holds it', () => {
		const text =
			'This stockpiling, US Army Secretary Daniel P. Driscoll told a gathering of Western diplomats in ' +
			'Kyiv on November 21, 2025, could transform not only the battlefield in Ukraine.';
		expect(title(text, 'November 21, 2025', ['Daniel P. Driscoll'])).toBe(
			'Daniel P. Driscoll told a gathering of Western diplomats in Kyiv',
		);
		expect(
			title('President Trump set a deadline of November 27 for approving the plan.', 'November 27', ['Trump']),
		).toBe('Trump set a deadline for approving the plan');
	});

	it('keeps a date that is the object of the verb', () => {
		const text =
			'With Thanksgiving looming, President Donald Trump publicly declared Thursday as the deadline for Zelenskyy to sign.';
		expect(title(text, 'Thursday', ['Donald Trump', 'Zelenskyy'])).toBe(
			'Donald Trump publicly declared Thursday as the deadline for Zelenskyy to sign',
		);
	});

	it('joins a participle phrase to the name before it and shortens the rank', () => {
		const text =
			'The list includes Lieutenant General Oleg Tsokov, killed in July 2023, and Major General Pavel ' +
			'Klimenko, fatally wounded by a drone strike in November 2024.';
		expect(title(text, 'July 2023', ['Oleg Tsokov', 'Pavel Klimenko'])).toBe('Lt Gen Oleg Tsokov killed');
		expect(title(text, 'November 2024', ['Oleg Tsokov', 'Pavel Klimenko'])).toBe(
			'Maj Gen Pavel Klimenko fatally wounded by a drone strike',
		);
	});

	it('gives the subject of the first verb to a second one joined by "and"', () => {
		const text =
			'Foreign Minister Andrii Sybiha met his Turkish counterpart in Ankara on Tuesday and signed a grain corridor memorandum on Wednesday.';
		expect(title(text, 'on Tuesday', ['Andrii Sybiha'])).toBe('Andrii Sybiha met his Turkish counterpart in Ankara');
		expect(title(text, 'on Wednesday', ['Andrii Sybiha'])).toBe('Andrii Sybiha signed a grain corridor memorandum');
	});

	it('reads a list split by commas as one subject', () => {
		expect(
			title(
				'High-level talks involving Ukraine, the United States, and European partners were held in Geneva on November 23, 2025.',
				'November 23, 2025',
			),
		).toBe('High-level talks involving Ukraine, the United States, and European partners were held');
		expect(
			title(
				'Talks between delegations from Kyiv, Washington and Brussels took place in Riyadh on 11 March.',
				'on 11 March',
			),
		).toBe('Talks between delegations from Kyiv, Washington and Brussels took place in Riyadh');
	});

	it('labels a subordinate clause by the clause itself', () => {
		expect(
			title(
				'As Thursday’s deadline approaches, the world watches Ukraine with a mix of empathy and anxiety.',
				'Thursday',
			),
		).toBe('Thursday’s deadline approaches');
	});

	it('puts the last person named in place of "he"', () => {
		expect(
			title(
				'Witkoff, for his part, appears to be on board – he said as much during a Fox News appearance on April 15.',
				'April 15',
				['Witkoff'],
			),
		).toBe('Witkoff said as much during a Fox News appearance');
		expect(title('She said on Friday that the corridor would reopen.', 'on Friday')).toBeNull();
	});

	it('gives no label to an empty subject', () => {
		expect(title('It’s a situation reminiscent of 2016.', '2016')).toBeNull();
		expect(title('Nothing big is expected before mid-May.', 'mid-May')).toBeNull();
		expect(
			title(
				'At most, it involves Russia’s sweeping 2021 demands to redraw Eastern Europe’s security architecture.',
				'2021',
			),
		).toBeNull();
	});

	it('gives no label to a date that only bounds a period', () => {
		expect(title('The exchange of 175 prisoners on March 3 was the first since January.', 'January')).toBeNull();
		expect(
			title('The plant, under Russian occupation since March 2022, needs power to cool its reactors.', 'March 2022'),
		).toBeNull();
		expect(
			title(
				'Notably, the Russian parliament has expanded its recruitment pool: since April 2023, even stateless ' +
					'people and those as young as 18 can sign military contracts.',
				'April 2023',
			),
		).toBe('Stateless people and those as young as 18 can sign military contracts');
	});

	it('keeps "more" in "more than"', () => {
		expect(
			title('Since February 2022, more than 10 million people have fled their homes.', 'Since February 2022'),
		).toBe('More than 10 million people have fled their homes');
	});

	it('takes the quotation a bare "X said" reports', () => {
		expect(title('“We will not give up our land,” Zelensky said on Tuesday.', 'on Tuesday', ['Zelensky'])).toBe(
			'Zelensky said “We will not give up our land”',
		);
	});

	it('takes the clause before a date that closes the sentence after a parenthesis', () => {
		expect(
			title('Russian forces seized the village of Kurakhove (Donetsk region) on 6 January 2025.', 'on 6 January 2025'),
		).toBe('Russian forces seized the village of Kurakhove');
	});

	it('drops "on the night of" with the date', () => {
		expect(
			title(
				'Russia launched 810 drones and 13 missiles on the night of September 7, the largest attack of the war.',
				'September 7',
			),
		).toBe('Russia launched 810 drones and 13 missiles');
	});

	it('shortens a long clause to at most 90 characters without cutting a word', () => {
		const text =
			'On the economic front, the International Monetary Fund announced on November 27 that it had reached ' +
			'a staff-level agreement on a new four-year, $8.2 billion program for Ukraine.';
		const label = title(text, 'November 27')!;
		expect(label).toBe('International Monetary Fund reached a staff-level agreement');
		expect(label.length).toBeLessThanOrEqual(90);
	});
});
