/** Tells whether two written names can be the same person ("Bill Burns" and "William J. Burns"). */

// Given names that stand for one another: nicknames and common transliterations.
const NICKNAME_GROUPS = [
	'william bill billy will willy',
	'robert bob bobby rob robbie',
	'daniel dan danny',
	'michael mike mick',
	'james jim jimmy jamie',
	'joseph joe joey',
	'thomas tom tommy',
	'steven stephen steve stevie',
	'anthony antony tony',
	'richard dick rick ricky rich',
	'edward ed eddie ted teddy',
	'christopher chris',
	'alexander alexandr aleksandr oleksandr olexander alex sasha',
	'dmitry dmitri dmitriy dmytro',
	'sergei sergey serhiy serhii sergiy',
	'andrei andrey andriy andrii',
	'yuri yury yuriy yurii',
	'oleg oleh',
	'volodymyr vladimir volodya',
	'mykola nikolai nikolay',
	'petro pyotr peter pete',
	'mykhailo mikhail',
	'valerii valery valeriy',
	'vitali vitaliy vitaly',
	'yevhen yevgeny evgeny eugene',
	'kateryna katerina katherine catherine kate kathy',
	'elizabeth liz beth betsy',
	'jennifer jen jenny',
	'matthew matt',
	'nicholas nick',
	'samuel sam',
	'benjamin ben',
	'patrick pat',
	'charles charlie chuck',
	'lawrence larry',
	'gregory greg',
	'kenneth ken',
	'donald don',
	'ronald ron',
	'timothy tim',
	'jonathan jon',
	'john jack johnny',
	'margaret maggie peggy',
	'yulia yuliia julia',
	'olena elena yelena',
	'oleksiy oleksii alexei alexey aleksei',
	'mikhail michail',
	'ihor igor',
	'vasyl vasily',
];

const NICKNAMES = new Map<string, Set<string>>();
for (const group of NICKNAME_GROUPS) {
	const names = new Set(group.split(' '));
	for (const name of names) NICKNAMES.set(name, new Set([...(NICKNAMES.get(name) ?? []), ...names]));
}

/** Lower-case ASCII form of a word ("Władysław" → "wladyslaw"). */
export function foldWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'l')
		.toLowerCase()
		.replace(/['’.]/g, '');
}

/** A surname reduced so transliterations agree ("Zelenskyy", "Zelenskiy", "Zelensky" → "zelensky"). */
export function surnameKey(surname: string): string {
	return foldWord(surname)
		.replace(/(?:yy|iy|yi|ii|ij|i|y)$/, 'y')
		.replace(/(?:ia|ya)$/, 'ya');
}

/** The parts of a written name: given names (initials and middle names included) and the surname. */
export function nameParts(name: string): { given: string[]; surname: string } {
	const words = name.split(/\s+/).filter((word) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(word));
	// Lower-case particles belong to the surname ("von der Leyen").
	let cut = words.length - 1;
	while (cut > 0 && /^\p{Ll}/u.test(words[cut - 1]!)) cut--;
	return { given: words.slice(0, cut), surname: words.slice(cut).join(' ') };
}

/** True when two given names can be the same one: equal, an initial, a prefix, or a known nickname. */
export function givenNamesCompatible(a: string, b: string): boolean {
	const x = foldWord(a);
	const y = foldWord(b);
	if (!x || !y) return false;
	if (x === y) return true;
	if (x.length === 1 || y.length === 1) return x[0] === y[0];
	if (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x))) return true;
	return NICKNAMES.get(x)?.has(y) ?? false;
}

/** True when two full names (given name and surname each) can name the same person. */
export function samePerson(a: string, b: string): boolean {
	const first = nameParts(a);
	const second = nameParts(b);
	if (!first.given.length || !second.given.length) return false;
	if (surnameKey(first.surname) !== surnameKey(second.surname)) return false;
	if (!givenNamesCompatible(first.given[0]!, second.given[0]!)) return false;
	// Two different middle names or initials ("William J. Burns", "William K. Burns") are two people.
	const middleA = first.given[1];
	const middleB = second.given[1];
	return middleA === undefined || middleB === undefined || givenNamesCompatible(middleA, middleB);
}
