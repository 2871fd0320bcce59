import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenFolders } from '../../test/golden.ts';
import { extractFigures } from './extract-figures.ts';
import {
	buildContext,
	parseFixtureBlocks,
	TEST_DEMONYMS,
	type TestArticle,
	type TestBlock,
} from './figures/test-context.ts';

/** The figures of one paragraph (or of several blocks), without the fields every test repeats. */
function figures(blocks: string | TestBlock[], options: Omit<TestArticle, 'blocks'> = {}) {
	const context = buildContext({ ...options, blocks: typeof blocks === 'string' ? [blocks] : blocks });
	return extractFigures(context).map(
		({ article: _article, quote: _quote, datePrecision: _precision, sentence: _sentence, ...rest }) => rest,
	);
}

/** Metric and value pairs, the shortest way to say which figures were found. */
const pairs = (blocks: string | TestBlock[], options?: Omit<TestArticle, 'blocks'>) =>
	figures(blocks, options).map((figure) => [figure.metric, figure.value]);

const PLACES = { countryOf: { kharkiv: 'ukraine', kyiv: 'ukraine', moscow: 'russia', belgorod: 'russia' } };

describe('extractFigures: strikes', () => {
	it('reads launches, their source and the interceptions after a semicolon', () => {
		expect(
			figures(
				"Russia fired 120 Shahed drones and eight cruise missiles overnight, Ukraine's air force said; 97 drones were shot down.",
			),
		).toEqual([
			expect.objectContaining({
				metric: 'drones_launched',
				value: 120,
				subject: 'russia',
				claimedBy: "Ukraine's air force",
				text: '120 Shahed drones',
			}),
			expect.objectContaining({
				metric: 'missiles_launched',
				value: 8,
				subject: 'russia',
				text: 'eight cruise missiles',
			}),
			expect.objectContaining({
				metric: 'drones_intercepted',
				value: 97,
				subject: 'russia',
				claimedBy: "Ukraine's air force",
			}),
		]);
	});
	it('reads "653 drones and 51 missiles" as two launch figures of the actor before the verb', () => {
		expect(
			figures('During the same period, Russia launched 653 drones and 51 missiles in a massive overnight assault.'),
		).toEqual([
			expect.objectContaining({
				metric: 'drones_launched',
				value: 653,
				unit: 'count',
				qualifier: 'exact',
				subject: 'russia',
				claimedBy: null,
			}),
			expect.objectContaining({ metric: 'missiles_launched', value: 51, subject: 'russia' }),
		]);
	});
	it('gives an interception the launcher of an earlier launch figure, not the interceptor', () => {
		const found = figures([
			'Russia launched 310 drones and 12 missiles overnight.',
			'Ukrainian air defenses intercepted 280 drones and 9 missiles.',
		]);
		expect(
			found
				.filter((figure) => figure.metric.endsWith('_intercepted'))
				.map((figure) => [figure.metric, figure.value, figure.subject]),
		).toEqual([
			['drones_intercepted', 280, 'russia'],
			['missiles_intercepted', 9, 'russia'],
		]);
	});
	it('reads whose drones were downed from the demonym ("41 Ukrainian drones") and the claimant from "Moscow claimed"', () => {
		expect(figures('Moscow claimed to have downed 41 Ukrainian drones over Bryansk and Kursk regions.')).toEqual([
			expect.objectContaining({
				metric: 'drones_intercepted',
				value: 41,
				subject: 'ukraine',
				claimedBy: 'moscow',
				scope: null,
			}),
		]);
	});
	it('reads "including 52 over the border region of Belgorod" as a part with a scope', () => {
		const found = figures(
			'Russian agencies reported that air defenses shot down 118 Ukrainian drones overnight on November 27, including 52 over the border region of Belgorod.',
			{
				dates: [{ text: 'November 27', date: '2025-11-27', precision: 'day' }],
			},
		);
		expect(found).toEqual([
			expect.objectContaining({
				metric: 'drones_intercepted',
				value: 118,
				subject: 'ukraine',
				claimedBy: 'Russian agencies',
				date: '2025-11-27',
				scope: null,
			}),
			expect.objectContaining({
				metric: 'drones_intercepted',
				value: 52,
				subject: 'ukraine',
				claimedBy: 'Russian agencies',
				date: '2025-11-27',
				scope: 'Belgorod region',
			}),
		]);
	});
	it('reads "120 drones, of which 97 were shot down" and "99 drones, 85 of which were shot down"', () => {
		expect(pairs('Russia launched 120 drones, of which 97 were shot down.')).toEqual([
			['drones_launched', 120],
			['drones_intercepted', 97],
		]);
		expect(pairs('Russia attacked Ukraine with 99 drones overnight, 85 of which were shot down.')).toEqual([
			['drones_launched', 99],
			['drones_intercepted', 85],
		]);
	});
	it('reads "downed 27 of the 30 missiles" as 27 intercepted out of 30 launched', () =>
		expect(pairs('Air defence units downed 27 of the 30 missiles.')).toEqual([
			['missiles_intercepted', 27],
			['missiles_launched', 30],
		]));
	it('reads "29 locations were hit" as locations_hit by the latest launcher', () => {
		const found = figures([
			'Russia launched 90 drones at the capital.',
			'Officials reported that 29 locations were hit.',
		]);
		expect(found.at(-1)).toMatchObject({
			metric: 'locations_hit',
			value: 29,
			subject: 'russia',
			claimedBy: 'officials',
		});
	});
	it('reads "Up to 50 Ukrainian drones attacked" as launched by Ukraine, claimed by the mayor', () =>
		expect(
			figures('Up to 50 Ukrainian drones attacked the Moscow region overnight, Mayor Sergei Sobyanin said.', {
				entities: [{ surface: 'Sergei Sobyanin', key: 'sergei-sobyanin', type: 'person' }],
			}),
		).toEqual([
			expect.objectContaining({
				metric: 'drones_launched',
				value: 50,
				qualifier: 'up_to',
				subject: 'ukraine',
				claimedBy: 'sergei-sobyanin',
			}),
		]));
	it('finds no number in "hundreds of drones"', () =>
		expect(pairs('Hundreds of drones were launched at Ukraine overnight.')).toEqual([]));
});

