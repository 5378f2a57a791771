/**
 * The one error the pipeline throws: input it cannot turn into an article.
 * It names the file and the line so the build can print one actionable line:
 *
 *   new SeedError("seeds/a.txt", 3, "NUL byte: binary file?").toString()
 *     → "seeds/a.txt:3: NUL byte: binary file?"
 */
const SPACES = /\s+/g;

export class SeedError extends Error {
  readonly file: string;
  /** 1-based line in the file, or null when the whole file is concerned. */
  readonly line: number | null;
  /** The one-line reason, without the file and line. */
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    const oneLine = reason.replace(SPACES, " ").trim();
    super(`${file}:${line ?? 1}: ${oneLine}`);
    this.name = "SeedError";
    this.file = file;
    this.line = line;
    this.reason = oneLine;
  }

  override toString(): string {
    return this.message;
  }
}
