// Worker thread of verifyAuditChainParallel (lib/audit/verify-parallel.ts): says "ready" once
// loaded and connected, then verifies the seq ranges it is sent, one at a time over its one
// connection, and answers each with its result; null ends it. Plain JavaScript so that Node can
// start it wherever the caller runs (a script under tsx, a test under vitest); tsx's loader,
// registered here, then loads the TypeScript verifier itself, so there is one implementation.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { connect, verifySeqRange } = await import("./verify-parallel.ts");
const client = await connect(workerData.connectionString);
parentPort.postMessage("ready");
parentPort.on("message", async (range) => {
  if (range === null) {
    parentPort.close();
    await client.end();
    return;
  }
  parentPort.postMessage(await verifySeqRange(client, range));
});
