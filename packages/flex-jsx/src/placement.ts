import type { Parent } from "./component.js";

/**
 * Where each Flex component may sit: RULES.md §5.4 (the FLEX-TREE matrix), from LINE's
 * "Available child components" table: https://developers.line.biz/en/docs/messaging-api/flex-message-layout/
 * At the root (no parent) any built-in renders on its own, so a component can be tested alone.
 */

/** Inside a horizontal or vertical box only: baseline boxes hold text, icons and fillers. */
export function inFlowBox(name: string, parent: Parent | undefined): string | undefined {
  if (parent === undefined) return undefined;
  if (parent.name === "Box" && parent.layout !== "baseline") return undefined;
  return `<${name}> must be inside a horizontal or vertical <Box>; found in ${parent.describe}`;
}

/** Inside any box, baseline included. */
export function inAnyBox(name: string, parent: Parent | undefined): string | undefined {
  if (parent === undefined || parent.name === "Box") return undefined;
  return `<${name}> must be inside a <Box>; found in ${parent.describe}`;
}
