import type { TestProject } from "vitest/node";
import { startSimulatorProcess } from "./browser-session.js";

/**
 * One `flexkit start` for the whole node project: the e2e files that need nothing of their own
 * (no LINE settings, no folder) share it through `inject("simulatorUrl")`, instead of each
 * starting a Vite server and paying its first transforms again. It has no LINE settings at all.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const simulator = await startSimulatorProcess();
  project.provide("simulatorUrl", simulator.url);
  return () => simulator.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    simulatorUrl: string;
  }
}
