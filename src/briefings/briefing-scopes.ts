/** Every briefing the site publishes: the situation briefing, then one per topic. */

import { SITUATION_ID } from './compose-briefing.ts';
import type { BriefingData, BriefingScope } from './model.ts';

/**
 * The scopes to publish, situation first, topics in data order; a topic named like the situation briefing is
 * refused.
 */
export function briefingScopes(data: Pick<BriefingData, 'topics'>): BriefingScope[] {
	const clash = data.topics.find((topic) => topic.id === SITUATION_ID);
	if (clash)
		throw new Error(
			`Topic id "${clash.id}" clashes with the situation briefing's URL (briefings/${SITUATION_ID}/). ` +
				`Rename the topic in content/topics.yaml.`,
		);
	return [{ kind: 'situation' }, ...data.topics.map((topic): BriefingScope => ({ kind: 'topic', topic: topic.id }))];
}