describe('extractFigures: casualties', () => {
	it('reads "At least 14 civilians, including three children, were killed in Kharkiv" with the governor as claimant', () => {
		expect(
			figures(
				'At least 14 civilians, including three children, were killed in Kharkiv, regional governor Oleh Syniehubov said.',
				PLACES,
			),
		).toEqual([
			expect.objectContaining({
				metric: 'civilians_killed',
				value: 14,
				qualifier: 'at_least',
				subject: 'ukraine',
				claimedBy: 'oleh-syniehubov',
				text: 'At least 14 civilians',
			}),
			expect.objectContaining({
				metric: 'children_killed',
				value: 3,
				qualifier: 'exact',
				subject: 'ukraine',
				scope: null,
			}),
		]);
	});
	it('reads "killed two civilians" as 2 civilians killed', () =>
		expect(
			pairs('An attack on a refinery killed two civilians in Novokuibyshevsk, according to the regional governor.'),
		).toEqual([['civilians_killed', 2]]));
	it('finds whose civilians from where the paragraph says the strikes landed ("into Russian territory")', () => {
		const found = figures([
			'Meanwhile, Ukraine has launched drone strikes into Russian territory. In the Samara region, an ' +
				'attack killed two civilians in Syzran, according to the regional governor.',
		]);
		expect(found).toEqual([
			expect.objectContaining({
				metric: 'civilians_killed',
				value: 2,
				subject: 'russia',
				claimedBy: 'the regional governor',
			}),
		]);
	});
	it('reads "Kyiv says Russian forces lost more than 1,000 troops in a day" as Russian casualties claimed by Kyiv', () => {
		expect(figures('Kyiv says Russian forces lost more than 1,000 troops in a day.')).toEqual([
			expect.objectContaining({
				metric: 'casualties',
				value: 1000,
				qualifier: 'over',
				subject: 'russia',
				claimedBy: 'kyiv',
				text: 'more than 1,000 troops',
			}),
		]);
	});
	it('reads "the deaths of 2,310 Russian officers had been confirmed" as officers killed on the stated date', () => {
		const found = figures('By March 3, 2025, the deaths of 2,310 Russian officers had been confirmed.', {
			dates: [{ text: 'By March 3, 2025', date: '2025-03-03', precision: 'day' }],
		});
		expect(found).toEqual([
			expect.objectContaining({ metric: 'officers_killed', value: 2310, subject: 'russia', date: '2025-03-03' }),
		]);
	});
	it('reads "Among the fallen are nine Russian generals" as generals killed', () =>
		expect(figures('Among the fallen are nine Russian generals, including a deputy commander.')).toEqual([
			expect.objectContaining({ metric: 'generals_killed', value: 9, subject: 'russia' }),
		]));
	it('reads "Twenty-five soldiers were killed and a dozen others wounded"', () =>
		expect(pairs('Twenty-five soldiers were killed and a dozen others wounded.')).toEqual([
			['soldiers_killed', 25],
			['injured', 12],
		]));
	it('reads bare numbers next to their verb ("killed three and injured 12")', () =>
		expect(pairs('A missile strike on Dnipro killed three and injured 12, the regional administration said.')).toEqual([
			['killed', 3],
			['injured', 12],
		]));
	it('reads "leaving at least eight people injured" as at_least 8 injured', () =>
		expect(
			figures('Officials reported that 29 locations were hit, leaving at least eight people injured.'),
		).toContainEqual(
			expect.objectContaining({ metric: 'injured', value: 8, qualifier: 'at_least', text: 'at least eight people' }),
		));
	it('reads "The death toll rose to 23" as 23 killed', () =>
		expect(pairs('The death toll rose to 23, officials said.')).toEqual([['killed', 23]]));
	it('reads "The death toll in Kyiv rose to 23" as 23 killed, and its "four children" as children killed', () =>
		expect(
			pairs('The death toll in Kyiv rose to 23, including four children, after a building collapsed, the mayor said.'),
		).toEqual([
			['killed', 23],
			['children_killed', 4],
		]));
	it('reads "12,000 civilian deaths" as civilians killed', () =>
		expect(pairs('The UN monitoring mission recorded 12,000 civilian deaths.')).toEqual([['civilians_killed', 12000]]));
	it('keeps ages, years and months out of casualties ("as young as 18", "since April 2023")', () =>
		expect(
			pairs(
				'Since April 2023, even stateless people and those as young as 18 can sign military contracts, and many die within a month or two.',
			),
		).toEqual([]));
	it('reads "1 million killed and wounded" as casualties, not deaths', () =>
		expect(figures('NATO estimates Russian losses at about 1 million killed and wounded.')).toEqual([
			expect.objectContaining({ metric: 'casualties', value: 1_000_000, qualifier: 'about', subject: 'russia' }),
		]));
	it('gives an outage in a list of cities of one country to that country, and in one city to the city', () => {
		const entities = [
			{ surface: 'Odesa', key: 'odesa', type: 'place' as const },
			{ surface: 'Kharkiv', key: 'kharkiv', type: 'place' as const },
		];
		const places = { countryOf: { ...PLACES.countryOf, odesa: 'ukraine' }, entities };
		expect(
			figures('Around 1.5 million households in Kyiv, Kharkiv and Odesa were left without electricity.', places)[0],
		).toMatchObject({
			metric: 'households_without_power',
			subject: 'ukraine',
		});
		expect(figures('Around 200,000 households in Odesa were left without electricity.', places)[0]).toMatchObject({
			metric: 'households_without_power',
			subject: 'odesa',
		});
	});
	it('gives "the Kiev regime\'s losses" to Ukraine, as "Ukraine\'s losses" would be', () =>
		expect(
			figures("Over the past day, the Kiev regime's losses amounted to up to 1,285 servicemen, the ministry said.", {
				...PLACES,
				entities: [{ surface: 'Kiev', key: 'kyiv', type: 'place' }],
			}),
		).toEqual([
			expect.objectContaining({ metric: 'casualties', value: 1285, qualifier: 'up_to', subject: 'ukraine' }),
		]));
	it('reads "Nearly 300 Russian servicemen were captured" as soldiers captured, not territory', () =>
		expect(figures('Nearly 300 Russian servicemen were captured near Kursk.')).toEqual([
			expect.objectContaining({ metric: 'soldiers_captured', value: 300, qualifier: 'about', subject: 'russia' }),
		]));
	it('leaves whose civilians unknown when the place is not known to lie in a country', () =>
		expect(figures('At least 14 civilians were killed in Kharkiv.')[0]).toMatchObject({
			metric: 'civilians_killed',
			subject: null,
		}));
	it('does not count the storeys of "a nine-storey apartment building"', () =>
		expect(pairs('The drone hit a nine-storey apartment building in Kyiv, killing one person.')).toEqual([
			['killed', 1],
		]));
	it('does not count a part of an uncounted whole ("Two of the dead were children")', () =>
		expect(pairs('Two of the dead were children.')).toEqual([]));
	it('does not count "six reactors" or "Three days of negotiations"', () => {
		expect(pairs('The plant requires continuous electricity to cool its six reactors.')).toEqual([]);
		expect(
			pairs(
				'Three days of negotiations ended without a breakthrough even as Russia unleashed one of its largest bombardments.',
			),
		).toEqual([]);
	});
});

