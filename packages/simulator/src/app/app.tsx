import { render } from "@flexkit/flex-jsx";
import { jsx } from "@flexkit/flex-jsx/jsx-runtime";
import { useState } from "react";
import Welcome from "../samples/welcome.flex.js";
import { Chat } from "./chat.js";
import { ChatModeProvider } from "./chat-mode/chat-mode.js";
import { EventsPanel } from "./chat-mode/events-panel.js";
import { DevApp, isDevWorkbench } from "./dev/dev-app.js";
import type { PayloadResult } from "./payload.js";
import { SendPanel } from "./send-panel.js";
import { type AppTheme, useAppTheme } from "./ui/app-theme.js";
import { Select } from "./ui/select.js";
import { DarkThemeNote, UndocumentedNotes, ViewControls } from "./view-controls.js";
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
  const [appTheme, setAppTheme] = useAppTheme();
  const chatView = {
    theme: view.theme,
    fontScale: fontScaleOf(view.fontScale),
    showRichMenuAreas: view.richMenuAreas,
  };
  // `flexkit dev` serves the same page; its server marks it so, for the folder's files instead.
  if (isDevWorkbench()) return <DevApp />;
  return (
    <div className="fk-app">
      <header className="fk-header">
        <span className="fk-brand">
          <span className="fk-brand-mark" aria-hidden="true" />
          <span className="fk-brand-name">flexkit</span>
        </span>
        <ViewControls value={view} onChange={setView} />
        <span className="fk-header-spacer" />
        <Select
          label="App theme"
          data-control="app-theme"
          title="The workbench's own look; the chat keeps its Chat theme"
          value={appTheme}
          onChange={(event) => setAppTheme(event.target.value as AppTheme)}
        >
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </Select>
      </header>
      {/* The workbench (editor, issues, share, export) owns the message; the chat draws it. In
          chat mode taps behave like the app, and the side column lists their webhook events. */}
      <Workbench
        sample={samplePayload}
        frame={(state, content) => (
          <ChatModeProvider resetOn={state} desktop={view.device === "line-pc"}>
            {content}
          </ChatModeProvider>
        )}
        side={<EventsPanel />}
        chatWidth={deviceWidth(view.device)}
        preview={(state: PayloadResult, waiting: boolean) => (
          <>
            <UndocumentedNotes />
            {view.theme === "dark" ? <DarkThemeNote /> : null}
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
            {/* Code that has not run has no message to send. */}
            <SendPanel payload={state.ok && !waiting ? state.payload : undefined} />
          </>
        )}
      />
    </div>
  );
}
