import { ContentError } from "./errors";

/**
 * A located remark about a note that never fails a build, not even with
 * `STRICT_CONTENT=1`: the note renders exactly as written (an unknown front
 * matter key, an empty tag left out). It travels with the warnings and
 * `contentReport` prints it as a `notice`.
 */
export class ContentNotice extends ContentError {
  constructor(file: string, line: number, column: number, reason: string) {
    super(file, line, column, reason);
    this.name = "ContentNotice";
  }
}