describe('extractFigures: territory, prisoners, money and more', () => {
	it('reads "captured 505 square kilometers in November alone" with the month and "reports" as claimant', () => {
		const found = figures(
			'Reports indicate Russia captured 505 square kilometers in November alone—almost double the gains recorded in October.',
			{
				dates: [
					{ text: 'in November alone', date: '2025-11', precision: 'month' },
					{ text: 'in October', date: '2025-10', precision: 'month' },
				],
			},
		);
		expect(found).toEqual([
			expect.objectContaining({
				metric: 'territory_captured_km2',
				value: 505,
				unit: 'km2',
				subject: 'russia',
				claimedBy: 'reports',
				date: '2025-11',
			}),
		]);
	});
	it('reads "retaken about 1,200km²" as territory captured by Ukraine', () =>
		expect(figures('Ukrainian forces have retaken about 1,200km² since June, the army said.')).toEqual([
			expect.objectContaining({
				metric: 'territory_captured_km2',
				value: 1200,
				qualifier: 'about',
				subject: 'ukraine',
				claimedBy: 'the army',
			}),
		]));
	it('reads "the capture of two villages" with the ministry as claimant', () =>
		expect(figures('The Russian defense ministry announced the capture of two villages in eastern Ukraine.')).toEqual([
			expect.objectContaining({
				metric: 'villages_captured',
				value: 2,
				subject: 'russia',
				claimedBy: 'the Russian defense ministry',
			}),
		]));
	it('reads "pardoned 31 Ukrainian citizens imprisoned on his territory" as prisoners released', () =>
		expect(
			figures('Belarus President Alexander Lukashenko pardoned 31 Ukrainian citizens imprisoned on his territory.'),
		).toEqual([
			expect.objectContaining({
				metric: 'prisoners_released',
				value: 31,
				subject: 'ukraine',
				text: '31 Ukrainian citizens',
			}),
		]));
	it('reads frozen assets of any country ("$6 billion in frozen Iranian assets"), not only one named in a list', () =>
		expect(pairs('Qatar will manage $6 billion in frozen Iranian assets.')).toEqual([['frozen_assets_usd', 6e9]]));
	it('counts people named by a nationality as prisoners ("40 Moldovans were released"), no list of its own', () => {
		const text = 'Transnistrian authorities released 40 Moldovans on Friday.';
		expect(pairs(text, { demonyms: { ...TEST_DEMONYMS, Moldovan: 'moldova' } })).toEqual([['prisoners_released', 40]]);
		expect(pairs('Belarus freed 14 Ukrainians held for espionage.')).toEqual([['prisoners_released', 14]]);
	});
	it('reads "strike UAVs" and "attack drones" as the weapons\' role, not a launch: drones that hit are no launch count', () => {
		expect(pairs('1 ballistic missile and 29 strike UAVs hit 11 locations.')).toEqual([['locations_hit', 11]]);
		expect(pairs('Overnight, 23 long-range attack drones hit targets at the depot.')).toEqual([]);
	});
	it('gives a launch by "the enemy" the country it was launched from, not the country it attacked', () => {
		expect(
			figures(
				"The enemy attacked Ukraine with 3 ballistic missiles launched from Russia's Kursk region and 131 strike UAVs.",
			).map((figure) => [figure.metric, figure.value, figure.subject]),
		).toEqual([
			['missiles_launched', 3, 'russia'],
			['drones_launched', 131, 'russia'],
		]);
	});
	it('reads "handed over four soldiers" as four released, exactly: the particle is the verb\'s, not a hedge', () =>
		expect(figures('Armenia handed over four soldiers detained at the border.')).toEqual([
			expect.objectContaining({ metric: 'prisoners_released', value: 4, qualifier: 'exact' }),
		]));
	it('never dates a count by years written as a range ("captured in 2019-2022")', () =>
		expect(
			figures('The rebels freed 16 soldiers captured in 2019-2022.', {
				dates: [
					{ text: '2019', date: '2019', precision: 'year' },
					{ text: '2022', date: '2022', precision: 'year' },
				],
			}).map((figure) => [figure.value, figure.date]),
		).toEqual([[16, '2025-11-28']]));
	it('reads "Twenty-six of the dead were children" as 26 children killed', () =>
		expect(pairs('Mines have killed 300 civilians. Twenty-six of the dead were children.')).toEqual([
			['civilians_killed', 300],
			['children_killed', 26],
		]));
	it('reads "wounded 30 more" as 30 injured', () =>
		expect(pairs('The strike killed 19 civilians and wounded 30 more.')).toEqual([
			['civilians_killed', 19],
			['injured', 30],
		]));
	it('reads "struck a bulk carrier in the Red Sea with two missiles" as two missiles launched', () =>
		expect(pairs('Rebels struck a bulk carrier in the Red Sea with two anti-ship missiles.')).toEqual([
			['missiles_launched', 2],
		]));
	it('gives losses a local official reports the country of the official\'s place ("Belgorod Governor … said")', () =>
		expect(
			figures('Belgorod Governor Ivan Petrov said one civilian was injured by falling debris.', {
				countryOf: { belgorod: 'russia' },
			}).map((figure) => [figure.metric, figure.value, figure.subject]),
		).toEqual([['injured', 1, 'russia']]));
	it('reads a weapon named in content/weapons.yaml as its noun ("launched 12 Shaheds"), and no other name', () => {
		expect(pairs('Russia launched 12 Shaheds and 3 Kalibrs overnight.')).toEqual([
			['drones_launched', 12],
			['missiles_launched', 3],
		]);
		expect(pairs('Russia launched 12 Zephyrs overnight.')).toEqual([]);
	});
	it('reads a plural shaped like a nationality the gazetteer lacks as people ("47 Palestinians were killed")', () => {
		expect(pairs('Transnistrian authorities released 40 Moldovans on Friday.')).toEqual([['prisoners_released', 40]]);
		expect(pairs('Officials said 47 Palestinians were killed and 12 Yemenis injured.')).toEqual([
			['killed', 47],
			['injured', 12],
		]);
		expect(pairs('The battalion received 40 Leopards on Friday.')).toEqual([]);
	});
	it('reads "Around 1,200 prisoners were exchanged on each side"', () =>
		expect(figures('Around 1,200 prisoners were exchanged on each side.')).toEqual([
			expect.objectContaining({ metric: 'prisoners_released', value: 1200, qualifier: 'about', subject: null }),
		]));
	it('reads "over 1,000 political prisoners still behind bars" as held by the sentence\'s first actor', () =>
		expect(
			figures('Belarus remains a repressive ally of Russia, with over 1,000 political prisoners still behind bars.'),
		).toEqual([
			expect.objectContaining({
				metric: 'political_prisoners_held',
				value: 1000,
				qualifier: 'over',
				subject: 'belarus',
			}),
		]));
	it('reads "1,200 of its soldiers are held in Russian captivity" as prisoners held by Russia', () =>
		expect(figures('Kyiv says 1,200 of its soldiers are held in Russian captivity.')).toEqual([
			expect.objectContaining({ metric: 'prisoners_held', value: 1200, subject: 'russia', claimedBy: 'kyiv' }),
		]));
	it('reads "$8.2 billion program for Ukraine" as aid in US dollars with the fund as claimant', () => {
		const found = figures(
			'The International Monetary Fund announced on November 27 that it had reached a staff-level agreement on a new four-year, $8.2 billion program for Ukraine.',
			{
				dates: [{ text: 'on November 27', date: '2025-11-27', precision: 'day' }],
			},
		);
		expect(found).toEqual([
			expect.objectContaining({
				metric: 'aid_usd',
				value: 8.2e9,
				unit: 'usd',
				subject: 'ukraine',
				claimedBy: 'international-monetary-fund',
				date: '2025-11-27',
			}),
		]);
	});
	it('reads "The EU approved a €90 billion loan" as aid in euros, never converted', () =>
		expect(figures('The EU approved a €90 billion loan.')).toEqual([
			expect.objectContaining({ metric: 'aid_eur', value: 9e10, unit: 'eur' }),
		]));
	it('reads "up to 14 hours without power daily" as power outage hours in the place named', () =>
		expect(
			figures('Residents in Chernihiv report up to 14 hours without power daily.', {
				entities: [{ surface: 'Chernihiv', key: 'chernihiv', type: 'place' }],
			}),
		).toEqual([
			expect.objectContaining({
				metric: 'power_outage_hours',
				value: 14,
				unit: 'hours',
				qualifier: 'up_to',
				subject: 'chernihiv',
				claimedBy: 'residents in Chernihiv',
			}),
		]));
	it('reads "not to cap … armed forces at 600,000" as a troop cap, not casualties', () =>
		expect(
			figures("The US agreed not to cap the size of Ukraine's armed forces at 600,000—a significant concession."),
		).toEqual([expect.objectContaining({ metric: 'troop_cap', value: 600000, subject: 'ukraine' })]));
	it('records plan points as plan_points, the second borrowing its noun ("from 28 points to 19")', () =>
		expect(pairs('The peace plan was trimmed from 24 points to 17, though the details remain unclear.')).toEqual([
			['plan_points', 24],
			['plan_points', 17],
		]));
	it('reads "14-hour blackouts" as power outage hours and "a 20-point plan" as plan points', () => {
		expect(pairs('Kharkiv residents face 14-hour blackouts after the strikes.')).toEqual([['power_outage_hours', 14]]);
		expect(pairs('Washington circulated a 20-point plan.')).toEqual([['plan_points', 20]]);
	});
	it('reads word numbers and money shorthand ("twenty-five", "a dozen", "€2bn")', () => {
		expect(pairs('Twenty-five villages were captured and a dozen homes were destroyed.')).toEqual([
			['villages_captured', 25],
			['buildings_damaged', 12],
		]);
		expect(figures('Brussels pledged €2bn in military aid for Ukraine.')).toEqual([
			expect.objectContaining({ metric: 'aid_eur', value: 2e9, unit: 'eur', subject: 'ukraine', text: '€2bn' }),
		]);
	});
	it('finds no figure in durations, anniversaries and years ("five-hour meeting", "80th anniversary", "2016")', () => {
		expect(pairs('It is what he and Witkoff discussed in their five-hour meeting.')).toEqual([]);
		expect(pairs('A delegation may attend the 80th anniversary of the victory.')).toEqual([]);
		expect(pairs("It's a situation reminiscent of 2016 and of Russia's 2021 demands.")).toEqual([]);
		expect(pairs('The IMF agreed a new four-year program.')).toEqual([]);
	});
});

