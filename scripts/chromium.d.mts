export declare const CHROMIUM_CANDIDATES: string[];
export declare const CHROMIUM_ARGS: string[];
export declare const HOW_TO_GET_CHROMIUM: string;
export declare function findChromium(): string | undefined;
export declare function requireChromium(): string;
