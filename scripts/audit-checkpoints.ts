// `npm run audit:checkpoints -- keep <list URL or file> --store=FILE`
// `npm run audit:checkpoints -- check --store=FILE [--database=URL]`
//
// A small standalone command for anyone who wants to hold the portal to its audit log. `keep`
// fetches the public checkpoint list (GET /api/audit/checkpoints, every page), checks each
// signature and link, and appends the new checkpoints to a JSON file it keeps; it refuses (exit 1)
// when a checkpoint kept earlier has been changed or withdrawn, or when the key differs from the one
// kept (pin it with --key=PEM_FILE on the first run). `check` verifies a copy of the audit log (a
// database: --database or DATABASE_URL) against the kept checkpoints: the chain must be intact and
// hold every checkpoint's hash at its seq, so a log rewritten after a checkpoint was taken — even
// with every later hash recomputed — fails. Needs only node, pg and lib/audit.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import pg from "pg";
import { checkCheckpointList, describeCheckpointFailure, mergeCheckpoints, publicKeyPem, verifyAgainstCheckpoints, verifyKeyFromPem, type Checkpoint } from "../lib/audit/checkpoint";
import { verifyAuditChain } from "../lib/audit/verify";

type Store = { publicKey: string; checkpoints: Checkpoint[] };
type Page = { publicKey: string | null; checkpoints: Checkpoint[]; next: string | null };

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [command, source] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const storeFile = arg("store");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function fetchAll(from: string): Promise<Page> {
  if (!/^https?:\/\//.test(from)) return JSON.parse(readFileSync(from, "utf8")) as Page;
  const all: Page = { publicKey: null, checkpoints: [], next: null };
  for (let url: string | null = from; url; ) {
    const res = await fetch(url);
    if (!res.ok) fail(`${url}: HTTP ${res.status}`);
    const page = (await res.json()) as Page;
    all.publicKey ??= page.publicKey;
    all.checkpoints.push(...page.checkpoints.map(({ number, id, seq, hash, signedAt, previousId, keyId, payload, signature }) => ({ number, id, seq, hash, signedAt, previousId, keyId, payload, signature })));
    url = page.next;
  }
  return all;
}

function readStore(): Store | null {
  if (!storeFile) fail("--store=FILE is required");
  return existsSync(storeFile) ? (JSON.parse(readFileSync(storeFile, "utf8")) as Store) : null;
}

if (command === "keep") {
  if (!source) fail("usage: keep <list URL or file> --store=FILE [--key=PEM_FILE]");
  const kept = readStore();
  const fetched = await fetchAll(source);
  const pinned = kept?.publicKey ?? (arg("key") ? readFileSync(arg("key")!, "utf8") : fetched.publicKey);
  if (!pinned) fail("the list publishes no key: give --key=PEM_FILE");
  const key = verifyKeyFromPem(pinned);
  const problem = checkCheckpointList(fetched.checkpoints, key);
  if (problem) fail(`BAD checkpoint #${problem.number} (${problem.reason}) in the published list`);
  const merged = mergeCheckpoints(kept?.checkpoints ?? [], fetched.checkpoints);
  if (!merged.ok) fail(`checkpoint #${merged.number} kept earlier has been ${merged.reason}`);
  writeFileSync(storeFile!, JSON.stringify({ publicKey: publicKeyPem(key), checkpoints: merged.merged } satisfies Store, null, 1));
  console.log(`OK: ${merged.merged.length} checkpoints kept (${merged.added} new) in ${storeFile}`);
} else if (command === "check") {
  const kept = readStore() ?? fail(`${storeFile}: no checkpoints kept yet (run keep first)`);
  const url = arg("database") ?? process.env.DATABASE_URL ?? fail("--database=URL or DATABASE_URL names the copy of the log");
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const chain = await verifyAuditChain(pool);
    if (!chain.ok) fail(`BROKEN at seq ${chain.broken.seq} (${chain.broken.reason})`);
    const result = await verifyAgainstCheckpoints(pool, chain, kept.checkpoints, verifyKeyFromPem(kept.publicKey));
    if (!result.ok) fail(describeCheckpointFailure(result));
    console.log(`OK: ${chain.count} audit events verified against ${result.checked} checkpoints`);
  } finally {
    await pool.end();
  }
} else {
  fail("usage: audit:checkpoints keep <list URL or file> --store=FILE | check --store=FILE [--database=URL]");
}