describe('extractFigures: proposals and forecasts', () => {
	it('does not count a swap under discussion or a strike that could happen', () => {
		expect(pairs('Both sides said a swap of 1,000 prisoners each was under discussion.')).toEqual([]);
		expect(pairs('Analysts warn Russia could soon launch 2,000 drones a night.')).toEqual([]);
		expect(pairs('Kyiv and Moscow agreed to exchange 300 prisoners of war.')).toEqual([]);
	});
	it('still counts what happened when the sentence also looks ahead', () =>
		expect(pairs('At least 20 people were killed, and the toll is expected to rise.')).toEqual([['killed', 20]]));
	it('still counts a pledge of aid as reported (money is pledged before it is paid)', () =>
		expect(figures('Germany will provide €1.5 billion in military aid to Ukraine next year.')).toEqual([
			expect.objectContaining({ metric: 'aid_eur', value: 1.5e9, status: 'reported', statusCue: null }),
		]));
});

describe('extractFigures: the sides of a figure (fixture interception-sides)', () => {
	const byValue = (value: number) => runFixture('interception-sides').find((figure) => figure.value === value);
	it('reads "Russian air defence units shot down 43 Ukrainian drones over the Kursk region": whose drones, who downed them, where', () =>
		expect(byValue(43)).toMatchObject({
			metric: 'drones_intercepted',
			subject: 'ukraine',
			subjectRole: 'attacker',
			interceptedBy: 'russia',
			place: 'kursk-region',
		}));
	it('reads the interceptor from "Ukraine\'s air force said it had intercepted 88 drones"', () =>
		expect(byValue(88)).toMatchObject({ interceptedBy: 'ukraine', place: 'ukraine' }));
	it('leaves the interceptor unknown for "downed by electronic warfare" (no side named)', () =>
		expect(byValue(14)).toMatchObject({ interceptedBy: null }));
	it('puts a launch "at Ukraine" in Ukraine, launched by Russia', () =>
		expect(byValue(102)).toMatchObject({ subject: 'russia', subjectRole: 'attacker', place: 'ukraine' }));
	it('reads "Russian forces shelled Kherson, killing three civilians" as killed in Kherson by Russia', () =>
		expect(byValue(3)).toMatchObject({
			metric: 'civilians_killed',
			subject: 'ukraine',
			subjectRole: 'place',
			inflictedBy: 'russia',
			place: 'kherson',
		}));
	it('takes the attacker a loss came from in its paragraph ("Ukrainian drones struck … One person was killed there")', () =>
		expect(byValue(1)).toMatchObject({ metric: 'killed', subject: 'russia', inflictedBy: 'ukraine' }));
	it('reads whose people from the noun as a victim, not a place ("410 Russian officers")', () =>
		expect(runFixture('claimant-own-sentence').find((figure) => figure.value === 410)).toMatchObject({
			subject: 'russia',
			subjectRole: 'victim',
			inflictedBy: null,
		}));
});

