import type { z } from "zod";
import { compiledIssues } from "./compile.js";
import { checkContainerActions, checkMessageContext, mentionsSomeone } from "./context.js";
import { RECIPIENT_ID } from "./ids.js";
import {
  describeValue,
  formatPath,
  MessageValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./issue.js";
import { utf8Length } from "./length.js";
import { LIMITS } from "./limits.js";
import { checkRichMenu, checkRichMenuSet } from "./rich-menu.js";
import { errorMap, toIssues, UNKNOWN_PROPERTY_RULE } from "./rules.js";
import { FlexContainerSchema } from "./schemas/flex.js";
import { MessageSchema } from "./schemas/message.js";
import { PushRequestSchema } from "./schemas/push.js";
import { RichMenuSchema } from "./schemas/rich-menu.js";
import { checkFlexContainer } from "./tree.js";
import { isRecord, makeEmitter } from "./walk.js";

/**
 * Where a property sits in document order (JSON key order): the index of each of its keys among
 * its siblings, so that issues read top to bottom as in an editor. A missing property gets -1:
 * it sorts right after its parent, before the parent's own children. `keysOf` remembers each
 * object's keys for the issues of one result, which often share their ancestors.
 *
 * The property is read as the pattern /\[(\d+)\]|([^.[\]]+)/g would split it (an index in
 * brackets, or a run of characters other than `.`, `[` and `]`; anything else is skipped),
 * scanned by hand because this runs for every issue of every result.
 */
function documentPosition(
  root: unknown,
  prefix: string,
  property: string,
  keysOf: Map<object, string[]>,
): number[] {
  const position: number[] = [];
  let node = root;
  try {
    let i = prefix.length;
    while (i < property.length) {
      const char = property[i];
      if (char === "[") {
        let end = i + 1;
        while (end < property.length && isDigit(property.charCodeAt(end))) end++;
        if (end === i + 1 || property[end] !== "]") {
          i++;
          continue;
        }
        const index = Number(property.slice(i + 1, end));
        i = end + 1;
        position.push(index);
        node = Array.isArray(node) ? node[index] : undefined;
        continue;
      }
      if (char === "." || char === "]") {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < property.length && !isSeparator(property[end])) end++;
      const key = property.slice(i, end);
      i = end;
      if (!isRecord(node)) break;
      let keys = keysOf.get(node);
      if (keys === undefined) {
        keys = Object.keys(node);
        keysOf.set(node, keys);
      }
      const at = keys.indexOf(key);
      position.push(at);
      if (at === -1) break;
      node = node[key];
    }
  } catch {
    // A getter that throws: keep the position found so far.
  }
  return position;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSeparator(char: string | undefined): boolean {
  return char === "." || char === "[" || char === "]";
}

function compareSegments(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return a.length - b.length;
}

function finish(
  issues: ValidationIssue[],
  options: ValidateOptions | undefined,
  input: { root: unknown; prefix: string },
): ValidationResult {
  let unique = issues;
  if (issues.length > 1) {
    const seen = new Set<string>();
    unique = issues.filter((issue) => {
      const key = `${issue.property}\u0000${issue.rule}\u0000${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  const adjusted = options?.strict
    ? unique.map((issue) => ({ ...issue, severity: "error" as const }))
    : unique;
  // Only a list of issues needs ordering: a valid message costs nothing.
  if (adjusted.length > 1) {
    const keysOf = new Map<object, string[]>();
    const ranked = adjusted.map((issue) => ({
      issue,
      error: issue.severity === "error",
      position: documentPosition(input.root, input.prefix, issue.property, keysOf),
    }));
    // Errors first, then warnings, never mixed; within each, document order (stable otherwise).
    ranked.sort((a, b) =>
      a.error === b.error ? compareSegments(a.position, b.position) : a.error ? -1 : 1,
    );
    for (let i = 0; i < ranked.length; i++) adjusted[i] = ranked[i]!.issue;
  }
  return { ok: !adjusted.some((issue) => issue.severity === "error"), issues: adjusted };
}

function unreadable(property: string, error: unknown): ValidationIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return { severity: "error", property, message: `could not be read: ${reason}`, rule: "ERR-3" };
}

/** Runs a check that walks raw input; a getter that throws becomes an issue, never a throw. */
function guarded(issues: ValidationIssue[], prefix: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    issues.push(unreadable(prefix, error));
  }
}

function parse(schema: z.ZodType, value: unknown, prefix: string): ValidationIssue[] {
  try {
    return compiledIssues(schema, value, prefix);
  } catch {
    // A reference cycle or a getter that throws: zod's own parse says what to report.
  }
  try {
    const result = schema.safeParse(value, { error: errorMap });
    return result.success ? [] : toIssues(result.error.issues, prefix);
  } catch (error) {
    // zod does not throw on data, but a validator must never throw whatever it is given
    // (a getter that throws, a revoked proxy…): report it as an issue instead.
    return [unreadable(prefix, error)];
  }
}

function messageIssues(message: unknown, prefix: string): ValidationIssue[] {
  const issues = parse(MessageSchema, message, prefix);
  const emit = makeEmitter(issues, prefix);
  guarded(issues, prefix, () => {
    if (isRecord(message) && message.type === "flex") {
      checkFlexContainer(message.contents, ["contents"], emit);
    }
    checkMessageContext(message, [], emit);
  });
  return issues;
}

/** Checks one message object. `property` paths are relative to the message (`contents.body…`). */
export function validateMessage(message: unknown, options?: ValidateOptions): ValidationResult {
  return finish(messageIssues(message, ""), options, { root: message, prefix: "" });
}

/** The checks of a request's `messages` (PUSH-2, MSG-2), with `messages[i]` paths. */
function messagesIssues(messages: unknown): ValidationIssue[] {
  const max = LIMITS.messagesPerRequestMax.value;
  if (!Array.isArray(messages)) {
    return [
      {
        severity: "error",
        property: "messages",
        message:
          messages === undefined
            ? `missing; expected an array of 1 to ${max} messages`
            : `expected an array of 1 to ${max} messages, got ${describeValue(messages)}`,
        rule: LIMITS.messagesPerRequestMax.rule,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  if (messages.length < 1 || messages.length > max) {
    issues.push({
      severity: "error",
      property: "messages",
      message: `expected 1 to ${max} messages, got ${messages.length}`,
      rule: LIMITS.messagesPerRequestMax.rule,
    });
  }
  messages.forEach((message, index) => {
    issues.push(...messageIssues(message, `messages[${index}]`));
    guarded(issues, `messages[${index}]`, () => {
      // MSG-2 / QR-7: only the last message's quick reply is shown.
      if (index < messages.length - 1 && isRecord(message) && message.quickReply !== undefined) {
        issues.push({
          severity: "warning",
          property: `messages[${index}].quickReply`,
          message: `is ignored: only the last message's quickReply is shown (this is message ${index + 1} of ${messages.length})`,
          rule: "MSG-2",
        });
      }
    });
  });
  return issues;
}

