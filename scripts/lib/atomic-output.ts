/**
 * Writes a build's output folder all at once: filled beside the current one, then swapped in,
 * so that a failed or killed build leaves the previous output as it was.
 */
import { existsSync } from "node:fs";
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The two file operations the output is written with. A parameter, so that a test can make
 * one fail part-way (the disk filling up, a rename refused) without mocking the file system.
 */
export interface WriteOps {
  writeFile(file: string, contents: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const FS_WRITE_OPS: WriteOps = {
  writeFile: (file, contents) => writeFile(file, contents, "utf8"),
  rename: (from, to) => rename(from, to),
};

/** "<out>.tmp-<pid>-<time>" / "<out>.old-<pid>-<time>": the folders a build leaves only if it is killed. */
const SIDE_FOLDER = /^(?<base>.+)\.(?<kind>tmp|old)-(?<pid>\d+)-\d+$/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is not ours to signal.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Clears what a killed build left beside `target`: its temporary folder, and a previous
 * output it had moved aside. When it died between the two renames (no output at all),
 * that previous output is put back. Folders of a build still running are left alone.
 */
async function recoverSideFolders(target: string): Promise<void> {
  const parent = path.dirname(target);
  if (!existsSync(parent)) return;
  const base = path.basename(target);
  const leftovers = (await readdir(parent))
    .map((name) => ({ name, m: SIDE_FOLDER.exec(name)?.groups }))
    .filter(({ m }) => m?.base === base && !isRunning(Number(m.pid)))
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  for (const { name, m } of leftovers) {
    const folder = path.join(parent, name);
    if (m?.kind === "old" && !existsSync(target)) await rename(folder, target);
    else await rm(folder, { recursive: true, force: true });
  }
}

/** Puts one file into the folder being built: new contents, or the output's current file kept. */
export interface Filler {
  put(name: string, contents: string): Promise<void>;
  keep(name: string): Promise<void>;
}

/**
 * Fills a fresh folder beside `outDir`, then swaps it in. If anything fails, `outDir` is as it
 * was (byte for byte) and the temporary folder is gone. A kept file is a hard link to the
 * current one (a copy where links are refused): no bytes are copied for an unchanged article.
 */
export async function writeAtomically(
  outDir: string,
  fill: (filler: Filler) => Promise<void>,
  ops: WriteOps = FS_WRITE_OPS,
): Promise<void> {
  const target = path.resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = `${target}.tmp-${stamp}`;
  const old = `${target}.old-${stamp}`;
  await mkdir(path.dirname(target), { recursive: true });
  await recoverSideFolders(target);
  try {
    await mkdir(temp);
    await fill({
      put: async (name, contents) => {
        // Some files sit in a folder of their own (pages/<n>.json).
        if (name.includes("/"))
          await mkdir(path.dirname(path.join(temp, name)), { recursive: true });
        await ops.writeFile(path.join(temp, name), contents);
      },
      keep: (name) =>
        link(path.join(target, name), path.join(temp, name)).catch(() =>
          copyFile(path.join(target, name), path.join(temp, name)),
        ),
    });
    const hadOutput = existsSync(target);
    if (hadOutput) await ops.rename(target, old);
    try {
      await ops.rename(temp, target);
    } catch (error) {
      if (hadOutput) await rename(old, target);
      throw error;
    }
    if (hadOutput) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
