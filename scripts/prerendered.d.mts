export type Prerendered = { body: Buffer; gzip: Buffer; headers: Record<string, string> };
export type PrerenderedPages = Map<string, Prerendered>;
export type RequestLike = { method: string; url: string; headers: Record<string, string | string[] | undefined> };
export type PageResponse = { status: 200 | 304; headers: Record<string, string>; body: Buffer | null };
export declare function loadPrerenderedPages(distDir: string): PrerenderedPages;
export declare function prerenderedResponse(pages: PrerenderedPages, request: RequestLike): PageResponse | null;