/**
 * Checks the messages of one request (1–5, PUSH-2), with paths as LINE reports them:
 * `messages[0].contents…`.
 */
export function validateMessages(messages: unknown, options?: ValidateOptions): ValidationResult {
  return finish(messagesIssues(messages), options, { root: messages, prefix: "messages" });
}

/** PUSH-3: what `to` is, and the rules that depend on it (trackingId, mentions). */
function checkRecipient(body: Record<string, unknown>, issues: ValidationIssue[]): void {
  const { to, messages } = body;
  if (typeof to !== "string") return;
  const emit = makeEmitter(issues, "");
  if (!RECIPIENT_ID.test(to)) {
    // RULES.md PUSH-3: E when an ID has the wrong prefix or length; a LINE ID (@…) or a display
    // name is only warned about, as RULES.md suggests (LINE answers 400 either way).
    const looksLikeName = to.startsWith("@") || /[^\x21-\x7e]|\s/.test(to);
    const sameShape = /^[UCR][0-9A-Za-z]{32}$/.test(to);
    if (looksLikeName) {
      emit(
        "warning",
        ["to"],
        `looks like a LINE ID or display name; push needs the userId, groupId or roomId a webhook delivered (U, C or R + 32 hex), got ${describeValue(to)}`,
        "PUSH-3",
      );
    } else if (sameShape) {
      emit(
        "warning",
        ["to"],
        `has the right prefix and length but is not lowercase hex, got ${describeValue(to)}`,
        "PUSH-3",
      );
    } else {
      emit(
        "error",
        ["to"],
        `expected a userId, groupId or roomId (U, C or R + 32 lowercase hex), got ${describeValue(to)}`,
        "PUSH-3",
      );
    }
  }
  if (!Array.isArray(messages)) return;
  const toGroup = to.startsWith("C") || to.startsWith("R");
  messages.forEach((message, i) => {
    if (!isRecord(message)) return;
    if (toGroup && message.type === "video" && message.trackingId !== undefined) {
      emit(
        "error",
        ["messages", i, "trackingId"],
        "can't be used when sending to a group or room (to starts with C or R)",
        "MSG-VIDEO",
      );
    }
    if (to.startsWith("U") && mentionsSomeone(message)) {
      emit(
        "error",
        ["messages", i, "substitution"],
        "mentions work only in a group or room the bot is in, but to is a user (starts with U)",
        "MSG-TEXTV2",
      );
    }
  });
}