describe('extractFigures: negated and supposed figures (fixture negated-and-supposed)', () => {
	const byValue = (value: number) => runFixture('negated-and-supposed').find((figure) => figure.value === value);
	it('reads "agreed not to limit … at 450,000" as a negated troop cap, with its words', () =>
		expect(byValue(450000)).toMatchObject({ metric: 'troop_cap', status: 'negated', statusCue: 'not to' }));
	it('reads "rejected a cap of 400,000" as negated', () =>
		expect(byValue(400000)).toMatchObject({ metric: 'troop_cap', status: 'negated' }));
	it('reads "would have capped … at 500,000" as hypothetical', () =>
		expect(byValue(500000)).toMatchObject({ metric: 'troop_cap', status: 'hypothetical', statusCue: 'would have' }));
	it('drops a death that is denied and a launch that is only a condition', () => {
		expect(byValue(19)).toBeUndefined();
		expect(byValue(1000)).toBeUndefined();
	});
	it('keeps what the text states as reported', () => {
		expect(byValue(210)).toMatchObject({ metric: 'drones_launched', status: 'reported' });
		expect(byValue(4)).toMatchObject({ metric: 'killed', status: 'reported' });
		expect(byValue(2e9)).toMatchObject({ metric: 'aid_eur', status: 'reported' });
	});
	it('reads "no longer" in the clause as negated', () =>
		expect(figures("Kyiv said the plan no longer caps Ukraine's armed forces at 600,000.")[0]).toMatchObject({
			metric: 'troop_cap',
			status: 'negated',
		}));
});

