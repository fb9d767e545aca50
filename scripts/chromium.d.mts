type Env = Record<string, string | undefined>;
export declare const CHROMIUM_CANDIDATES: string[];
export declare const CHROMIUM_ARGS: string[];
export declare const HOW_TO_GET_CHROMIUM: string;
export declare function findChromium(env?: Env): string | undefined;
export declare function chromiumProblem(env?: Env): string;
export declare function requireChromium(env?: Env): string;
export declare const FONT_PACKAGES: string[];
export declare function fontPackagesOf(env?: Env): string[];
export declare function missingPackages(
  packages: string[],
  isInstalled: (name: string) => boolean,
): string[];
