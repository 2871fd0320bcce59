/** Closed word lists the name finder reads capitalised words against. */
import { calendarWords, language } from '../lang/index.ts';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words that make a title or rank before a name ("President", "Lt. Gen."); never part of a name. */
export const TITLE_WORDS = new Set(language.titles.words);

/** Words that sit between title words ("Secretary of State", "Defence Minister", "Chief of Staff"). */
export const TITLE_QUALIFIERS = new Set(language.titles.qualifiers);

/** Titles news style writes in lower case before a name ("regional governor Oleh Kiper"). */
export const LOWER_CASE_TITLES = new Set(language.titles.lowerCase);

/** Lower-case particles allowed inside a name ("Ursula von der Leyen", "Ministry of the Interior"). */
export const NAME_PARTICLES = set('of the for de del della da dos von van der den bin ibn al la le du');

/** Plural nouns whose possessive opens a name ("People's Defense Force", "Workers' Party", "Veterans' Union"). */
export const POSSESSIVE_NAME_WORDS = set('People Peoples Workers Women Children Veterans Farmers Martyrs Mothers');

/** Lower-case nouns after a capitalised name that hold an "and" inside it: "the Armed Conflict Location and Event Data
 * project" is one name, where "Ukraine and Russia" are two. */
export const AND_NAME_FOLLOWERS = set('project programme program initiative database survey index tracker');

/** Weekday and month names: dates, not entities. */
export const CALENDAR_WORDS = new Set(calendarWords(language));

/** Capitalised words and phrases that name no person, place or organisation of interest. */
export const NOT_NAMES = set(`
	Thanksgiving Christmas Easter Orthodox Ramadan Hanukkah Eid Passover Lent New-Year
	Western Eastern Northern Southern West East North South Westerners Allied Allies
	Analysis Quick Read Creator Latest News Update Updates Breaking Live Opinion Editorial Summary Photo Video
	God Internet Web Moon Earth Sun Parliament Government Cabinet Army Navy Constitution Congress
	Cold War World Second First Great Patriotic WWI WWII
	AM PM GMT UTC EST CET
	Europeans
	English Spanish Arabic Latin Hebrew Mandarin Science Nature Telegram Facebook Twitter Instagram YouTube
	WhatsApp TikTok Signal Google Viber Zoom Internet
`);

/** Last words of capitalised phrases that name a plan, a treaty or an event, not an entity ("Marshall Plan"). */
export const NON_ENTITY_HEADS = set(`
	Plan Plans Agreement Agreements Accord Accords Treaty Doctrine Deal Formula Summit Talks Process Declaration
	Protocol Act Law Bill War Offensive Operation Counteroffensive Day Prize Award Games Cup Festival Memorandum
`);

/** Multi-word capitalised phrases to drop outright. */
export const NOT_NAME_PHRASES = new Set([
	'cold war',
	'world war',
	'world war ii',
	'world war two',
	'second world war',
	'first world war',
	'great patriotic war',
	'new year',
	'quick read',
	'latest news',
	'key points',
	'victory day',
]);

/** Last words that make a capitalised run an organisation ("Aspen Security Forum"). */
export const ORGANIZATION_HEADS = set(`
	Ministry Council Committee Commission Agency Service Services Bureau Office Forum Conference Fund Bank
	Party Times News Post Journal Press Telegraph Herald Tribune Gazette Institute Institution University
	College Academy Group Union Organisation Organization Association Alliance Federation Court Tribunal
	Assembly Senate Command Forces Army Navy Guard Guards Police Brigade Battalion Regiment Division Corps
	Fleet Company Corporation Corp Inc Ltd LLC Airlines Airways Foundation Center Centre Network Channel
	Authority Department Directorate Inspectorate Cabinet Government Administration Secretariat Mission
	Embassy Society Movement Coalition Bloc Church Patriarchate Exchange Holdings Industries Energy Airline
	Commissariat Duma Rada Parliament Congress Staff Watch Monitor Review Reporters Broadcasting Radio
	Television TV Unit Units Detachment Troops Initiative Endowment Fellowship Trust Force Headquarters Operations School
	Squadron Flotilla
`);

/** Last words that make a capitalised run a place ("Black Sea", "Oskil River"). */
export const PLACE_HEADS = set(`
	River Sea Ocean Lake Bay Gulf Strait Peninsula Island Islands Mountains Mountain Valley Oblast Krai
	Province Region District County Raion Square Street Avenue Airport Port Harbour Harbor Bridge Dam
	Reservoir Canal Base Airbase Airfield Refinery Plant Station Spit Strip Camp
`);

/** Words that open a place's name ("Sea of Azov", "Gulf of Finland", "Lake Ladoga", "Mount Elbrus"). */
export const PLACE_LEADING_HEADS = set('Sea Gulf Bay Lake Mount Cape Strait Isle Port');

/** Lower-case words after a name that show it is a place ("the Samara region", "Kursk oblast"). */
export const PLACE_FOLLOWERS = set(
	'region oblast province district city town village border area river raion county capital outskirts suburbs',
);

/** Words before a name that show it is a place ("near Kupiansk", "in Ramstein"). */
export const PLACE_PREPOSITIONS = set('in near outside around into towards toward across inside at over');

/** Phrases ending right before a name that show it is a place ("the village of Zvanivka"). */
const PLACE_LEAD_NOUNS = [
	'city',
	'cities',
	'town',
	'towns',
	'village',
	'villages',
	'settlements?',
	'regions?',
	'oblasts?',
	'provinces?',
	'districts?',
	'port',
	'capital',
	'outskirts',
	'suburbs?',
];
export const PLACE_LEADS = new RegExp(String.raw`\b(?:${PLACE_LEAD_NOUNS.join('|')})\s+of\s+$`, 'i');

/** An appositive right after a name that shows it is a place ("Mykolaiv, the last major city on the road"). */
const APPOSITIVE_STOP_WORDS = ['from', 'in', 'at', 'of', 'near', 'on', 'with'];
const APPOSITIVE_PLACE_NOUNS = [
	'city',
	'town',
	'village',
	'settlement',
	'port',
	'capital',
	'region',
	'oblast',
	'province',
	'district',
	'island',
	'peninsula',
];
export const PLACE_APPOSITIVE = new RegExp(
	String.raw`^,\s+(?:the|a|an)\s+(?:(?!(?:${APPOSITIVE_STOP_WORDS.join('|')})\s)[\p{Ll}-]+\s+){0,3}(?:${APPOSITIVE_PLACE_NOUNS.join('|')})\b`,
	'u',
);

/** Pronouns and words that open a sentence in capitals without being names. Adjectives of origin ("Ukrainian") are
 * the gazetteer's demonyms, which the callers check beside this list. */
export const SENTENCE_OPENERS = set(`
	The A An This That These Those It Its He She They We I You His Her Their Our My Your Who What When Where
	Why How Which Whether If As At By For From In Into On Of To With Without And But Or Nor So Yet Still
	Meanwhile However Despite Although Though While After Before During Since Until Among Amid Under Over
	Then There Here Now Today Yesterday Tomorrow Also Even Only Just Both Either Neither Each Every All Some
	Many Most More Few Several No Not Nothing Everything Anything Late Early Last Next Such Other Another
	According Accepting Speaking Asked Adding Instead Indeed Notably Additionally Furthermore Moreover
	Take Back Total Why Will Would Can Could Should Must May Might Shall Let Beyond Across Around Along
	Residents Officials Analysts Diplomats Leaders Sources Reports Critics Observers Experts
`);
