/** Briefings composed once per loaded corpus: the index page and each briefing page share them. */
import { type Briefing, type BriefingData, type BriefingScope, composeBriefing } from '../../briefings/index.ts';
import { getOrCreate } from '../../shared/get-or-create.ts';

const composed = new WeakMap<BriefingData, Map<string, Briefing>>();

/** The briefing for a scope, composed on first use for this corpus. */
export function briefingFor(data: BriefingData, scope: BriefingScope): Briefing {
	const byScope = getOrCreate(composed, data, () => new Map<string, Briefing>());
	const key = scope.kind === 'situation' ? '' : scope.topic;
	return getOrCreate(byScope, key, () => composeBriefing(data, scope));
}