describe('extractFigures: a claimant only from its own sentence', () => {
	const fixture = () => runFixture('claimant-own-sentence');
	const byValue = (value: number) => fixture().find((figure) => figure.value === value);
	it('leaves "Air defence units shot down 74 drones" unattributed after a sentence naming the governor', () =>
		expect(byValue(74)).toMatchObject({ metric: 'drones_intercepted', claimedBy: null }));
	it('takes "the city\'s mayor said" from the figure\'s own sentence', () =>
		expect(byValue(3)).toMatchObject({ metric: 'killed', claimedBy: "the city's mayor" }));
	it('does not lend "Mediazona reports…" to the next sentence of its paragraph', () =>
		expect(byValue(410)).toMatchObject({ metric: 'officers_killed', claimedBy: null }));
	it('resolves "It also said" to the claimant its paragraph named just before', () =>
		expect(
			figures(
				'The Russian Defence Ministry said its forces had struck depots. It also said air defences destroyed 61 Ukrainian drones.',
				{ entities: [{ surface: 'Russian Defence Ministry', key: 'russian-ministry-of-defence' }] },
			)[0],
		).toMatchObject({ value: 61, claimedBy: 'russian-ministry-of-defence' }));
	it('does not resolve a pronoun to a claimant of an earlier paragraph', () =>
		expect(
			figures(['Mediazona reports that deaths have surged.', 'It also said 90 Russian officers were killed.'])[0],
		).toMatchObject({ value: 90, claimedBy: null }));
});

