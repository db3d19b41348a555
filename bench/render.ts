/**
 * Render time of the content pipeline alone, without Next.js: for each note,
 * our parse (lib/content: front matter, model, mdast) plus renderWeekBody
 * (lib/render: sanitizing, ids, tasks, KaTeX, Shiki, images) plus
 * serialisation, against plain unified (remark-parse, remark-gfm,
 * remark-rehype, rehype-raw, serialisation) on the same text. Each is warmed
 * up first (Shiki's grammars load once per process), then timed per pass over
 * all notes; the figure is the median pass, as wall-clock and CPU time.
 */
import type { Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { parseWeek, slugFromFileName } from "../lib/content/load";
import { buildNoteIndex } from "../lib/content/note-index";
import { renderWeekBody } from "../lib/render/process";
import { median, round } from "./lib/stats";

export type RenderFigures = {
  notes: number;
  passes: number;
  portalMs: number;
  plainMs: number;
  portalCpuMs: number;
  plainCpuMs: number;
  /** portal / plain, CPU time: what a busy shared machine inflates least. */
  ratio: number;
};

type Note = { slug: string; markdown: string };

const plain = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);

async function renderPlain(note: Note): Promise<string> {
  const body = note.markdown.replace(/^---\n[\s\S]*?\n---\n/u, "");
  const tree: HastRoot = await plain.run(plain.parse(body));
  return toHtml(tree);
}

async function renderPortal(note: Note, slugs: readonly string[]): Promise<string> {
  const { week } = parseWeek(note.markdown, `bench/${note.slug}.md`, slugFromFileName(`${note.slug}.md`));
  const index = buildNoteIndex(slugs.map((slug) => ({ path: `${slug}.md`, slug: slugFromFileName(`${slug}.md`), title: slug })));
  return toHtml(await renderWeekBody(week, { index }));
}

async function timePasses(passes: number, pass: () => Promise<void>): Promise<{ ms: number; cpuMs: number }> {
  await pass();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < passes; index += 1) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await pass();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu) };
}

export async function measureRender(notes: readonly Note[], passes: number): Promise<RenderFigures> {
  const slugs = notes.map((note) => note.slug);
  const portal = await timePasses(passes, async () => {
    for (const note of notes) await renderPortal(note, slugs);
  });
  const baseline = await timePasses(passes, async () => {
    for (const note of notes) await renderPlain(note);
  });
  return {
    notes: notes.length,
    passes,
    portalMs: round(portal.ms),
    plainMs: round(baseline.ms),
    portalCpuMs: round(portal.cpuMs),
    plainCpuMs: round(baseline.cpuMs),
    ratio: round(portal.cpuMs / baseline.cpuMs, 2),
  };
}
