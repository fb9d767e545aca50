import type { PathStep } from "../path.js";
import { type Emit, isRecord, type Path, typeOf } from "../walk.js";
import { checkAction, flexHost } from "./actions.js";

export function checkFlexActions(container: unknown, path: Path, emit: Emit): void {
  if (!isRecord(container)) return;
  if (container.type === "carousel" && Array.isArray(container.contents)) {
    container.contents.forEach((bubble, i) => {
      checkFlexActions(bubble, [...path, "contents", i], emit);
    });
    return;
  }
  if (container.type !== "bubble") return;
  if (container.action !== undefined) {
    checkAction(container.action, [...path, "action"], flexHost("bubble"), emit);
  }
  for (const block of ["header", "hero", "body", "footer"] as const) {
    visitComponent(container[block], [...path, block], emit);
  }
}

/**
 * Every action in a component tree, with its host. `at` grows and shrinks as the walk goes, so
 * no path is copied per component (emitters write paths out when they are called).
 */
function visitComponent(node: unknown, at: PathStep[], emit: Emit): void {
  if (!isRecord(node)) return;
  const type = typeOf(node) ?? "component";
  if (node.action !== undefined) {
    at.push("action");
    checkAction(node.action, at, flexHost(type), emit);
    at.pop();
  }
  if (type === "button" && node.action === undefined) return;
  const contents = type === "box" ? node.contents : undefined;
  if (Array.isArray(contents)) {
    for (let i = 0; i < contents.length; i++) {
      if (!(i in contents)) continue; // a hole, as forEach skips it
      at.push("contents", i);
      visitComponent(contents[i], at, emit);
      at.pop();
      at.pop();
    }
  }
  if (type === "video") {
    at.push("altContent");
    visitComponent(node.altContent, at, emit);
    at.pop();
  }
}

/** For validateFlexContainer: the same action checks on a bare container. */
export function checkContainerActions(container: unknown, path: Path, emit: Emit): void {
  checkFlexActions(container, path, emit);
}
