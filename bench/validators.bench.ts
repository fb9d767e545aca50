import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateFlexContainer, validateMessage } from "@flexkit/validators";
import { bench, describe } from "vitest";
import { realWorldFlex } from "../test/helpers.js";
import { compileOpenApi } from "../test/validators/openapi.js";

/**
 * `npm run bench`: validating the shared real-world Flex fixtures (all of them, as Flex
 * messages) with `validateMessage`, which enforces every rule, against ajv running LINE's
 * OpenAPI schema on the same messages. Target: at most 3× ajv's time (issue #4). Vitest prints
 * the ratio in its summary ("… x faster than …").
 */
const messages = readdirSync(realWorldFlex).flatMap((dir) =>
  readdirSync(join(realWorldFlex, dir))
    .sort()
    .map((file) => ({
      type: "flex",
      altText: file,
      contents: JSON.parse(readFileSync(join(realWorldFlex, dir, file), "utf8")) as unknown,
    })),
);
const oas = compileOpenApi();

describe(`validate ${messages.length} real-world Flex messages`, () => {
  bench("ajv + LINE's OpenAPI schema (baseline)", () => {
    for (const message of messages) oas.message(message);
  });
  bench("validateMessage (every rule)", () => {
    for (const message of messages) validateMessage(message);
  });
  bench("validateFlexContainer (every rule, bare containers)", () => {
    for (const message of messages) validateFlexContainer(message.contents);
  });
});
