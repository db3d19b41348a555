import { EXPORT_FORMAT, parseExportFile, STORE_VERSION, ticksToRecord, versionOf } from "./schema";
import type { Tick, Ticks } from "./tree";

/**
 * Moving progress between browsers: a JSON file out, a validated merge in.
 * Loaded only when the reader asks for it, so it never weighs on first load.
 */

/** The ticks as the text of a downloadable JSON file. */
export function exportProgress(ticks: Ticks, exportedAt: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: STORE_VERSION,
    exportedAt: exportedAt.toISOString(),
    ticks: ticksToRecord(ticks),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `study-portal-progress-2026-11-30.json`: dated, so several exports do not overwrite each other. */
export function exportFileName(date: Date): string {
  return `study-portal-progress-${date.toISOString().slice(0, 10)}.json`;
}

/** What reading an import file gives: ticks, or one Korean sentence saying why not. */
export type ImportResult = { ok: true; ticks: Map<string, Tick> } | { ok: false; message: string };

/** Reads an exported file; anything else is refused with a message and changes nothing. */
export function parseProgressFile(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "JSON 파일이 아니어서 가져오지 못했습니다. 내보내기로 만든 파일을 선택하세요." };
  }
  const version = versionOf(value);
  if (version !== null && version !== STORE_VERSION) {
    return { ok: false, message: `지원하지 않는 형식(버전 ${version})이어서 가져오지 못했습니다.` };
  }
  const file = parseExportFile(value);
  if (!file) {
    return { ok: false, message: "과제 진행 상황 파일이 아니어서 가져오지 못했습니다. 진행 상황은 바뀌지 않았습니다." };
  }
  return { ok: true, ticks: file.ticks };
}

/**
 * Merge imported ticks into the current ones: per task the later tick wins
 * (ties keep what this browser has), and nothing present only here is lost.
 */
export function mergeTicks(current: Ticks, incoming: Ticks): Map<string, Tick> {
  const merged = new Map(current);
  for (const [id, tick] of incoming) {
    const mine = merged.get(id);
    if (!mine || tick.at > mine.at) merged.set(id, tick);
  }
  return merged;
}
