import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

/**
 * The simulator app. Workspace packages resolve through their "source" export condition, so the
 * app runs from the libraries' TypeScript with no build step. `.flex.tsx` files set their own
 * `@jsxImportSource` pragma; everything else is React.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    conditions: ["source", ...defaultClientConditions],
  },
  server: {
    host: "127.0.0.1",
  },
  build: {
    outDir: "dist/app",
    emptyOutDir: true,
  },
  clearScreen: false,
  logLevel: "warn",
});