/**
 * PUSH-2: a list of user IDs in `to` is a multicast body (`POST /v2/bot/message/multicast`);
 * the type error alone ("got an array") does not say that push takes one recipient.
 * https://developers.line.biz/en/reference/messaging-api/#send-multicast-message
 */
function explainMulticast(issues: ValidationIssue[]): void {
  const index = issues.findIndex((issue) => issue.property === "to" && issue.rule === "PUSH-2");
  const issue = issues[index];
  if (issue === undefined) return;
  issues[index] = {
    ...issue,
    message: `${issue.message}; a push goes to one recipient; a list of IDs is a multicast request (POST /v2/bot/message/multicast), which flexkit does not send: send to one userId, groupId or roomId`,
  };
}

/**
 * Checks a whole push request body (`to`, 1–5 `messages`, `notificationDisabled`,
 * `customAggregationUnits`) and the rules that depend on the recipient, with LINE's paths.
 */
export function validatePushRequest(body: unknown, options?: ValidateOptions): ValidationResult {
  const issues = parse(PushRequestSchema, body, "").filter(
    // `messages` gets its own, more precise checks below.
    (issue) => !(issue.property === "messages" && issue.rule === "PUSH-2"),
  );
  guarded(issues, "", () => {
    if (!isRecord(body)) return;
    if (Array.isArray(body.to)) explainMulticast(issues);
    issues.push(...messagesIssues(body.messages));
    checkRecipient(body, issues);
    const bytes = utf8Length(JSON.stringify(body) ?? "");
    if (bytes > LIMITS.requestBytesMax.value) {
      issues.push({
        severity: "error",
        property: "",
        message: `expected a request body of at most ${LIMITS.requestBytesMax.value} bytes (2 MB), got ${bytes}; LINE answers 413`,
        rule: LIMITS.requestBytesMax.rule,
      });
    }
  });
  return finish(issues, options, { root: body, prefix: "" });
}

/** Checks a bare bubble or carousel, as the Flex Message Simulator and LINE's SDK samples hold them. */
export function validateFlexContainer(
  container: unknown,
  options?: ValidateOptions,
): ValidationResult {
  const issues = parse(FlexContainerSchema, container, "");
  const emit = makeEmitter(issues, "");
  guarded(issues, "", () => {
    checkFlexContainer(container, [], emit);
    checkContainerActions(container, [], emit);
  });
  return finish(issues, options, { root: container, prefix: "" });
}

