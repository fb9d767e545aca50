import { isRecord, type OnAction, type RichMenuToShow, richMenusOf, str } from "@flexkit/draw";
import { ActionContext, RichMenuView } from "@flexkit/draw/react";
import { type RefObject, useLayoutEffect, useMemo } from "react";
import { type ChatMode, useChatMode } from "./chat-mode.js";
import type { ChatColors } from "./conversation.js";
import { ChatInputBar } from "./conversation.js";

/**
 * The menu shown: the one a `richmenuswitch` chose, else the first of the payload's menus (a
 * set's first alias is its entry menu, as `flexkit richmenu deploy` links it).
 */
function shownMenu(menus: RichMenuToShow[], alias: string | undefined): RichMenuToShow | undefined {
  return menus.find((entry) => alias !== undefined && entry.alias === alias) ?? menus[0];
}

/**
 * Taps in a rich menu: a `richmenuswitch` switches menus within the payload's set (RULES.md
 * RM-SWITCH-1, RM-9); every other action does what it does in a message (RENDERING.md §6).
 */
function richMenuTaps(chat: ChatMode, menus: RichMenuToShow[]): OnAction {
  return (action, origin) => {
    if (isRecord(action) && action.type === "richmenuswitch") {
      const alias = str(action.richMenuAliasId) ?? "";
      chat.switchRichMenu({
        data: str(action.data) ?? "",
        alias,
        known: menus.some((entry) => entry.alias === alias),
      });
      return;
    }
    chat.onAction(action, origin);
  };
}

/**
 * The bottom of the chat (RENDERING.md §6): with a rich menu in the payload, the menu and its
 * chat bar, or the input bar after the bar's keyboard icon (or `openKeyboard`, `openVoice`); with
 * none, the input bar. LINE for PC shows no rich menus (RULES.md RM-SHOW-3): a note says so.
 */
export function ChatBottom({
  payload,
  colors,
  scrollArea,
  showRichMenuAreas = false,
}: {
  payload: unknown;
  colors: ChatColors;
  /** The conversation, kept scrolled to its end when the menu opens. */
  scrollArea: RefObject<HTMLElement | null>;
  showRichMenuAreas?: boolean;
}) {
  const chat = useChatMode();
  const menus = useMemo(() => richMenusOf(payload), [payload]);
  const shown = shownMenu(menus, chat?.richMenuAlias);
  const menuOpen =
    shown !== undefined &&
    chat?.desktop !== true &&
    chat?.keyboardOpen !== true &&
    chat?.voiceOpen !== true &&
    (chat?.richMenuOpen ?? shown.menu.selected === true);
  // Opening the menu takes room from the conversation; LINE scrolls it so that the last message
  // stays in view (RENDERING.md §6).
  useLayoutEffect(() => {
    const scroll = scrollArea.current;
    if (menuOpen && scroll !== null) scroll.scrollTop = scroll.scrollHeight;
  }, [menuOpen, scrollArea]);
  const taps = useMemo(
    () => (chat === undefined ? undefined : richMenuTaps(chat, menus)),
    [chat, menus],
  );
  if (shown !== undefined && chat?.desktop === true) {
    return (
      <>
        <div
          data-rich-menu-pc-note=""
          style={{
            padding: "8px 12px",
            fontSize: 12,
            textAlign: "center",
            background: colors.field,
            color: colors.fieldText,
            borderTop: `1px solid ${colors.barBorder}`,
          }}
        >
          LINE for PC shows no rich menus: try this one on a phone preset.
        </div>
        <ChatInputBar colors={colors} />
      </>
    );
  }
  if (shown === undefined || chat?.keyboardOpen === true || chat?.voiceOpen === true) {
    return <ChatInputBar colors={colors} hasRichMenu={shown !== undefined} />;
  }
  return (
    <ActionContext.Provider value={taps}>
      <RichMenuView
        shown={shown}
        open={menuOpen}
        showAreas={showRichMenuAreas}
        onToggle={chat === undefined ? undefined : () => chat.setRichMenuOpen(!menuOpen)}
        onKeyboard={chat?.showKeyboard}
        colors={{ bar: colors.bar, text: colors.barText, border: colors.barBorder }}
      />
    </ActionContext.Provider>
  );
}
