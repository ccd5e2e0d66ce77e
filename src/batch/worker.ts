// A worker thread of the batch pool (bundled to dist/batch/worker.js): models load once, on the
// first task, then every task that arrives is run and its output posted back with its number.

import { parentPort, workerData } from "node:worker_threads";
import { createWork, type Task, type WorkOptions } from "./work";

export interface TaskMessage {
  seq: number;
  task: Task;
}

const work = createWork(workerData as WorkOptions);
const port = parentPort!;
port.on("message", ({ seq, task }: TaskMessage) => {
  port.postMessage({ seq, output: work(task) });
});
