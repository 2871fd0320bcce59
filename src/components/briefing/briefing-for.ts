/** Briefings composed once per loaded corpus: the index page and each briefing page share them. */
import { composeBriefing, type Briefing, type BriefingData, type BriefingScope } from '../../briefings/index.ts';

const composed = new WeakMap<BriefingData, Map<string, Briefing>>();

/** The briefing for a scope, composed on first use for this corpus. */
export function briefingFor(data: BriefingData, scope: BriefingScope): Briefing {
	let byScope = composed.get(data);
	if (!byScope) composed.set(data, (byScope = new Map()));
	const key = scope.kind === 'situation' ? '' : scope.topic;
	let briefing = byScope.get(key);
	if (!briefing) byScope.set(key, (briefing = composeBriefing(data, scope)));
	return briefing;
}
