/** A problem in a note, located at `file:line:column` and phrased with its fix. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column} ${reason}`);
    this.name = "ContentError";
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** Several content problems reported together, one line each. */
export class ContentErrors extends Error {
  readonly problems: readonly ContentError[];

  constructor(problems: readonly ContentError[]) {
    super(problems.map((problem) => problem.message).join("\n"));
    this.name = "ContentErrors";
    this.problems = problems;
  }
}
