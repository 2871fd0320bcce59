/** A worker thread of the content pipeline: runs article tasks (`article-tasks.ts`) for `build-content.ts`. */
import { parentPort, workerData } from 'node:worker_threads';
import { type ArticleTask, type CuratedData, prepareCurated, ReadDocuments, runArticleTask } from './article-tasks.ts';

const curated = prepareCurated(workerData as CuratedData);
// The pool sends a seed's extraction to the worker that read it first, which kept the document (`ReadDocuments`).
const documents = new ReadDocuments();

parentPort!.on('message', ({ input }: { input: ArticleTask }) => {
	try {
		parentPort!.postMessage({ output: runArticleTask(input, curated, documents) });
	} catch (error) {
		parentPort!.postMessage({ error: (error as Error).stack ?? String(error) });
	}
});
