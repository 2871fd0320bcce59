/** Word lists the metric rules share: what a number counts (nouns) and what happened to it (cues). */

const words = (...alternatives: string[]) => new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'i');

/** Nouns, tested against the counted phrase after a number ("120 Shahed drones"). */
export const NOUNS = {
	drones: words('drones?', 'UAVs?', 'unmanned aerial vehicles', 'Shaheds?', 'Gerans?', 'Geran-\\d+s?', 'loitering munitions'),
	missiles: words('missiles?', 'Iskanders?', 'Kinzhals?', 'Kalibrs?', 'ATACMS', 'Tomahawks?', 'Storm Shadows?'),
	bombs: words('(?:glide|guided|aerial|gliding) bombs?', 'KABs?'),
	locations: words('locations?', 'sites?', 'facilities', 'facility', 'targets?', 'objects?', 'places?', 'settlements?', 'cities', 'towns?'),
	regions: words('regions?', 'oblasts?', 'provinces?'),
	buildings: words('buildings?', 'homes?', 'houses?', 'apartment (?:blocks?|buildings?)', 'apartments?', 'residential buildings?', 'high-rises?'),
	people: words('people', 'persons?', 'individuals?', 'others?', 'victims?', 'person'),
	civilians: words('civilians?', 'residents?', 'villagers?', 'passengers?', 'bystanders?', 'women', 'pensioners?', 'non-combatants?'),
	children: words('children', 'child', 'minors?', 'teenagers?', 'infants?', 'toddlers?', 'kids'),
	soldiers: words('soldiers?', 'troops?', 'servicemen', 'serviceman', 'service ?members?', 'servicemembers?', 'personnel', 'fighters?', 'marines?', 'paratroopers?', 'conscripts?', 'recruits?', 'mercenaries', 'mercenary', 'volunteers?', 'combatants?'),
	officers: words('officers?'),
	generals: words('generals?'),
	deaths: words('deaths?', 'fatalities', 'fatality', 'dead'),
	casualties: words('casualties', 'casualty'),
	prisoners: words('prisoners?', 'POWs?', 'prisoners? of war', 'captives?', 'detainees?', 'hostages?', 'citizens?', 'nationals?', 'civilians?', 'soldiers?', 'servicemen', 'defenders?', 'people', 'Ukrainians', 'Russians', 'Belarusians'),
	politicalPrisoners: words('political prisoners?', 'prisoners? of conscience'),
	villages: words('villages?', 'hamlets?'),
	settlements: words('settlements?', 'towns?', 'localities', 'locality', 'cities', 'city'),
	hours: words('hours?'),
	households: words('households?', 'homes', 'customers', 'consumers', 'subscribers'),
	points: words('points?'),
	troops: words('troops?', 'soldiers?', 'servicemen', 'personnel', 'service ?members'),
};

/** Cues, searched in the number's clause; the nearest cue decides between rules. */
export const CUES = {
	launch: words(
		'launched', 'launch(?:es|ing)?', 'fired', 'fir(?:es|ing)', 'sent', 'send(?:s|ing)?', 'unleashed', 'deployed', 'used',
		'hurled', 'attacked', 'targeted', 'attacked(?: \\w+)? with', 'struck(?: \\w+)? with', 'barrage', 'attacks?', 'assaults?', 'strikes?', 'salvos?',
		'waves? of', 'dropped', 'drop(?:s|ping)?',
	),
	intercept: words(
		'intercepted', 'intercept(?:s|ing)?', 'shot down', 'shoot(?:s|ing)? down', 'downed', 'down(?:s|ing)', 'destroyed',
		'neutrali[sz]ed', 'repelled', 'repulsed', 'brought down', 'taken down', 'suppressed', 'jammed', 'defeated',
		'interceptions?', 'air defen[cs]es?',
	),
	hit: words('hit', 'hits', 'struck', 'damaged', 'destroyed', 'targeted', 'affected', 'attacked', 'shelled', 'bombed', 'impacts?'),
	kill: words(
		'killed', 'kill(?:s|ing)?', 'died', 'dies', 'dead', 'deaths? of', 'death toll', 'toll', 'lost their lives', 'perished',
		'fallen', 'slain', 'fatally', 'confirmed dead', 'killed in action',
	),
	injure: words('injured', 'injur(?:es|ing|ies|y)', 'wounded', 'wound(?:s|ing)?', 'hurt', 'hospitali[sz]ed'),
	loss: words('lost', 'los(?:es|ing)', 'losses', 'suffered', 'sustained', 'casualties', 'put out of action', 'eliminated', 'neutrali[sz]ed'),
	capture: words(
		'captured', 'captur(?:e|es|ing)', 'seized', 'seiz(?:e|es|ing)', 'took', 'taken', 'tak(?:e|es|ing) (?:control|over)',
		'occupied', 'gained', 'gains?', 'advanced', 'liberated', 'retaken', 'retook', 'recaptured', 'regained', 'took back', 'liberat(?:e|es|ing|ion)', 'overran', 'conquered', 'control of',
	),
	release: words(
		'released', 'releas(?:e|es|ing)', 'freed', 'free(?:s|ing)?', 'pardoned', 'pardon(?:s|ing)?', 'exchanged', 'exchang(?:e|es|ing)',
		'swapped', 'swaps?', 'swapping', 'returned', 'return(?:s|ing)?', 'repatriated', 'handed over', 'handover', 'set free',
		'came home', 'brought home',
	),
	hold: words('held', 'hold(?:s|ing)?', 'behind bars', 'jailed', 'imprisoned', 'in prison', 'in jail', 'detained', 'in custody', 'in captivity', 'incarcerated', 'locked up'),
	captured: words('captured', 'taken prisoner', 'taken captive', 'surrendered', 'in captivity', 'captive'),
	deport: words('deported', 'deport(?:s|ing|ation)', 'abducted', 'abduct(?:s|ing|ion)', 'forcibly (?:transferred|removed|taken)', 'taken to Russia', 'kidnapped'),
	outage: words(
		'without (?:power|electricity|light|heat(?:ing)?)', 'power (?:outages?|cuts?)', 'blackouts?', 'outages?', 'no (?:power|electricity)',
		'off the grid', 'lost power', 'cut power', 'power was cut', 'de-energi[sz]ed', 'disconnected',
	),
	aid: words(
		'aid', 'assistance', 'loans?', 'grants?', 'package', 'program', 'programme', 'funding', 'support', 'tranche', 'financing',
		'credit', 'disbursements?', 'pledged', 'pledges?', 'facility', 'bailout', 'help',
	),
	frozenAssets: words('frozen (?:Russian )?assets', 'immobili[sz]ed (?:Russian )?assets', 'assets? frozen', 'frozen funds'),
	cap: words('caps?', 'capped', 'capping', 'limits?', 'limited', 'limiting', 'ceiling', 'restrict(?:ed|s|ing)?', 'reduc(?:e|ed|es|ing)', 'shrink', 'cut'),
};

/** Words that must stand somewhere in the clause for some rules. */
export const CONTEXTS = {
	army: words('armed forces', 'army', 'military', 'troops', 'forces', 'soldiers'),
	plan: words('plan', 'proposal', 'framework', 'draft', 'deal', 'agreement', 'document', 'peace'),
};