/** Throws a `MessageValidationError` carrying every issue when the message has errors. */
export function assertMessage(message: unknown, options?: ValidateOptions): void {
  const result = validateMessage(message, options);
  if (!result.ok) throw new MessageValidationError(result.issues);
}

/**
 * RM-1: `richMenuId` is what LINE answers about a menu (the rich menu response object), never
 * part of what is sent. A menu copied from `GET /v2/bot/richmenu/{richMenuId}` has it, so say so.
 */
function explainRichMenuKeys(issues: ValidationIssue[], prefix: string): void {
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    if (issue.rule !== UNKNOWN_PROPERTY_RULE || issue.message !== "unknown property") continue;
    const key = prefix === "" ? issue.property : issue.property.slice(prefix.length + 1);
    if (!issue.property.startsWith(prefix) || /[.[]/.test(key)) continue;
    issues[i] = {
      ...issue,
      message:
        key === "richMenuId"
          ? "unknown property: richMenuId is in LINE's answers (the rich menu response object), not in the object you create; leave it out"
          : "unknown property: a rich menu has only size, selected, name, chatBarText and areas",
      rule: "RM-1",
    };
  }
}

function richMenuIssues(menu: unknown, prefix: string): ValidationIssue[] {
  const issues = parse(RichMenuSchema, menu, prefix);
  explainRichMenuKeys(issues, prefix);
  const emit = makeEmitter(issues, prefix);
  guarded(issues, prefix, () => {
    checkRichMenu(menu, [], emit);
  });
  return issues;
}

/**
 * Checks one rich menu object (RULES.md §15.1: RM-1..RM-8), as sent to `POST /v2/bot/richmenu`,
 * with paths such as `areas[3].bounds.width`. A `richmenuswitch` is at home here. The image is
 * checked apart, from its bytes (checkRichMenuImage).
 */
export function validateRichMenu(menu: unknown, options?: ValidateOptions): ValidationResult {
  return finish(richMenuIssues(menu, ""), options, { root: menu, prefix: "" });
}

export interface RichMenuSetOptions extends ValidateOptions {
  /** Aliases that already exist on the channel, so a switch to one of them is not warned about. */
  knownAliases?: ReadonlyArray<string>;
}

/**
 * Checks menus that are deployed together, keyed by alias ID (`{ main: {…}, "tab-2": {…} }`):
 * each menu as validateRichMenu does (paths start with the alias: `main.areas[0]…`), the alias
 * IDs (RM-ALIAS-1), and every switch to an alias outside the set (RM-9, W).
 */
export function validateRichMenuSet(set: unknown, options?: RichMenuSetOptions): ValidationResult {
  const issues: ValidationIssue[] = [];
  guarded(issues, "", () => {
    if (!isRecord(set)) {
      issues.push({
        severity: "error",
        property: "",
        message: `expected an object of rich menus keyed by alias ID, got ${describeValue(set)}`,
        rule: "RM-ALIAS-1",
      });
      return;
    }
    const aliases = Object.keys(set);
    if (aliases.length === 0) {
      issues.push({
        severity: "error",
        property: "",
        message: "expected at least one rich menu, keyed by its alias ID",
        rule: "RM-ALIAS-1",
      });
    }
    guarded(issues, "", () => {
      const known = new Set(options?.knownAliases ?? []);
      checkRichMenuSet(set, aliases, known, makeEmitter(issues, ""));
    });
    // Each menu on its own: one that can't be read leaves the others checked.
    for (const alias of aliases) {
      const prefix = formatPath([alias]);
      guarded(issues, prefix, () => {
        issues.push(...richMenuIssues(set[alias], prefix));
      });
    }
  });
  return finish(issues, options, { root: set, prefix: "" });
}
