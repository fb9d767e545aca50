#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

const io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only a flexkit bug gets here; user mistakes are reported in one line by main().
    process.stderr.write(
      `flexkit: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
