import { MESSAGE_FILES } from "@flexkit/flex-jsx/message-file";
import { useEffect, useRef, useState } from "react";
import { DEV_EVENT, DEV_META, DEV_STATE_PATH, type DevState } from "../../shared/dev-protocol.js";
import { Chat } from "../chat.js";
import { ChatModeLayout } from "../chat-mode/layout.js";

/**
 * `flexkit dev`: a sidebar of the folder's message files and their exports, and the selected one
 * drawn in the chat. The server renders the files and pushes their JSON over Vite's WebSocket
 * (src/server/dev-plugin.ts; the protocol is src/shared/dev-protocol.ts), so a save redraws in place: no reload,
 * the selection and the chat's scroll stay. A file that fails shows its error with
 * file:line:column above the last good drawing of it.
 */

interface Selection {
  file: string;
  name: string;
}

/** True when the server started the page for `flexkit dev`. */
export function isDevWorkbench(): boolean {
  return document.querySelector(`meta[name="${DEV_META}"]`) !== null;
}

const keyOf = (file: string, name: string) => `${file}#${name}`;

export function DevApp() {
  const [state, setState] = useState<DevState | undefined>(undefined);
  const [selected, setSelected] = useState<Selection | undefined>(undefined);
  // The last payload that rendered, per file#export, and the last export list per file: a broken
  // save keeps showing them.
  const lastGood = useRef(new Map<string, unknown>());
  const lastExports = useRef(new Map<string, string[]>());

  useEffect(() => {
    let latest = 0;
    const accept = (next: DevState) => {
      if (next.version < latest) return;
      latest = next.version;
      for (const file of next.files) {
        if (file.error === undefined)
          lastExports.current.set(
            file.file,
            file.exports.map((entry) => entry.name),
          );
        for (const entry of file.exports)
          if (entry.error === undefined)
            lastGood.current.set(keyOf(file.file, entry.name), entry.payload);
      }
      setState(next);
    };
    void fetch(DEV_STATE_PATH)
      .then((response) => response.json() as Promise<DevState>)
      .then(accept);
    import.meta.hot?.on(DEV_EVENT, accept);
    return () => import.meta.hot?.off(DEV_EVENT, accept);
  }, []);

  if (state === undefined) return <p style={{ color: "#ccc", padding: 16 }}>Loading messages…</p>;

  const listed = state.files.map((file) => ({
    file,
    names:
      file.error === undefined
        ? file.exports.map((entry) => entry.name)
        : (lastExports.current.get(file.file) ?? []),
  }));
  const first = listed.find((entry) => entry.names.length > 0);
  const current =
    selected !== undefined && listed.some((entry) => entry.file.file === selected.file)
      ? selected
      : first === undefined
        ? undefined
        : { file: first.file.file, name: first.names[0]! };
  const file = state.files.find((entry) => entry.file === current?.file);
  const entry = file?.exports.find((candidate) => candidate.name === current?.name);
  const error = file?.error ?? entry?.error;
  const payload =
    current === undefined
      ? undefined
      : entry?.error === undefined && entry !== undefined
        ? entry.payload
        : lastGood.current.get(keyOf(current.file, current.name));

  return (
    <div
      style={{
        height: "100vh",
        display: "flex",
        color: "#e6e6e6",
        // Its own dark page: the workbench's app theme (ui.css) does not restyle it.
        background: "#1f2329",
        fontFamily: "sans-serif",
      }}
    >
      <nav
        aria-label="Message files"
        style={{ width: 240, overflowY: "auto", borderRight: "1px solid #333", fontSize: 13 }}
      >
        <div style={{ padding: "12px 12px 4px", color: "#999", wordBreak: "break-all" }}>
          {state.dir}
        </div>
        {listed.length === 0 ? (
          <p style={{ padding: 12, color: "#999" }}>
            No {MESSAGE_FILES} files here yet. Save one and it appears.
          </p>
        ) : null}
        {listed.map(({ file: item, names }) => (
          <div key={item.file} data-dev-file={item.file} style={{ padding: "6px 0" }}>
            <div style={{ padding: "0 12px", fontWeight: 600 }}>
              {item.file}
              {item.error === undefined ? null : (
                <span title={item.error} style={{ color: "#ff6b6b" }}>
                  {" "}
                  ●
                </span>
              )}
            </div>
            {names.map((name) => {
              const active = current?.file === item.file && current.name === name;
              return (
                <button
                  type="button"
                  key={name}
                  data-dev-export={name}
                  aria-current={active ? "true" : undefined}
                  onClick={() => setSelected({ file: item.file, name })}
                  style={{
                    display: "block",
                    width: "100%",
                    textAlign: "left",
                    border: 0,
                    padding: "3px 24px",
                    cursor: "pointer",
                    color: active ? "#fff" : "#bbb",
                    background: active ? "#06c75544" : "transparent",
                  }}
                >
                  {name}
                </button>
              );
            })}
          </div>
        ))}
      </nav>
      <main style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column" }}>
        {error === undefined ? null : (
          <pre
            role="alert"
            data-dev-error=""
            style={{
              margin: 0,
              padding: "10px 14px",
              background: "#5c1e1e",
              color: "#ffd7d7",
              whiteSpace: "pre-wrap",
              fontSize: 13,
            }}
          >
            {error}
            {payload === undefined ? "" : "\n(showing the last version that rendered)"}
          </pre>
        )}
        <div style={{ flex: 1, minHeight: 0, display: "flex" }}>
          <ChatModeLayout resetOn={current === undefined ? "" : keyOf(current.file, current.name)}>
            <div style={{ flex: 1, minHeight: 0, width: "100%", maxWidth: 480, margin: "0 auto" }}>
              <Chat payload={payload} />
            </div>
          </ChatModeLayout>
        </div>
        {entry !== undefined && entry.issues.length > 0 ? (
          <ul
            data-dev-issues=""
            style={{ margin: 0, padding: "8px 28px", fontSize: 12, background: "#2a2e35" }}
          >
            {entry.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        ) : null}
      </main>
    </div>
  );
}
