import { spawn, type ChildProcess } from "node:child_process";

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

/** Starts a long-running child; the returned promise settles when it exits. */
export function start(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(cmd, args, { stdio: "inherit", env });
  return { child, exited: new Promise((resolve) => child.on("exit", resolve)) };
}
