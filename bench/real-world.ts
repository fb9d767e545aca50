import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateFlexContainer } from "@flexkit/validators";
import { realWorldFlex } from "../test/helpers.js";

/** The shared real-world Flex fixtures the benchmarks run on, read in place from ../shared. */
export interface RealWorldContainer {
  /** `<sdk>/<File>`, as in SOURCES.md. */
  name: string;
  container: unknown;
}

function read(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8")) as unknown;
}

/** Every Flex fixture, in a stable order. */
export function realWorldContainers(): RealWorldContainer[] {
  return readdirSync(realWorldFlex)
    .sort()
    .flatMap((dir) =>
      readdirSync(join(realWorldFlex, dir))
        .sort()
        .map((file) => ({
          name: `${dir}/${file.replace(/\.json$/, "")}`,
          container: read(join(realWorldFlex, dir, file)),
        })),
    );
}

/** The fixtures LINE accepts (SOURCES.md: the legacy `spacer` ones are invalid). */
export function validRealWorldContainers(): RealWorldContainer[] {
  return realWorldContainers().filter(({ container }) => validateFlexContainer(container).ok);
}

/**
 * Twelve bubbles from the valid java showcase files, carousels flattened, in file order. A video
 * hero may not sit in a carousel (FLEX-VID-3), so those bubbles are left out.
 */
export function twelveBubbles(): unknown[] {
  const dir = join(realWorldFlex, "line-bot-sdk-java");
  return readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const json = read(join(dir, file)) as { type: string; contents?: unknown[] };
      return json.type === "carousel" ? (json.contents ?? []) : [json];
    })
    .filter((bubble) => (bubble as { hero?: { type?: string } }).hero?.type !== "video")
    .slice(0, 12);
}
