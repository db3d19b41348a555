export declare const COMPRESSIBLE: Set<string>;
export declare function precompressTree(dir: string): { files: number; bytes: number; brotli: number; gzip: number };
