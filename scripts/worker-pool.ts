/**
 * A fixed pool of worker threads that run one kind of task, one at a time each, in the order asked.
 * Results come back as promises, so the caller keeps its own order whatever finishes first.
 */
import { Worker } from 'node:worker_threads';

/** Runs tasks on worker threads. */
export interface WorkerPool<Input, Output> {
	run(input: Input): Promise<Output>;
	/** Stops every worker once the tasks asked so far are done. */
	close(): Promise<void>;
}

interface Pending<Input, Output> {
	input: Input;
	done: (output: Output) => void;
	fail: (error: Error) => void;
}

/**
 * Starts `size` workers from the module at `url`, each given `workerData`. The module answers every
 * `{ id, input }` message with `{ id, output }` or `{ id, error }` (see `serveTasks`).
 */
export function startWorkerPool<Input, Output>(url: URL, size: number, workerData: unknown): WorkerPool<Input, Output> {
	const queue: Pending<Input, Output>[] = [];
	const idle: Worker[] = [];
	const busy = new Map<Worker, Pending<Input, Output>>();
	let failure: Error | null = null;

	const dispatch = () => {
		while (idle.length && queue.length) {
			const worker = idle.pop()!;
			const task = queue.shift()!;
			busy.set(worker, task);
			worker.postMessage({ input: task.input });
		}
	};
	const workers = Array.from({ length: size }, () => {
		const worker = new Worker(url, { workerData });
		worker.on('message', (message: { output?: Output; error?: string }) => {
			const task = busy.get(worker)!;
			busy.delete(worker);
			if (message.error !== undefined) task.fail(new Error(message.error));
			else task.done(message.output as Output);
			idle.push(worker);
			dispatch();
		});
		worker.on('error', (error) => {
			// A worker that dies takes its task down and stops the pool: the build must not go on short.
			failure = error;
			busy.get(worker)?.fail(error);
			for (const task of queue.splice(0)) task.fail(error);
		});
		idle.push(worker);
		return worker;
	});

	return {
		run(input) {
			if (failure) return Promise.reject(failure);
			return new Promise<Output>((done, fail) => {
				queue.push({ input, done, fail });
				dispatch();
			});
		},
		async close() {
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
