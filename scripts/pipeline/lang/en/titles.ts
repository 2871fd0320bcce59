/** English titles, offices and ranks written before a name. */
import type { Rank } from '../language.ts';

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Words that make a title or rank before a name ("President", "Lt. Gen."); never part of a name. */
export const TITLE_WORDS = words(`
	President Presidents Vice Prime Minister Ministers Secretary Secretaries Secretary-General Chancellor
	General Generals Gen Lieutenant Lt Colonel Col Major Maj Captain Capt Admiral Adm Sergeant Sgt Commander
	Commander-in-Chief Marshal Brigadier Brig Private Corporal Director Envoy Envoys Ambassador Governor Gov
	Mayor Senator Sen Sens Representative Rep Congressman Congresswoman Speaker Chairman Chairwoman Chair
	Chief Head Deputy Acting Former Ex-President Spokesman Spokeswoman Spokesperson Prosecutor Judge
	Attorney Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord King Queen Prince Princess Pope Patriarch
	Sheikh Emir Premier Leader Adviser Advisor Aide Commissioner Officer Ombudsman Negotiator Pres
	Coordinator Administrator Inspector Councillor Councilor President-elect Ret
`);

/** Words that sit between title words ("Secretary of State", "Defence Minister", "Chief of Staff"). */
export const TITLE_QUALIFIERS = words(`
	of the for and Foreign Defence Defense Interior Finance Economy Economic Energy Health Justice Trade
	Commerce Treasury State Army Navy Air Force Homeland Security National Affairs Home Intelligence Special
	Presidential Military Federal Supreme Senior Top First High Staff Ground Forces Armed Chiefs Joint
	Regional Military-Civil Civil Administration Press Public Relations Digital Transformation Strategic
	Industries European Commission Council Union Assistant Executive Principal Permanent Acting Interim
`);

/**
 * Titles news style writes in lower case before a name ("regional governor Oleh Kiper", "foreign minister Hakan
 * Fidan"). Only nouns that name an office: "former", "acting" or "head" alone say nothing about who follows.
 */
export const LOWER_CASE_TITLES = words(`
	president minister secretary chancellor envoy ambassador governor mayor senator spokesman spokeswoman
	spokesperson prosecutor commander negotiator adviser advisor commissioner ombudsman premier congressman
	congresswoman lieutenant colonel captain sergeant admiral general marshal chairman chairwoman
`);

/** Words that make a capitalised run before a name an office rather than a rank (event labels drop offices). */
export const OFFICES = words(`
	president vice secretary minister chancellor prime premier envoy ambassador prosecutor spokesman spokeswoman
	spokesperson chief head deputy governor mayor senator director chairman chairwoman chair commissioner
	representative king queen pope foreign defence defense state special army navy general-secretary
	secretary-general adviser advisor aide commander commander-in-chief leader official officials envoys presidents
	ministers leaders
`);

/** Military ranks, longest first, with the short forms event labels use. */
export const RANKS: readonly Rank[] = [
	{ words: ['lieutenant', 'general'], short: 'Lt Gen' },
	{ words: ['major', 'general'], short: 'Maj Gen' },
	{ words: ['brigadier', 'general'], short: 'Brig Gen' },
	{ words: ['lieutenant', 'colonel'], short: 'Lt Col' },
	{ words: ['vice', 'admiral'], short: 'Vice Adm' },
	{ words: ['rear', 'admiral'], short: 'Rear Adm' },
	{ words: ['general'], short: 'Gen' },
	{ words: ['colonel'], short: 'Col' },
	{ words: ['admiral'], short: 'Adm' },
	{ words: ['major'], short: 'Maj' },
	{ words: ['captain'], short: 'Capt' },
	{ words: ['lieutenant'], short: 'Lt' },
	{ words: ['sergeant'], short: 'Sgt' },
];
