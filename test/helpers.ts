import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The shared spec and fixtures live beside the repo (`../shared`), read in place, never copied. */
export const sharedRoot = join(repoRoot, "..", "shared");
export const realWorldFlex = join(sharedRoot, "fixtures", "real-world", "flex");

if (!existsSync(sharedRoot)) {
  throw new Error(`the shared spec and fixtures are missing: expected them at ${sharedRoot}`);
}

/** A minimal valid Flex message around a body box, for rule tests. */
export function flexMessage(
  body: unknown,
  bubble: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type: "flex", altText: "test", contents: { type: "bubble", ...bubble, body } };
}

export function vbox(...contents: unknown[]): Record<string, unknown> {
  return { type: "box", layout: "vertical", contents };
}
