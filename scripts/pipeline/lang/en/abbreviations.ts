/** English abbreviations whose full stop does not end a sentence. */

/** Lower case, without the final full stop; calendar abbreviations come from `calendar.ts`. */
export const ABBREVIATIONS = (
	'mr mrs ms dr prof st mt jr sr lt gen col maj capt cpt sgt adm cmdr gov sen rep pres rev hon no nos vs etc inc ' +
	'corp co ltd dept est approx u.s u.k u.n e.g i.e a.m p.m fig vol ed'
).split(' ');

/** Titles and ranks written with a full stop that belongs to the word ("Lt. Gen. Oleg Tsokov", "Mr. Witkoff"). */
export const DOTTED_TITLES = 'Gen Lt Col Maj Capt Adm Sgt Brig Mr Mrs Ms Dr Prof St Jr Sr Gov Sen Rep Pres Ret'.split(
	' ',
);
