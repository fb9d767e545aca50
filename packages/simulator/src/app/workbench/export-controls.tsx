import { CHAT_WALLPAPER, messagesOf, richMenusOf } from "@flexkit/draw";
import { type RefObject, useState } from "react";
import { Button } from "../ui/button.js";
import { Select } from "../ui/select.js";
import { Toggle } from "../ui/toggle.js";
import { exportPng } from "./export-png.js";

/**
 * Export the chat, one message, or the rich menu as drawn (its picture and chat bar), as a PNG at
 * 1×/2×/3×, with or without the wallpaper.
 */
export function ExportControls({
  preview,
  payload,
}: {
  preview: RefObject<HTMLDivElement | null>;
  payload: unknown;
}) {
  const [target, setTarget] = useState("chat");
  const [scale, setScale] = useState(2);
  const [wallpaper, setWallpaper] = useState(true);
  const [status, setStatus] = useState<string | undefined>();
  const count = payload === undefined ? 0 : messagesOf(payload).length;
  const hasRichMenu = payload !== undefined && richMenusOf(payload).length > 0;

  const run = async () => {
    const chat = preview.current?.querySelector<HTMLElement>("[data-chat]");
    const node =
      target === "chat"
        ? chat
        : target === "rich-menu"
          ? chat?.querySelector<HTMLElement>("[data-rich-menu-view]")
          : chat?.querySelectorAll<HTMLElement>("[data-message-row]")[Number(target)];
    if (node == null) {
      setStatus(
        target === "rich-menu"
          ? "Nothing to export: the rich menu is not on screen (the keyboard is shown instead)."
          : "Nothing to export: that message is not on screen.",
      );
      return;
    }
    setStatus("Exporting…");
    try {
      // The chat draws its own wallpaper; a single message gets it behind it only if asked.
      const background =
        target === "chat"
          ? wallpaper
            ? getComputedStyle(node).background
            : undefined
          : wallpaper
            ? (getComputedStyle(chat!).backgroundColor ?? CHAT_WALLPAPER)
            : undefined;
      const url = await exportPng(node, { scale, wallpaper: background });
      const anchor = document.createElement("a");
      anchor.href = url;
      const name =
        target === "chat" || target === "rich-menu" ? target : `message-${Number(target) + 1}`;
      anchor.download = `${name}@${scale}x.png`;
      anchor.click();
      setStatus(undefined);
    } catch (error) {
      // html-to-image rejects with a bare DOM Event when the drawn SVG fails to load.
      const reason =
        error instanceof Error ? error.message : "the browser could not draw the snapshot";
      setStatus(`Export failed: ${reason}`);
    }
  };

  return (
    <div data-export="" className="fk-footer">
      Export PNG of
      <Select
        data-export-target=""
        aria-label="What to export"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      >
        <option value="chat">the chat</option>
        {hasRichMenu ? <option value="rich-menu">the rich menu</option> : null}
        {Array.from({ length: count }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages are numbered by position.
          <option key={index} value={String(index)}>
            message {index + 1}
          </option>
        ))}
      </Select>
      <Select
        data-export-scale=""
        aria-label="Scale"
        value={scale}
        onChange={(e) => setScale(Number(e.target.value))}
      >
        <option value={1}>1×</option>
        <option value={2}>2×</option>
        <option value={3}>3×</option>
      </Select>
      <Toggle
        label="wallpaper"
        data-export-wallpaper=""
        checked={wallpaper}
        onChange={(e) => setWallpaper(e.target.checked)}
      />
      <Button data-action="export-png" onClick={() => void run()}>
        Export PNG
      </Button>
      {status !== undefined ? <span data-export-status="">{status}</span> : null}
    </div>
  );
}
