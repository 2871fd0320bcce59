/** How an article's kind reads on the page. */
import type { ArticleKind } from '../schemas/index.ts';

const LABELS: Record<ArticleKind, string> = { news: 'News report', analysis: 'Analysis', opinion: 'Opinion' };

/** "News report", "Analysis", "Opinion". */
export const kindLabel = (kind: ArticleKind): string => LABELS[kind];
