import { describeValue } from "../issue.js";
import { type Emit, isRecord, type Path, typeOf } from "../walk.js";
import { checkAction, quickReplyHost } from "./actions.js";
import { checkFlexActions } from "./flex-actions.js";
import { checkImagemap } from "./imagemap.js";
import { checkLocation } from "./location.js";
import { checkTemplate } from "./template.js";
import { checkTextEmojis, checkTextV2 } from "./text.js";

/**
 * Checks that need more than one object's own shape: where an action may sit and how long its
 * label may be (RULES.md §4.2, §4.3), datetimepicker values against their mode (ACT-DTP-FMT),
 * text-versus-placeholder rules of text and textV2, template cross-column rules, imagemap areas.
 * Like the Flex tree checks they walk the snapshot of the input (src/snapshot.ts) defensively:
 * it cannot throw when read, but its shape may be anything.
 */

/** Every action of a message with its host, Flex included (RULES.md §4.2). */
export function checkMessageContext(message: unknown, path: Path, emit: Emit): void {
  if (!isRecord(message)) return;
  checkQuickReply(message.quickReply, [...path, "quickReply"], emit);
  checkSender(message.sender, [...path, "sender"], emit);
  switch (message.type) {
    case "text":
      checkTextEmojis(message, path, emit);
      break;
    case "textV2":
      checkTextV2(message, path, emit);
      break;
    case "location":
      checkLocation(message, path, emit);
      break;
    case "template":
      checkTemplate(message.template, [...path, "template"], emit);
      break;
    case "imagemap":
      checkImagemap(message, path, emit);
      break;
    case "flex":
      checkFlexActions(message.contents, [...path, "contents"], emit);
      break;
  }
}

function checkQuickReply(quickReply: unknown, path: Path, emit: Emit): void {
  if (!isRecord(quickReply) || !Array.isArray(quickReply.items)) return;
  quickReply.items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const actionPath = [...path, "items", i, "action"];
    if (typeOf(item.action) === "richmenuswitch") {
      emit(
        "error",
        [...actionPath, "type"],
        "a richmenuswitch action can't be used in a quick reply button; it works only in rich menus",
        "QR-3",
      );
      return;
    }
    checkAction(item.action, actionPath, quickReplyHost(), emit);
  });
}

function checkSender(sender: unknown, path: Path, emit: Emit): void {
  if (!isRecord(sender) || typeof sender.name !== "string") return;
  // LINE refuses some names, such as "LINE" itself (REF#icon-nickname-switch); the list is not
  // published, so this can only warn.
  if (/\bline\b/i.test(sender.name)) {
    emit(
      "warning",
      [...path, "name"],
      `may be refused: LINE reserves names such as "LINE", got ${describeValue(sender.name)}`,
      "MSG-3",
    );
  }
}
