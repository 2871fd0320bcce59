/**
 * The charts component another part of the site provides (`components/charts/ChartsForTopic.astro`,
 * props `{ topic: string | null }`), or null while it does not exist. A glob import finds it at
 * build time without failing the build when it is missing.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

const found = import.meta.glob<{ default: AstroComponentFactory }>('../charts/ChartsForTopic.astro', { eager: true });

/** The charts component, or null. */
export const ChartsForTopic: AstroComponentFactory | null = Object.values(found)[0]?.default ?? null;
