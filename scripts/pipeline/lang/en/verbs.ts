/** English verb forms the tense reader cannot tell by an "-ed" ending. */

/** Simple past forms of irregular verbs ("said", "met", "struck"). */
export const IRREGULAR_PAST = (
	'said told met held struck began came went took gave made saw sent fought led left won lost spoke wrote brought bought caught ' +
	'thought taught felt kept knew grew drew flew threw rose fell broke chose froze stole woke hid built spent meant dealt heard paid ' +
	'laid sold stood sought found got became withdrew undertook overtook arose sank shrank fled fed shot slid swept slept wept crept ' +
	'lent bent bore drove rode ran sat sang rang sprang swore tore wore understood overcame shook mistook foresaw oversaw spun hung ' +
	'stuck dug clung swung stung ate forgot flung forbade forgave'
).split(' ');

/** Past participles read after "has"/"have" besides "-ed" and "-en" forms ("has met", "have told"). */
export const IRREGULAR_PARTICIPLES =
	'been met held made led won lost sent fought told said left built spent paid found become taken given seen'.split(
		' ',
	);
