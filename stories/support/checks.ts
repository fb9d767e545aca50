import { expect } from "storybook/test";

/**
 * What the play functions assert, in the terms a person would check: the chat is drawn, the
 * component is in it, nothing became an error card, and the validators found no errors.
 */
export function chatIn(canvas: HTMLElement): HTMLElement {
  const chat = canvas.querySelector<HTMLElement>("[data-chat]");
  if (chat === null) throw new Error("the chat frame is not drawn");
  return chat;
}

export function all(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

export function one(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The chat draws no error card. */
export async function expectNoErrorCard(canvas: HTMLElement): Promise<void> {
  await expect(all(chatIn(canvas), "[data-render-error]")).toHaveLength(0);
}

/** The issues pane lists no error (warnings are allowed). */
export async function expectNoValidationErrors(canvas: HTMLElement): Promise<void> {
  const errors = all(canvas, '[data-issue][data-severity="error"]').map(
    (issue) => issue.textContent,
  );
  await expect(errors).toEqual([]);
}

/** The nodes of one Flex type that the chat drew, after checking that there is at least one. */
export async function expectFlexNodes(canvas: HTMLElement, type: string): Promise<HTMLElement[]> {
  const nodes = all(chatIn(canvas), `[data-flex="${type}"]`);
  await expect(nodes.length).toBeGreaterThan(0);
  await expectNoErrorCard(canvas);
  return nodes;
}
