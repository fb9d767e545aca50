import { type RichMenuToShow, richMenusOf } from "@flexkit/draw";
import { type ChangeEvent, type FormEvent, useCallback, useEffect, useState } from "react";
import { sessionHeaders } from "./session-key.js";
import { Button } from "./ui/button.js";
import { Toggle } from "./ui/toggle.js";

/**
 * Send the message on screen to a real chat through the simulator's own server (`/api/push`,
 * `/api/validate`), or deploy the rich menu on screen to the recipient (`/api/richmenu/deploy`,
 * `/api/richmenu/validate`), with pictures chosen here as files. The server holds the channel access token: this page never sees it. There is
 * no token field here, since any script in this page (message JSX run with "Run code" included)
 * could read one; the token is typed on the server's own token page (`/token`), a script-free
 * page in a separate tab, and this panel learns only that a token is set, masked.
 */
interface Status {
  hasToken: boolean;
  tokenSource: "environment" | "entered" | null;
  /** `…wxyz (172 characters)`, or null. */
  maskedToken: string | null;
  apiBase: string;
  defaultTo: string;
}

/** A picture chosen in the panel for a rich menu, as the data: URL the server accepts. */
interface ChosenImage {
  name: string;
  bytes: number;
  dataUrl: string;
}

/** A lone menu has no alias; its picture is kept under this key. */
const LONE = "";

const keyOf = (menu: RichMenuToShow) => menu.alias ?? LONE;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The payload with the pictures chosen in the panel, in the simulator's own keys (`images` of a
 * set, `image` of a lone menu): the server takes data: URLs only, so a picture the page names by
 * address must be chosen here as a file.
 */
function withChosenImages(
  payload: unknown,
  menus: RichMenuToShow[],
  chosen: Readonly<Record<string, ChosenImage>>,
): unknown {
  if (typeof payload !== "object" || payload === null) return payload;
  const record = payload as Record<string, unknown>;
  if (menus.length === 1 && menus[0]!.alias === undefined) {
    const image = chosen[LONE];
    return image === undefined ? payload : { ...record, image: image.dataUrl };
  }
  const images = typeof record.images === "object" && record.images !== null ? record.images : {};
  const merged: Record<string, unknown> = { ...images };
  for (const menu of menus) {
    const image = chosen[keyOf(menu)];
    if (image !== undefined && menu.alias !== undefined) merged[menu.alias] = image.dataUrl;
  }
  return { ...record, images: merged };
}

/** What the panel says about one menu's picture. */
function imageState(menu: RichMenuToShow, chosen: ChosenImage | undefined): string {
  if (chosen !== undefined) return `${chosen.name} (${Math.ceil(chosen.bytes / 1024)} KB)`;
  if (menu.image?.startsWith("data:") === true) return "the page's image";
  if (menu.image !== undefined) return "no image: the page's is an address; choose its file";
  return "no image";
}

/** How often the open panel asks whether a token has been set on the token page meanwhile. */
const TOKEN_POLL_MS = 1_500;

interface Answer {
  ok: boolean;
  lines: string[];
  errors: string[];
}

async function callApi(path: string, body: unknown): Promise<{ status: number; answer: unknown }> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...sessionHeaders() },
    body: JSON.stringify(body),
  });
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    answer = undefined;
  }
  return { status: response.status, answer };
}

function asAnswer(value: unknown, status: number): Answer {
  if (typeof value === "object" && value !== null && Array.isArray((value as Answer).errors)) {
    return value as Answer;
  }
  return { ok: false, lines: [], errors: [`error the simulator answered HTTP ${status}`] };
}

const panelStyle = {
  position: "fixed",
  // Top right, at the header's end (kept free for it): the chat's input bar and the panels under
  // the chat stay uncovered while the panel is closed.
  right: 10,
  top: 8,
  zIndex: 10,
  width: 360,
  maxWidth: "calc(100vw - 24px)",
  background: "var(--fk-surface)",
  color: "var(--fk-text)",
  border: "1px solid var(--fk-border)",
  borderRadius: 10,
  boxShadow: "0 12px 32px rgb(0 0 0 / 0.22)",
} as const;

