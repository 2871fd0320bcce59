/**
 * A fixed pool of worker threads that run one kind of task, one at a time each, in the order asked.
 * Results come back as promises, so the caller keeps its own order whatever finishes first.
 *
 * A task may carry a key: a later task with the same key goes preferably to the worker that ran the first one
 * (which may have kept what it read), and to another only when that worker is busy with earlier tasks while the
 * other has nothing left to do. Which worker runs a task never changes its result, only how fast it comes.
 */
import { Worker } from 'node:worker_threads';

/** Runs tasks on worker threads. */
export interface WorkerPool<Input, Output> {
	/** Runs `input` on some worker; with `key`, preferably on the worker that ran the first task with that key. */
	run(input: Input, key?: string): Promise<Output>;
	/** Stops every worker once the tasks asked so far are done. */
	close(): Promise<void>;
}

interface Pending<Input, Output> {
	input: Input;
	key: string | undefined;
	done: (output: Output) => void;
	fail: (error: Error) => void;
}

/** A first-in, first-out queue with O(1) removal from the front (a shifted array is O(n) per task). */
class Queue<T> {
	#items: T[] = [];
	#head = 0;
	get length(): number {
		return this.#items.length - this.#head;
	}
	push(item: T): void {
		this.#items.push(item);
	}
	shift(): T | undefined {
		if (this.#head >= this.#items.length) return undefined;
		const item = this.#items[this.#head]!;
		this.#items[this.#head++] = undefined as T;
		if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
			this.#items = this.#items.slice(this.#head);
			this.#head = 0;
		}
		return item;
	}
	drain(): T[] {
		const items = this.#items.slice(this.#head);
		this.#items = [];
		this.#head = 0;
		return items;
	}
}

/**
 * Starts `size` workers from the module at `url`, each given `workerData`. The module answers every
 * `{ id, input }` message with `{ id, output }` or `{ id, error }` (see `serveTasks`).
 */
export function startWorkerPool<Input, Output>(url: URL, size: number, workerData: unknown): WorkerPool<Input, Output> {
	/** Tasks for whichever worker is free. */
	const shared = new Queue<Pending<Input, Output>>();
	/** Tasks whose key a worker has seen, for that worker first. */
	const preferred = new Map<Worker, Queue<Pending<Input, Output>>>();
	const holder = new Map<string, Worker>();
	const idle: Worker[] = [];
	const busy = new Map<Worker, Pending<Input, Output>>();
	let failure: Error | null = null;

	/** The next task for `worker`: its own first, then a shared one, then one another worker has not reached. */
	const nextFor = (worker: Worker) => {
		const own = preferred.get(worker)!;
		if (own.length) return own.shift();
		if (shared.length) return shared.shift();
		let longest: Queue<Pending<Input, Output>> | null = null;
		for (const queue of preferred.values())
			if (queue.length && (!longest || queue.length > longest.length)) longest = queue;
		return longest?.shift();
	};
	const dispatch = () => {
		for (let index = idle.length - 1; index >= 0; index--) {
			const worker = idle[index]!;
			const task = nextFor(worker);
			if (!task) continue;
			idle.splice(index, 1);
			if (task.key !== undefined && !holder.has(task.key)) holder.set(task.key, worker);
			busy.set(worker, task);
			worker.postMessage({ input: task.input });
		}
	};
	const workers = Array.from({ length: size }, () => {
		const worker = new Worker(url, { workerData });
		preferred.set(worker, new Queue());
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
			for (const queue of [shared, ...preferred.values()]) for (const task of queue.drain()) task.fail(error);
		});
		idle.push(worker);
		return worker;
	});

	return {
		run(input, key) {
			if (failure) return Promise.reject(failure);
			return new Promise<Output>((done, fail) => {
				const worker = key === undefined ? undefined : holder.get(key);
				(worker ? preferred.get(worker)! : shared).push({ input, key, done, fail });
				dispatch();
			});
		},
		async close() {
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