describe('extractFigures: dates and key points', () => {
	it('dates a figure by the nearest date of its sentence, else the publication date at its precision', () => {
		const found = figures(['On Tuesday, Russia launched 200 drones.', 'Russia launched 90 more drones.'], {
			dates: [{ text: 'On Tuesday', date: '2025-11-25', precision: 'day', kind: 'weekday' }],
			publication: { date: '2025-11', precision: 'month' },
		});
		expect(found.map((figure) => figure.date)).toEqual(['2025-11-25', '2025-11']);
	});
	it('leaves the date null when neither the sentence nor the publication gives one', () =>
		expect(
			figures('Russia launched 200 drones.', { publication: { date: null, precision: null } })[0]?.date,
		).toBeNull());
	it('does not date a figure by the start of a period ("since 2022")', () =>
		expect(
			figures('The EU has provided €180 billion in support to Ukraine since 2022.', {
				dates: [{ text: '2022', date: '2022', precision: 'year' }],
			})[0]?.date,
		).toBe('2025-11-28'));
	it('skips a key-point figure that the body repeats, keeps one the body lacks', () => {
		const found = figures([
			{ keyPoints: ['Belarus pardoned 31 Ukrainian prisoners.', 'Russia launched 400 drones.'] },
			'Belarus President Alexander Lukashenko pardoned 31 Ukrainian citizens.',
		]);
		expect(found.map((figure) => [figure.metric, figure.value])).toEqual([
			['drones_launched', 400],
			['prisoners_released', 31],
		]);
	});
});

// Golden files: each folder under test/fixtures/figures holds `input.txt` (one block a line, `# ` headings, `• ` key
// points), `context.json` (hand-made mentions and dates, as the entity and date stages would give) and `expected.json`
// (see test/golden.ts: a mismatch writes `expected-changed.json`, `UPDATE=1` rewrites, CI never writes).
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/figures/', import.meta.url));

const fixtureRuns = new Map<string, ReturnType<typeof readFixture>>();
const runFixture = (name: string) => fixtureRuns.get(name) ?? fixtureRuns.set(name, readFixture(name)).get(name)!;

