import { checkContainerActions } from "./checks/flex-actions.js";
import { checkMessageContext } from "./checks/message.js";
import { mentionsSomeone } from "./checks/text.js";
import { collectIssues } from "./compile.js";
import { checkFlexContainer } from "./flex-tree.js";
import { RECIPIENT_ID } from "./ids.js";
import {
  describeValue,
  type IssueSink,
  issueAt,
  MessageValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./issue.js";
import { utf8Length } from "./length.js";
import { BOUNDS, LIMITS } from "./limits.js";
import type { PathStep } from "./path.js";
import { checkRichMenu, checkRichMenuSet } from "./rich-menu.js";
import { UNKNOWN_PROPERTY_RULE } from "./rules.js";
import { FlexContainerSchema } from "./schemas/flex.js";
import { type Message, MessageSchema } from "./schemas/message.js";
import { PushRequestSchema } from "./schemas/push.js";
import { RichMenuSchema } from "./schemas/rich-menu.js";
import { reasonOf, snapshot } from "./snapshot.js";
import { type Emit, isRecord, jsonOf, makeEmitter, type Path } from "./walk.js";

/**
 * Where an issue sits in document order (JSON key order): the index of each key of its path among
 * its siblings, so that issues read top to bottom as in an editor. A missing property gets -1:
 * it sorts right after its parent, before the parent's own children. The first `skip` steps name
 * the value checked itself. `keysOf` remembers each object's keys for the issues of one result,
 * which often share their ancestors.
 */
function documentPosition(
  root: unknown,
  skip: number,
  path: ReadonlyArray<PathStep>,
  keysOf: Map<object, string[]>,
): number[] {
  const position: number[] = [];
  let node = root;
  for (let i = skip; i < path.length; i++) {
    const step = path[i]!;
    if (typeof step === "number") {
      position.push(step);
      node = Array.isArray(node) ? node[step] : undefined;
      continue;
    }
    if (!isRecord(node)) break;
    let keys = keysOf.get(node);
    if (keys === undefined) {
      keys = Object.keys(node);
      keysOf.set(node, keys);
    }
    const at = keys.indexOf(step);
    position.push(at);
    if (at === -1) break;
    node = node[step];
  }
  return position;
}

function compareSegments(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return a.length - b.length;
}

/** Thrown by a full `IssueList` to end the walk; `validateAt` catches it. */
const FULL = Symbol("the issue list is full");

/**
 * The issues of one call, each once (several checks may find the same one), at most
 * BOUNDS.issuesMax of them: one more ends the walk by throwing FULL, so that a body of 60,000
 * invalid texts costs 100 issues' work. The walks push as they go and hold nothing to undo.
 */
class IssueList implements IssueSink {
  readonly items: ValidationIssue[] = [];
  /** Set when an issue was left out: the rest of the value was not checked. */
  full = false;
  private readonly seen = new Set<string>();

  push(...issues: ValidationIssue[]): void {
    for (const issue of issues) {
      const key = `${issue.property}\u0000${issue.rule}\u0000${issue.message}`;
      if (this.seen.has(key)) continue;
      if (this.items.length === BOUNDS.issuesMax) {
        this.full = true;
        throw FULL;
      }
      this.seen.add(key);
      this.items.push(issue);
    }
  }
}

function finish(
  list: IssueList,
  strict: boolean,
  input: { root: unknown; prefix: Path },
): ValidationResult {
  const adjusted = strict
    ? list.items.map((issue) => ({ ...issue, severity: "error" as const }))
    : list.items;
  // Only a list of issues needs ordering: a valid message costs nothing.
  if (adjusted.length > 1) {
    const keysOf = new Map<object, string[]>();
    const ranked = adjusted.map((issue) => ({
      issue,
      error: issue.severity === "error",
      position: documentPosition(input.root, input.prefix.length, issue.path, keysOf),
    }));
    // Errors first, then warnings, never mixed; within each, document order (stable otherwise).
    ranked.sort((a, b) =>
      a.error === b.error ? compareSegments(a.position, b.position) : a.error ? -1 : 1,
    );
    for (let i = 0; i < ranked.length; i++) adjusted[i] = ranked[i]!.issue;
  }
  if (list.full) {
    // An error even after warnings only: what was not checked may hold one. It is the last
    // error, so that the list still reads errors first, then warnings.
    const lastError = adjusted.findLastIndex((issue) => issue.severity === "error");
    adjusted.splice(
      lastError + 1,
      0,
      issueAt(
        "error",
        input.prefix,
        `validation stopped after ${BOUNDS.issuesMax} issues; the rest was not checked: fix these and validate again`,
        "ERR-1",
      ),
    );
  }
  return { ok: !adjusted.some((issue) => issue.severity === "error"), issues: adjusted };
}

/**
 * The boundary of every validator: what the caller gave (the value and the options) is read once,
 * by `snapshot`, and the checks run on that plain copy, which cannot throw when read. A value
 * that cannot be read, or holds a cycle, or nests or weighs too much, is answered with the one
 * issue that says where. `prefix` is the path of the value itself in the issues.
 */
function validateAt(
  prefix: Path,
  input: unknown,
  options: unknown,
  check: (value: unknown, issues: IssueList) => void,
): ValidationResult {
  const list = new IssueList();
  try {
    const read = snapshot(input, prefix);
    if (!read.ok) return { ok: false, issues: [read.issue] };
    const settings = snapshot(options, ["options"]);
    if (!settings.ok) return { ok: false, issues: [settings.issue] };
    const strict = isRecord(settings.value) && Boolean(settings.value.strict);
    try {
      check(read.value, list);
    } catch (error) {
      if (error !== FULL) throw error;
    }
    return finish(list, strict, { root: read.value, prefix });
  } catch (error) {
    // Nothing the checks do on a snapshot throws; should a bug make one, the caller still gets
    // a result, with what was found so far.
    const failure = issueAt("error", prefix, `could not be checked: ${reasonOf(error)}`, "ERR-3");
    const errors = list.items.filter((issue) => issue.severity === "error");
    const warnings = list.items.filter((issue) => issue.severity !== "error");
    return { ok: false, issues: [failure, ...errors, ...warnings] };
  }
}

function messageIssues(message: unknown, prefix: Path, issues: IssueSink): void {
  collectIssues(MessageSchema, message, prefix, issues);
  const emit = makeEmitter(issues, prefix);
  if (isRecord(message) && message.type === "flex") {
    checkFlexContainer(message.contents, ["contents"], emit);
  }
  checkMessageContext(message, [], emit);
}

/** Checks one message object. `property` paths are relative to the message (`contents.body…`). */
export function validateMessage(message: unknown, options?: ValidateOptions): ValidationResult {
  return validateAt([], message, options, (value, issues) => messageIssues(value, [], issues));
}

/** The checks of a request's `messages` (PUSH-2, MSG-2), with `messages[i]` paths. */
function messagesIssues(messages: unknown, issues: IssueSink): void {
  const max = LIMITS.messagesPerRequestMax.value;
  if (!Array.isArray(messages)) {
    issues.push(
      issueAt(
        "error",
        ["messages"],
        messages === undefined
          ? `missing; expected an array of 1 to ${max} messages`
          : `expected an array of 1 to ${max} messages, got ${describeValue(messages)}`,
        LIMITS.messagesPerRequestMax.rule,
      ),
    );
    return;
  }
  if (messages.length < 1 || messages.length > max) {
    issues.push(
      issueAt(
        "error",
        ["messages"],
        `expected 1 to ${max} messages, got ${messages.length}`,
        LIMITS.messagesPerRequestMax.rule,
      ),
    );
  }
  messages.forEach((message, index) => {
    messageIssues(message, ["messages", index], issues);
    // MSG-2 / QR-7: only the last message's quick reply is shown.
    if (index < messages.length - 1 && isRecord(message) && message.quickReply !== undefined) {
      issues.push(
        issueAt(
          "warning",
          ["messages", index, "quickReply"],
          `is ignored: only the last message's quickReply is shown (this is message ${index + 1} of ${messages.length})`,
          "MSG-2",
        ),
      );
    }
  });
}

/**
 * Checks the messages of one request (1–5, PUSH-2), with paths as LINE reports them:
 * `messages[0].contents…`.
 */
export function validateMessages(messages: unknown, options?: ValidateOptions): ValidationResult {
  return validateAt(["messages"], messages, options, (value, issues) =>
    messagesIssues(value, issues),
  );
}

/** PUSH-3: what `to` is. */
function checkRecipient(to: string, emit: Emit): void {
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
}

/** The rules that depend on the recipient (trackingId, mentions). */
function checkForRecipient(to: string, messages: unknown, emit: Emit): void {
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
  return validateAt([], body, options, (value, issues) => pushRequestIssues(value, issues));
}

function pushRequestIssues(body: unknown, issues: IssueList): void {
  collectIssues(PushRequestSchema, body, [], {
    push: (...found: ValidationIssue[]) => {
      // `messages` gets its own, more precise checks below.
      for (const issue of found) {
        if (!(issue.property === "messages" && issue.rule === "PUSH-2")) issues.push(issue);
      }
    },
  });
  if (!isRecord(body)) return;
  if (Array.isArray(body.to)) explainMulticast(issues.items);
  // The request's own checks come before its messages', which may fill the list.
  const json = jsonOf(body);
  const bytes = json === undefined ? 0 : utf8Length(json);
  if (bytes > LIMITS.requestBytesMax.value) {
    issues.push(
      issueAt(
        "error",
        [],
        `expected a request body of at most ${LIMITS.requestBytesMax.value} bytes (2 MB), got ${bytes}; LINE answers 413`,
        LIMITS.requestBytesMax.rule,
      ),
    );
  }
  const emit = makeEmitter(issues, []);
  if (typeof body.to === "string") checkRecipient(body.to, emit);
  messagesIssues(body.messages, issues);
  if (typeof body.to === "string") checkForRecipient(body.to, body.messages, emit);
}

/** Checks a bare bubble or carousel, as the Flex Message Simulator and LINE's SDK samples hold them. */
export function validateFlexContainer(
  container: unknown,
  options?: ValidateOptions,
): ValidationResult {
  return validateAt([], container, options, (value, issues) => {
    collectIssues(FlexContainerSchema, value, [], issues);
    const emit = makeEmitter(issues, []);
    checkFlexContainer(value, [], emit);
    checkContainerActions(value, [], emit);
  });
}

/**
 * Throws a `MessageValidationError` carrying every issue when the message has errors; when it
 * returns, TypeScript knows the value is a `Message` (what `render()` gives for JSX is `unknown`).
 */
export function assertMessage(
  message: unknown,
  options?: ValidateOptions,
): asserts message is Message {
  const result = validateMessage(message, options);
  if (!result.ok) throw new MessageValidationError(result.issues);
}

/**
 * RM-1: `richMenuId` is what LINE answers about a menu (the rich menu response object), never
 * part of what is sent. A menu copied from `GET /v2/bot/richmenu/{richMenuId}` has it, so say so.
 * Only the issues from `start` on are the menu's.
 */
function explainRichMenuKeys(issues: ValidationIssue[], prefix: Path, start: number): void {
  for (let i = start; i < issues.length; i++) {
    const issue = issues[i]!;
    if (issue.rule !== UNKNOWN_PROPERTY_RULE || issue.message !== "unknown property") continue;
    // Only the menu's own keys: the path is the prefix and one key.
    if (issue.path.length !== prefix.length + 1) continue;
    if (prefix.some((step, at) => issue.path[at] !== step)) continue;
    const key = issue.path[prefix.length];
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

function richMenuIssues(menu: unknown, prefix: Path, issues: IssueList): void {
  const start = issues.items.length;
  try {
    collectIssues(RichMenuSchema, menu, prefix, issues);
  } finally {
    // Also when the list filled up: what it holds is explained either way.
    explainRichMenuKeys(issues.items, prefix, start);
  }
  checkRichMenu(menu, [], makeEmitter(issues, prefix));
}

/**
 * Checks one rich menu object (RULES.md §15.1: RM-1..RM-8), as sent to `POST /v2/bot/richmenu`,
 * with paths such as `areas[3].bounds.width`. A `richmenuswitch` is at home here. The image is
 * checked apart, from its bytes (checkRichMenuImage).
 */
export function validateRichMenu(menu: unknown, options?: ValidateOptions): ValidationResult {
  return validateAt([], menu, options, (value, issues) => richMenuIssues(value, [], issues));
}

export interface RichMenuSetOptions extends ValidateOptions {
  /** Aliases that already exist on the channel, so a switch to one of them is not warned about. */
  knownAliases?: ReadonlyArray<string>;
}

/**
 * The menus of a set, each read on its own (snapshot), so that one menu that cannot be read is
 * one issue at its alias and the others are still checked. Reading the set itself (its keys, a
 * getter) is guarded the same way.
 */
function readMenus(set: unknown): {
  menus: Record<string, unknown>;
  unread: ValidationIssue[];
  unreadAliases: Set<string>;
} {
  // Every alias keeps its place (document order for the issues); an unread menu is undefined.
  const menus: Record<string, unknown> = {};
  const unread: ValidationIssue[] = [];
  const unreadAliases = new Set<string>();
  let aliases: string[];
  try {
    aliases = Object.keys(set as object);
  } catch (error) {
    unread.push(
      issueAt("error", [], `could not be read: ${reasonOf(error)}; expected plain data`, "ERR-3"),
    );
    return { menus, unread, unreadAliases };
  }
  for (const alias of aliases) {
    const prefix = [alias];
    let menu: unknown;
    try {
      menu = (set as Record<string, unknown>)[alias];
    } catch (error) {
      menus[alias] = undefined;
      unreadAliases.add(alias);
      unread.push(
        issueAt(
          "error",
          prefix,
          `could not be read: ${reasonOf(error)}; expected plain data`,
          "ERR-3",
        ),
      );
      continue;
    }
    const read = snapshot(menu, prefix);
    menus[alias] = read.ok ? read.value : undefined;
    if (!read.ok) {
      unreadAliases.add(alias);
      unread.push(read.issue);
    }
  }
  return { menus, unread, unreadAliases };
}

/**
 * Checks menus that are deployed together, keyed by alias ID (`{ main: {…}, "tab-2": {…} }`):
 * each menu as validateRichMenu does (paths start with the alias: `main.areas[0]…`), the alias
 * IDs (RM-ALIAS-1), and every switch to an alias outside the set (RM-9, W).
 */
export function validateRichMenuSet(set: unknown, options?: RichMenuSetOptions): ValidationResult {
  let isSet = false;
  try {
    isSet = typeof set === "object" && set !== null && !Array.isArray(set);
  } catch {
    // A revoked Proxy: validateAt reads it again and says so at its place.
  }
  const { menus, unread, unreadAliases } = isSet
    ? readMenus(set)
    : { menus: {}, unread: [], unreadAliases: new Set<string>() };
  const settings = snapshot(options, ["options"]);
  const knownAliases =
    settings.ok && isRecord(settings.value) && Array.isArray(settings.value.knownAliases)
      ? settings.value.knownAliases.filter((alias): alias is string => typeof alias === "string")
      : [];
  return validateAt([], isSet ? menus : set, options, (value, issues) => {
    issues.push(...unread);
    if (!isRecord(value)) {
      issues.push(
        issueAt(
          "error",
          [],
          `expected an object of rich menus keyed by alias ID, got ${describeValue(value)}`,
          "RM-ALIAS-1",
        ),
      );
      return;
    }
    const aliases = Object.keys(value);
    if (aliases.length === 0 && unread.length === 0) {
      issues.push(
        issueAt(
          "error",
          [],
          "expected at least one rich menu, keyed by its alias ID",
          "RM-ALIAS-1",
        ),
      );
    }
    checkRichMenuSet(value, aliases, new Set(knownAliases), makeEmitter(issues, []));
    for (const alias of aliases) {
      if (!unreadAliases.has(alias)) richMenuIssues(value[alias], [alias], issues);
    }
  });
}