export function SendPanel({ payload }: { payload: unknown }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  const [to, setTo] = useState("");
  const [dryRun, setDryRun] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [chosen, setChosen] = useState<Record<string, ChosenImage>>({});
  const menus = payload === undefined ? [] : richMenusOf(payload);
  const richMenu = menus.length > 0;
  const entry = menus[0];
  const entryHasImage =
    entry !== undefined &&
    (chosen[keyOf(entry)] !== undefined || entry.image?.startsWith("data:") === true);

  const choose = async (key: string, event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) {
      setChosen(({ [key]: _dropped, ...rest }) => rest);
      return;
    }
    const dataUrl = await readAsDataUrl(file);
    setChosen((current) => ({ ...current, [key]: { name: file.name, bytes: file.size, dataUrl } }));
  };

  const refresh = useCallback(async () => {
    try {
      const { status: code, answer: value } = await callApi("/api/status", {});
      if (code === 200) {
        const next = value as Status;
        setStatus(next);
        setTo((current) => (current === "" ? next.defaultTo : current));
      } else setAnswer(asAnswer(value, code));
    } catch (error) {
      setAnswer({
        ok: false,
        lines: [],
        errors: [`error the simulator is not answering: ${String(error)}`],
      });
    }
  }, []);

  useEffect(() => {
    if (open) void refresh();
  }, [open, refresh]);

  // The token is set in another tab: look again when this one gets focus, and now and then.
  const waiting = open && status !== undefined && !status.hasToken;
  useEffect(() => {
    if (!waiting) return;
    const again = () => void refresh();
    const timer = setInterval(again, TOKEN_POLL_MS);
    window.addEventListener("focus", again);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", again);
    };
  }, [waiting, refresh]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setAnswer(undefined);
    try {
      const deployed = richMenu ? withChosenImages(payload, menus, chosen) : payload;
      const { status: code, answer: value } = richMenu
        ? dryRun
          ? await callApi("/api/richmenu/validate", { payload: deployed })
          : await callApi("/api/richmenu/deploy", { payload: deployed, to })
        : dryRun
          ? await callApi("/api/validate", { payload })
          : await callApi("/api/push", { payload, to });
      setAnswer(asAnswer(value, code));
    } catch (error) {
      setAnswer({
        ok: false,
        lines: [],
        errors: [`error the simulator is not answering: ${String(error)}`],
      });
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <Button
        variant="primary"
        data-send-open=""
        style={{ position: "fixed", right: 10, top: 8, zIndex: 10 }}
        onClick={() => setOpen(true)}
      >
        Send to LINE
      </Button>
    );
  }

  return (
    <section data-send-panel="" aria-label="Send to LINE" style={{ ...panelStyle, padding: 14 }}>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          marginBottom: 8,
        }}
      >
        <strong style={{ fontSize: 14 }}>Send to LINE</strong>
        <Button variant="ghost" size="icon" onClick={() => setOpen(false)} aria-label="Close">
          ×
        </Button>
      </div>
      <div data-send-status="" className="fk-muted" style={{ marginBottom: 8 }}>
        {status === undefined
          ? "Asking the simulator…"
          : `${status.hasToken ? `Token ${status.maskedToken}, ${status.tokenSource === "environment" ? "from LINE_CHANNEL_ACCESS_TOKEN" : "entered on the token page"}, kept by the simulator` : "No channel access token yet"} · API ${status.apiBase}`}
      </div>
      {status !== undefined && (
        <p style={{ margin: "0 0 8px" }}>
          {/* A separate tab, not a frame or a field here: see the comment at the top. */}
          <a
            href="/token"
            target="_blank"
            rel="noopener noreferrer"
            data-send-token-link=""
            style={{ color: "var(--fk-focus)" }}
          >
            {status.hasToken ? "Change the token" : "Set the channel access token"}
          </a>{" "}
          (opens the simulator's token page)
        </p>
      )}
      <form onSubmit={send} style={{ display: "grid", gap: 6 }}>
        <label style={{ display: "grid", gap: 2 }}>
          Recipient (your user ID, U + 32 hex)
          <input
            data-send-to=""
            className="fk-input"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            placeholder="U0123…"
          />
        </label>
        {richMenu && (
          <div data-send-rich-menu="" style={{ display: "grid", gap: 4 }}>
            <span>
              Rich menu: {menus.length === 1 ? "it is" : `${menus.length} menus are`} created on
              LINE{menus.length > 1 ? " with their aliases" : ""}, and{" "}
              {menus.length > 1 ? `the first (${entry?.alias})` : "it"} is linked to the recipient.
              LINE allows 100 creates an hour: remove test menus with flexkit richmenu delete.
            </span>
            {menus.map((menu) => (
              <label key={keyOf(menu)} style={{ display: "grid", gap: 2 }}>
                {menu.alias ?? (typeof menu.menu.name === "string" ? menu.menu.name : "Menu")} image
                (PNG or JPEG, the menu's size):
                <input
                  type="file"
                  accept="image/png,image/jpeg"
                  data-send-rich-menu-image={keyOf(menu)}
                  onChange={(event) => void choose(keyOf(menu), event)}
                />
                <span data-send-rich-menu-image-state={keyOf(menu)} className="fk-muted">
                  {imageState(menu, chosen[keyOf(menu)])}
                </span>
              </label>
            ))}
            {!entryHasImage && (
              <span data-send-rich-menu-note="" style={{ color: "var(--fk-warning)" }}>
                The menu to show has no image: LINE links no menu without one (RM-SHOW-2), so the
                deploy is refused until you choose it. A dry run checks the menus without.
              </span>
            )}
          </div>
        )}
        <Toggle
          label="Dry run (LINE validates, nothing is sent)"
          data-send-dry-run=""
          checked={dryRun}
          onChange={(event) => setDryRun(event.target.checked)}
        />
        <Button
          type="submit"
          variant="primary"
          data-send-submit=""
          disabled={busy || payload === undefined}
        >
          {busy
            ? "Sending…"
            : dryRun
              ? "Validate with LINE"
              : richMenu
                ? "Deploy rich menu"
                : "Send"}
        </Button>
      </form>
      {answer !== undefined && (
        <pre
          data-send-result={answer.ok ? "ok" : "error"}
          style={{
            whiteSpace: "pre-wrap",
            margin: "8px 0 0",
            color: answer.ok ? "var(--fk-accent-strong)" : "var(--fk-error)",
          }}
        >
          {[...answer.lines, ...answer.errors].join("\n")}
        </pre>
      )}
    </section>
  );
}
