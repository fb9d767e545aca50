import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

/**
 * The simulator app. Workspace packages resolve through their "@flexkit/source" export condition,
 * so the app runs from the libraries' TypeScript with no build step; the name is ours alone, so no
 * other package's exports map is read differently because of it. `.flex.tsx` files set their own
 * `@jsxImportSource` pragma; everything else is React.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    conditions: ["@flexkit/source", ...defaultClientConditions],
  },
  server: {
    host: "127.0.0.1",
    // No CORS headers at all. Vite's default lets any page on localhost or 127.0.0.1, on any port,
    // read every answer: the page (with its session key), /token (a live nonce) and, in flexkit
    // dev, the dev state (every message and the folder's path). The app needs none: it only
    // calls its own origin. https://vite.dev/config/server-options#server-cors
    cors: false,
  },
  preview: {
    // `vite preview` would otherwise take server.cors's default again.
    cors: false,
  },
  build: {
    outDir: "dist/app",
    emptyOutDir: true,
  },
  clearScreen: false,
  logLevel: "warn",
});