function readFixture(name: string) {
	const context = JSON.parse(readFileSync(join(FIXTURES, name, 'context.json'), 'utf8')) as Omit<TestArticle, 'blocks'>;
	const blocks = parseFixtureBlocks(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8'));
	return extractFigures(buildContext({ ...context, blocks })).map(({ article: _article, ...figure }) => figure);
}

describe('extractFigures on fixture articles', () => {
	goldenFolders(FIXTURES, {
		input: 'input.txt',
		expected: 'expected.json',
		title: (name) => `matches the expected figures of ${name}`,
		run: (_folder, name) => runFixture(name),
	});
});

describe('extractFigures: "the fallen" sets no span by itself', () => {
	const spans = (name: string) =>
		runFixture(name).map((figure) => [figure.metric, figure.value, figure.span, figure.spanCue]);

	it('keeps the dead of one strike, and a part of them ("among the fallen"), as one incident', () =>
		expect(spans('the-fallen-of-one-strike')).toEqual([
			['civilians_killed', 11, 'incident', null],
			['children_killed', 4, 'incident', null],
			['civilians_killed', 3, 'incident', null],
		]));
	it('reads "among the fallen" just after a running total as a part of that total, quoting what made it one', () =>
		expect(spans('span-total-period-night')[1]).toEqual([
			'generals_killed',
			9,
			'cumulative',
			'Among the fallen … by October 31, 2025 … had been confirmed',
		]));
});

describe('extractFigures on the seed articles (reviewed targets)', () => {
	const find = (name: string, metric: string, value: number) =>
		runFixture(name).find((figure) => figure.metric === metric && figure.value === value);

	it('reads 000: officers and generals killed, not attributed (Mediazona is named two paragraphs before)', () => {
		expect(find('seed-000-losses-and-pardons', 'officers_killed', 6024)).toMatchObject({
			subject: 'russia',
			date: '2025-11-21',
			claimedBy: null,
		});
		expect(find('seed-000-losses-and-pardons', 'generals_killed', 12)).toMatchObject({ subject: 'russia' });
	});
	it('reads 000: civilians, prisoners, power, villages and political prisoners', () => {
		// "Ukraine has launched drone strikes into Russian territory. … killed two civilians in Syzran": in Russia, by Ukraine.
		expect(find('seed-000-losses-and-pardons', 'civilians_killed', 2)).toMatchObject({
			subject: 'russia',
			subjectRole: 'place',
			inflictedBy: 'ukraine',
			place: 'syzran',
			claimedBy: 'the regional governor',
		});
		expect(find('seed-000-losses-and-pardons', 'prisoners_released', 31)).toMatchObject({ subject: 'ukraine' });
		expect(find('seed-000-losses-and-pardons', 'power_outage_hours', 14)).toMatchObject({
			qualifier: 'up_to',
			unit: 'hours',
		});
		expect(find('seed-000-losses-and-pardons', 'villages_captured', 2)).toMatchObject({
			claimedBy: 'the Russian defense ministry',
		});
		expect(find('seed-000-losses-and-pardons', 'political_prisoners_held', 1000)).toMatchObject({
			qualifier: 'over',
			subject: 'belarus',
		});
	});
	it('reads 000: no casualty figure from "as young as 18" or "April 2023"', () => {
		const values = runFixture('seed-000-losses-and-pardons').map((figure) => figure.value);
		expect(values).not.toContain(18);
		expect(values).not.toContain(2023);
	});
	it('reads 002: drones downed, the Belgorod part, IMF aid, the troop cap, plan points apart', () => {
		const name = 'seed-002-drones-aid-plan-points';
		expect(find(name, 'drones_intercepted', 118)).toMatchObject({
			subject: 'ukraine',
			interceptedBy: 'russia',
			claimedBy: 'Russian agencies',
			date: '2025-11-27',
			scope: null,
		});
		expect(find(name, 'drones_intercepted', 52)).toMatchObject({ scope: 'Belgorod region', date: '2025-11-27' });
		expect(find(name, 'aid_usd', 8.2e9)).toMatchObject({
			subject: 'ukraine',
			claimedBy: 'international-monetary-fund',
			date: '2025-11-27',
		});
		// "the US agreed not to cap the size of Ukraine's armed forces at 600,000": the cap is ruled out.
		expect(find(name, 'troop_cap', 600000)).toMatchObject({ subject: 'ukraine', status: 'negated' });
		const strikeOrCasualty = /launched|intercepted|hit|killed|injured|casualties/;
		expect(
			runFixture(name)
				.filter((figure) => [28, 19].includes(figure.value))
				.every((figure) => figure.metric === 'plan_points'),
		).toBe(true);
		expect(
			runFixture(name)
				.filter((figure) => strikeOrCasualty.test(figure.metric))
				.map((figure) => figure.value),
		).toEqual([118, 52]);
	});
	it('reads 004: the barrage, the hits, the interceptions and the ground taken', () => {
		const name = 'seed-004-barrage-and-territory';
		expect(find(name, 'drones_launched', 653)).toMatchObject({ subject: 'russia' });
		expect(find(name, 'missiles_launched', 51)).toMatchObject({ subject: 'russia' });
		expect(find(name, 'locations_hit', 29)).toMatchObject({ claimedBy: 'officials' });
		expect(find(name, 'injured', 8)).toMatchObject({ qualifier: 'at_least' });
		// "Ukrainian air defenses intercepted 585 drones and 30 missiles": Russia's, downed by Ukraine, named by no one.
		expect(find(name, 'drones_intercepted', 585)).toMatchObject({
			subject: 'russia',
			interceptedBy: 'ukraine',
			claimedBy: null,
		});
		expect(find(name, 'missiles_intercepted', 30)).toMatchObject({ subject: 'russia', interceptedBy: 'ukraine' });
		expect(find(name, 'drones_launched', 653)).toMatchObject({ place: 'ukraine' });
		expect(find(name, 'territory_captured_km2', 505)).toMatchObject({
			subject: 'russia',
			date: '2025-11',
			claimedBy: 'reports',
		});
		expect(runFixture(name).map((figure) => figure.value)).not.toContain(6);
	});
	it('reads 001: no figures at all', () => expect(runFixture('seed-001-no-figures')).toEqual([]));
});
