import { type CSSProperties, useLayoutEffect, useRef } from "react";
import { chatBarText, drawRichMenu, type RichMenuToShow } from "../rich-menu.js";
import { MARKUP_HOLDER_STYLE } from "./flex-view.js";
import { useOnAction } from "./taps.js";

/** LINE's chat bar under a rich menu is about 40–48 px high (RENDERING.md §6). */
export const CHAT_BAR_HEIGHT_PX = 44;

/**
 * A rich menu's picture and areas at the width of its container (RENDERING.md §6), drawn by
 * drawRichMenu: its height is width × size.height / size.width, and a tap on an area runs its
 * action through the tap contract with the origin "richMenu". Without a picture, or with
 * `showAreas`, each area is outlined and captioned.
 */
export function RichMenuPicture({
  shown,
  showAreas = false,
}: {
  shown: RichMenuToShow;
  showAreas?: boolean;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const handler = useOnAction();
  const onAction = useRef(handler);
  useLayoutEffect(() => {
    onAction.current = handler;
  });
  useLayoutEffect(() => {
    const element = holder.current;
    if (element === null) return;
    return drawRichMenu(element, shown, { showAreas }, () => onAction.current);
  }, [shown, showAreas]);
  return <div ref={holder} style={MARKUP_HOLDER_STYLE} />;
}

const barButton: CSSProperties = {
  border: "none",
  background: "transparent",
  cursor: "pointer",
  padding: 0,
  color: "inherit",
  fontFamily: "inherit",
};

/**
 * A rich menu as it sits at the bottom of the chat (RENDERING.md §6): the picture when open, and
 * under it the chat bar: a keyboard icon on the left (the app switches to the text input) and
 * `chatBarText` centred with an arrow that tells whether the menu is open; tapping it toggles.
 */
export function RichMenuView({
  shown,
  open,
  showAreas = false,
  onToggle,
  onKeyboard,
  colors = { bar: "#ffffff", text: "#111111", border: "#e5e6e8" },
}: {
  shown: RichMenuToShow;
  open: boolean;
  showAreas?: boolean;
  onToggle?: () => void;
  onKeyboard?: () => void;
  colors?: { bar: string; text: string; border: string };
}) {
  return (
    <div data-rich-menu-view="" data-open={open ? "true" : "false"}>
      {open ? <RichMenuPicture shown={shown} showAreas={showAreas} /> : null}
      <div
        data-rich-menu-bar=""
        style={{
          display: "flex",
          alignItems: "center",
          height: CHAT_BAR_HEIGHT_PX,
          padding: "0 12px",
          background: colors.bar,
          color: colors.text,
          borderTop: `1px solid ${colors.border}`,
          boxSizing: "border-box",
        }}
      >
        <button
          type="button"
          data-rich-menu-keyboard=""
          aria-label="Keyboard"
          onClick={onKeyboard}
          style={{ ...barButton, fontSize: 20, width: 28, flex: "none" }}
        >
          ⌨
        </button>
        <button
          type="button"
          data-rich-menu-toggle=""
          aria-expanded={open}
          onClick={onToggle}
          style={{ ...barButton, flex: 1, fontSize: 14, fontWeight: 600 }}
        >
          {chatBarText(shown.menu)} <span aria-hidden>{open ? "▼" : "▲"}</span>
        </button>
        {/* Balances the keyboard icon so that the text sits in the middle of the bar. */}
        <span aria-hidden style={{ width: 28, flex: "none" }} />
      </div>
    </div>
  );
}
