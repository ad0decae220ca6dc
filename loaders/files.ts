// Reading and writing data/ safely. Every write of a data file goes through writeFileAtomic, so a
// kill, a power cut or a full disk leaves the file either as it was or as intended, never cut
// short; every read goes through readRegularFile, so a directory, a FIFO, a device or a dangling
// link is a one-line error rather than a stack trace or a hang.
import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { basename, dirname, join, normalize } from "node:path";

/** A file that cannot be read as data: the message is for `path: message`. */
export class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "FileProblem";
  }
}

/**
 * What is wrong with `file` as a regular file of at most `maxBytes`, or null when it can be read.
 * Links are followed; a link whose target is missing is named as such.
 */
export function fileProblem(file: string, maxBytes: number, noun = "files"): string | null {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      try {
        if (lstatSync(file).isSymbolicLink()) return "is a symbolic link to a file that does not exist";
      } catch {
        // not even a link
      }
      return "no such file";
    }
    if (code === "ELOOP") return "is a symbolic link that loops";
    if (code === "EACCES") return "cannot be read (permission denied)";
    return `cannot be read (${code ?? (e as Error).message})`;
  }
  if (stat.isDirectory()) return "is a directory, not a file";
  if (stat.isFIFO()) return "is a named pipe (FIFO), not a regular file";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "is a device, not a regular file";
  if (stat.isSocket()) return "is a socket, not a regular file";
  if (!stat.isFile()) return "is not a regular file";
  if (stat.size > maxBytes)
    return `is ${(stat.size / 1e6).toFixed(1)} MB; ${noun} over ${maxBytes / 1e6} MB are refused (split it into parts)`;
  return null;
}

/**
 * The bytes of a regular file of at most `maxBytes`, checked before it is opened and read no
 * further than the limit (a file that grows meanwhile cannot exhaust memory).
 */
export function readRegularFile(file: string, maxBytes: number, noun = "files"): Buffer {
  const problem = fileProblem(file, maxBytes, noun);
  if (problem) throw new FileProblem(file, problem);
  // O_NONBLOCK: should the file have been swapped for a FIFO since the check, open does not block.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      chunks.push(chunk.subarray(0, n));
      if (total > maxBytes) throw new FileProblem(file, `grew past ${maxBytes / 1e6} MB while being read`);
    }
    const bytes = Buffer.concat(chunks, total);
    readLog?.set(normalize(file), createHash("sha256").update(bytes).digest("hex"));
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Tables (CSV) larger than this are refused: the ledger is hand-reviewed and far smaller. */
export const MAX_TABLE_BYTES = 200_000_000;

// The files read while a build step runs, with the SHA-256 of the bytes read (see recordReads):
// a step declares its inputs by reading them, and its origin lists and hashes exactly those.
let readLog: Map<string, string> | null = null;

/** A UTF-8 text file (a table), read as readRegularFile does. */
export const readTextFile = (file: string, maxBytes = MAX_TABLE_BYTES): string =>
  readRegularFile(file, maxBytes).toString("utf8");

/** Runs `work` and returns, with its result, every file it read through readRegularFile → its SHA-256. */
export function recordReads<T>(work: () => T): { result: T; read: Map<string, string> } {
  const outer = readLog;
  const read = new Map<string, string>();
  readLog = read;
  try {
    return { result: work(), read };
  } finally {
    readLog = outer;
    if (outer) replayReads(read);
  }
}

/** Adds reads recorded earlier (a shared computation's, served from memory) to the running step's. */
export function replayReads(read: ReadonlyMap<string, string>): void {
  if (readLog) for (const [file, sha256] of read) readLog.set(file, sha256);
}

