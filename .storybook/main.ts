import { join } from "node:path";
import type { StorybookConfig } from "@storybook/react-vite";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, mergeConfig } from "vite";

const root = join(import.meta.dirname, "..");

/** The least a server channel needs here: Storybook's own type for it is internal. */
interface ServerChannel {
  removeAllListeners(event: string): void;
  on(event: string, listener: () => void): void;
  emit(event: string, payload: unknown): void;
}

/**
 * Storybook for the simulator's components, in the same chat frame as the app. It never calls
 * the internet: telemetry and crash reports are off, `npm run storybook` passes
 * `--no-version-updates`, and the manager's "What's new" request is answered here (with "none")
 * instead of by a fetch to storybook.js.org, which Storybook's dev server would otherwise make
 * on every page load whatever `disableWhatsNewNotifications` says.
 */
const config: StorybookConfig & {
  experimental_serverChannel: (channel: ServerChannel) => Promise<ServerChannel>;
} = {
  framework: "@storybook/react-vite",
  // The introduction (an MDX page) first, then the stories; every component gets a docs page
  // (tags: ["autodocs"] in preview.ts) whose Controls table shows each prop's description.
  stories: ["../stories/introduction.mdx", "../stories/**/*.stories.tsx"],
  addons: ["@storybook/addon-vitest", "@storybook/addon-docs"],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
    disableProjectJson: true,
  },
  // Controls come from each story's args and argTypes; no prop-table generation (it is slow).
  typescript: { reactDocgen: false },
  experimental_serverChannel: async (channel) => {
    channel.removeAllListeners("requestWhatsNewData");
    channel.on("requestWhatsNewData", () =>
      channel.emit("resultWhatsNewData", { data: { status: "ERROR" } }),
    );
    return channel;
  },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      plugins: [react()],
      // Workspace packages run from their TypeScript sources, as in the app and the tests.
      resolve: { conditions: ["@flexkit/source", ...defaultClientConditions] },
      // The real-world fixtures are read in place from ../shared, never copied into the repo.
      server: { fs: { allow: [root, join(root, "..", "shared")] } },
      // The preview is one bundle (React, zod, the renderer); its size is not a concern here.
      build: { chunkSizeWarningLimit: 2000 },
      logLevel: "warn",
    }),
};

export default config;
