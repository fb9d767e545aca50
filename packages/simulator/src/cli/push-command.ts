import { FlexRenderError } from "@flexkit/flex-jsx";
import { issueLine } from "@flexkit/validators";
import { ApiBaseError, pushMessages, resolveApiBase, validatePush } from "../push/client.js";
import { checkPush, needsRecipient, preparePush } from "../push/prepare.js";
import { reportOutcome } from "../push/report.js";
import { maskToken, redactToken, tokenProblem } from "../push/secret.js";
import { HOW_TO_GET_A_TOKEN } from "../shared/token-help.js";
import { confirm, EXIT, type Io, isTerminal, relativeToCwd, renderErrorLine } from "./io.js";
import { readJsonInput } from "./json-input.js";
import { importMessageModule, renderMessage } from "./load-module.js";
import { UserInputError } from "./user-input-error.js";

export interface PushFlags {
  to: string | undefined;
  dryRun: boolean;
  apiBase: string | undefined;
  strict: boolean;
  /** Send without asking, even on a terminal. */
  yes: boolean;
}

async function loadMessage(
  file: string,
): Promise<{ value: unknown; sources: Record<string, string> } | string> {
  if (file.endsWith(".json")) return { value: (await readJsonInput(file)).value, sources: {} };
  const module = await importMessageModule(file);
  try {
    const built = renderMessage(module, file);
    return { value: built.json, sources: built.sources };
  } catch (error) {
    if (error instanceof FlexRenderError) return renderErrorLine(error);
    throw error;
  }
}

/**
 * `flexkit push <file> --to U… [--dry-run] [--api-base URL]`: render, validate locally (never
 * send what the validators reject), then push through the Messaging API, or ask LINE to validate
 * with --dry-run. Exit 0 sent/valid, 1 rejected (locally or by LINE) or not delivered, 2 unusable
 * input or configuration.
 */
export async function commandPush(
  files: string[],
  flags: PushFlags,
  given: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // Every line this command prints is redacted, whatever it was built from (LINE's answers are
  // already redacted by the client): the token, or any run of it, never reaches the terminal.
  const secret = env.LINE_CHANNEL_ACCESS_TOKEN?.trim();
  const io: Io = {
    out: (text) => given.out(redactToken(text, secret)),
    err: (text) => given.err(redactToken(text, secret)),
  };
  const [file] = files;
  if (file === undefined)
    throw new UserInputError("push: which file? (flexkit push <file.flex.tsx|file.json> --to U…)");
  let apiBase: string;
  try {
    apiBase = resolveApiBase(flags.apiBase ?? env.LINE_API_BASE);
  } catch (error) {
    if (error instanceof ApiBaseError) throw new UserInputError(`push: ${error.message}`);
    throw error;
  }
  const token = env.LINE_CHANNEL_ACCESS_TOKEN?.trim() ?? "";
  // A pasted line break or space would fail in the Authorization header, after the work; say so
  // first, and only where (the token itself is never printed).
  const problem = token === "" ? undefined : tokenProblem(token);
  if (problem !== undefined)
    throw new UserInputError(`push: LINE_CHANNEL_ACCESS_TOKEN: ${problem}`);
  const loaded = await loadMessage(file);
  if (typeof loaded === "string") {
    io.err(loaded);
    return EXIT.invalid;
  }
  const prepared = preparePush(loaded.value, loaded.sources);
  const to = flags.to ?? prepared.to ?? (env.LINE_TEST_TO === "" ? undefined : env.LINE_TEST_TO);
  if (needsRecipient(prepared, to, flags.dryRun)) {
    throw new UserInputError(
      "push: to whom? give --to U… or set LINE_TEST_TO (your user ID is on the channel's Basic settings tab)",
    );
  }
  const checked = checkPush(prepared, to, { dryRun: flags.dryRun, strict: flags.strict });
  for (const issue of checked.issues) io.err(issueLine(issue, prepared.sources, relativeToCwd));
  if (!checked.ok) {
    io.err("error nothing was sent: fix the issues above first");
    return EXIT.invalid;
  }
  if (token === "") {
    throw new UserInputError(
      `push: no channel access token; set LINE_CHANNEL_ACCESS_TOKEN (${HOW_TO_GET_A_TOKEN})`,
    );
  }
  const options = { apiBase, token, log: (line: string) => io.err(line) };
  io.err(
    `${flags.dryRun ? "validating with" : "pushing through"} ${apiBase} (token ${maskToken(options.token)})`,
  );
  const messages = prepared.request.messages;
  if (!flags.dryRun && to !== undefined && !flags.yes && isTerminal()) {
    // PUSH-15: LINE's guidelines ask test tools not to flood a user with pushes (a re-run from
    // shell history is one keystroke), so a person at a terminal confirms each push; scripts,
    // which have no terminal, and --yes go straight through.
    // https://developers.line.biz/en/docs/messaging-api/development-guidelines/
    const count = `${messages.length} message${messages.length === 1 ? "" : "s"}`;
    if (!(await confirm(`push ${count} to ${to}? [y/N] `))) {
      io.err("push cancelled: nothing was sent");
      return EXIT.invalid;
    }
  }
  const outcome =
    flags.dryRun || to === undefined
      ? await validatePush(messages, options)
      : await pushMessages({ to, ...prepared.request }, options);
  const request = to === undefined ? prepared.request : { to, ...prepared.request };
  const report = reportOutcome(outcome, request, prepared.sources, relativeToCwd);
  for (const line of report.lines) io.out(line);
  for (const line of report.errors) io.err(line);
  return report.ok ? EXIT.ok : EXIT.invalid;
}