let tempCounter = 0;
const tempName = (file: string) =>
  join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.${tempCounter++}.tmp`);

function fsyncDir(dir: string) {
  const fd = openSync(dir, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: "no space left on the disk",
  EDQUOT: "the disk quota is used up",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EIO: "input/output error",
  ENAMETOOLONG: "the file name is too long",
  ENOENT: "its folder does not exist",
};

/**
 * A failed write as a FileProblem naming the file: a full disk is a one-line message that says
 * the file is unchanged (the temporary copy is removed, the rename never happened), not a trace.
 */
function writeProblem(file: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code || e instanceof FileProblem) return e;
  return new FileProblem(file, `cannot be written (${WRITE_ERRORS[code] ?? code}, ${code}); it is unchanged`);
}

/** Write the temporary copy and flush it to disk; returns its name. */
function writeTemp(file: string, data: string | Uint8Array): string {
  const temp = tempName(file);
  let fd: number;
  try {
    fd = openSync(temp, "wx", 0o644);
  } catch (e) {
    throw writeProblem(file, e);
  }
  try {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(temp);
    throw writeProblem(file, e);
  }
  closeSync(fd);
  return temp;
}

/**
 * Replace `file` with `data` atomically: a temporary file in the same folder, flushed, renamed
 * over the file, then the folder flushed so the rename itself survives a power cut. Readers (and
 * a crash at any moment) see the old content or the new, never a part.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temp = writeTemp(file, data);
  try {
    renameSync(temp, file);
  } catch (e) {
    unlinkSync(temp);
    throw writeProblem(file, e);
  }
  fsyncDir(dirname(file));
}

/**
 * Create `file` with `data`, atomically and only if it does not exist: the complete temporary
 * file is hard-linked to the name (which fails when the name is taken, even by a concurrent run).
 * Returns false, writing nothing, when the file already exists.
 */
export function createFileExclusive(file: string, data: string | Uint8Array): boolean {
  const temp = writeTemp(file, data);
  try {
    linkSync(temp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw writeProblem(file, e);
  } finally {
    unlinkSync(temp);
  }
  fsyncDir(dirname(file));
  return true;
}

/** Remove the temporary files process `pid` left in `dir` and `dir`/sources. */
function removeTemporaries(dir: string, pid: number) {
  for (const folder of [dir, join(dir, "sources")]) {
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names)
      if (name.startsWith(".") && name.endsWith(".tmp") && name.includes(`.${pid}.`))
        try {
          unlinkSync(join(folder, name));
        } catch {
          // gone already
        }
  }
}

/** Is process `pid` alive (on this machine)? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

// The locks this process holds: a lock file naming this process is busy when it is one of these
// (a second review session started in the same process), stale otherwise (a pid reused after a
// crash).
const heldLocks = new Set<string>();

/**
 * Take the lock file `lock` for `what` (created whole, with this process's pid), or throw a
 * FileProblem built by `busy` when a live process holds it. A lock whose process is gone (killed,
 * the machine stopped) is taken over, and `cleanup` is called with the dead pid. Returns the
 * release; the lock is also released if the process exits without releasing it.
 */
export function acquireLock(
  lock: string,
  what: string,
  busy: (holder: { pid: number; what: string }) => string,
  cleanup: (deadPid: number) => void = () => {},
): () => void {
  for (let attempt = 0; ; attempt++) {
    // Created whole (pid and tool) or not at all, so a reader never sees an empty lock.
    if (createFileExclusive(lock, `${process.pid} ${what}\n`)) break;
    let holder = "";
    try {
      holder = readTextFile(lock, 4096).trim();
    } catch (e) {
      if (e instanceof FileProblem && e.problem === "no such file") continue; // released meanwhile
      throw e;
    }
    const pid = Number(holder.split(" ")[0]);
    const holderWhat = holder.split(" ").slice(1).join(" ");
    if (Number.isInteger(pid) && pid > 0 && (pid === process.pid ? heldLocks.has(lock) : alive(pid)))
      throw new FileProblem(lock, busy({ pid, what: holderWhat }));
    if (attempt > 3) throw new FileProblem(lock, "cannot be taken over; remove it if no add-source or review runs");
    // Left by a process that is gone: take it over.
    try {
      unlinkSync(lock);
    } catch {
      // another run took it over first
    }
    if (Number.isInteger(pid) && pid > 0) cleanup(pid);
  }
  heldLocks.add(lock);
  const release = () => {
    process.removeListener("exit", release);
    if (!heldLocks.delete(lock)) return;
    try {
      unlinkSync(lock);
    } catch {
      // already gone
    }
  };
  // A session stopped by Ctrl-C or an uncaught error still frees the lock (a kill -9 cannot:
  // then the next run finds the pid dead and takes it over).
  process.on("exit", release);
  return release;
}

/**
 * Hold `dir`/.tip-atlas.lock while `work` runs, so that two tools (add-source, review) never
 * read-modify-write the same files at once. A lock left by a process that died is taken over.
 * Throws a FileProblem naming the holder when another live process has it.
 */
export function withDataLock<T>(dir: string, what: string, work: () => T): T {
  const release = acquireLock(
    join(dir, ".tip-atlas.lock"),
    what,
    (holder) =>
      `${holder.what || "another tool"} (pid ${holder.pid}) is changing ${dir} now; wait for it to finish, then run again`,
    // It may have left temporary files (a kill between writing one and renaming it).
    (pid) => removeTemporaries(dir, pid),
  );
  try {
    return work();
  } finally {
    release();
  }
}
