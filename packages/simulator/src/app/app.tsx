import { render } from "@flexkit/flex-jsx";
import { jsx } from "@flexkit/flex-jsx/jsx-runtime";
import { useState } from "react";
import Welcome from "../samples/welcome.flex.js";
import { Chat } from "./chat.js";
import { ChatModeLayout } from "./chat-mode/layout.js";
import { DevApp, isDevWorkbench } from "./dev/dev-app.js";
import type { PayloadResult } from "./payload.js";
import { SendPanel } from "./send-panel.js";
import { ViewControls } from "./view-controls.js";
import {
  DEFAULT_VIEW_SETTINGS,
  deviceWidth,
  fontScaleOf,
  type ViewSettings,
} from "./view-settings.js";
import { Workbench } from "./workbench/workbench.js";

function samplePayload(): unknown {
  // The sample is a flex-jsx component, not a React one: build its element with flex-jsx.
  return render(jsx(Welcome, {})).message;
}

export function App() {
  const [view, setView] = useState<ViewSettings>(DEFAULT_VIEW_SETTINGS);
  const chatView = {
    theme: view.theme,
    fontScale: fontScaleOf(view.fontScale),
    showRichMenuAreas: view.richMenuAreas,
  };
  // `flexkit dev` serves the same page; its server marks it so, for the folder's files instead.
  if (isDevWorkbench()) return <DevApp />;
  return (
    <div style={{ height: "100vh", display: "flex", flexDirection: "column" }}>
      <ViewControls value={view} onChange={setView} />
      {/* The workbench (editor, issues, share, export) owns the message; the chat draws it. */}
      <Workbench
        sample={samplePayload}
        preview={(state: PayloadResult, waiting: boolean) => (
          <>
            <ChatModeLayout resetOn={state} desktop={view.device === "line-pc"}>
              <div
                data-device={view.device}
                style={{
                  flex: 1,
                  minHeight: 0,
                  width: "100%",
                  maxWidth: deviceWidth(view.device) ?? 480,
                  margin: "0 auto",
                }}
              >
                {state.ok ? (
                  <Chat payload={state.payload} {...chatView} />
                ) : (
                  <Chat payload={undefined} error={state.error} {...chatView} />
                )}
              </div>
            </ChatModeLayout>
            {/* Code that has not run has no message to send. */}
            <SendPanel payload={state.ok && !waiting ? state.payload : undefined} />
          </>
        )}
      />
    </div>
  );
}
