import type { z } from "zod";

export type PrerenderManifest = {
  routes: Record<string, { initialRevalidateSeconds: number | false; [key: string]: unknown }>;
  [key: string]: unknown;
};
export type RoutesManifest = {
  headers: { regex: string; headers: { key: string; value: string; [key: string]: unknown }[]; [key: string]: unknown }[];
  [key: string]: unknown;
};
export type PrerenderMeta = { status?: number; headers?: Record<string, string>; [key: string]: unknown };

export declare const prerenderManifest: z.ZodType<PrerenderManifest>;
export declare const routesManifest: z.ZodType<RoutesManifest>;
export declare const prerenderMeta: z.ZodType<PrerenderMeta>;
export declare function readBuildFile<T>(file: string, schema: z.ZodType<T>): T;
