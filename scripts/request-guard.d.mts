export declare const ALLOWED_METHODS: string[];
export type Rejection = { status: 404 | 405; reason: string };
export declare function rejectRequest(method: string, target: string): Rejection | null;
