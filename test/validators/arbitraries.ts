import fc from "fast-check";

/**
 * fast-check generators of LINE messages: mostly well-formed (so that deep rules are reached),
 * with every field sometimes replaced by an arbitrary JSON value, required fields sometimes
 * missing and unknown keys sometimes added. They know the shapes from the OpenAPI spec, not the
 * limits: lengths and numbers are drawn from a pool around typical limits.
 */

type Arb = fc.Arbitrary<unknown>;

const json: Arb = fc.jsonValue({ maxDepth: 2 });

/** Mostly `valid`, sometimes any JSON value. */
const field = (valid: Arb): Arb =>
  fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: json });

const text: Arb = fc.oneof(
  fc.constantFrom("hi", "", "Hello, world", "👨‍👩‍👧‍👦", "{name}", "$ hi", "a\nb", "a".repeat(301)),
  fc.string({ maxLength: 12 }),
  // Lengths at and around LINE's limits (20, 40, 60, 100, 160, 300, 1000, 1500, 5000…).
  fc
    .constantFrom(
      12,
      13,
      20,
      21,
      30,
      31,
      40,
      41,
      100,
      101,
      160,
      161,
      240,
      1000,
      1001,
      1500,
      1501,
      5000,
      5001,
    )
    .map((n) => "a".repeat(n)),
);
const url: Arb = fc.oneof(
  fc.constantFrom(
    "https://example.com/a.png",
    "https://example.com/map",
    "http://example.com/a.png",
    "https://example.com/猫.png",
    "line://nv/profile",
    "tel:0312345678",
    "https://",
    "not a url",
    "https://example.com/a|b",
    "https://example.com/100%",
    "https://example.com/a b",
    "",
  ),
  fc.webUrl(),
  fc.constantFrom(980, 981, 1980, 1981).map((n) => `https://example.com/${"a".repeat(n)}`),
);
const color: Arb = fc.constantFrom("#FFFFFF", "#00000080", "#fff", "red", "#12345G");
const size: Arb = fc.constantFrom(
  "xs",
  "md",
  "5xl",
  "full",
  "12px",
  "-3px",
  "50%",
  "huge",
  "1.5px",
);
const int: Arb = fc.oneof(fc.integer({ min: -5, max: 1100 }), fc.constantFrom(0.5, 1040, 2 ** 31));
const bool: Arb = fc.boolean();

/** An object with these required and optional keys, sometimes mutated. */
function object(required: Record<string, Arb>, optional: Record<string, Arb> = {}): Arb {
  const base = fc.record({ ...required, ...optional }, { requiredKeys: Object.keys(required) });
  return fc
    .tuple(
      base,
      fc.oneof(
        { weight: 6, arbitrary: fc.constant<"keep">("keep") },
        { weight: 1, arbitrary: fc.constant<"drop">("drop") },
        { weight: 1, arbitrary: fc.constant<"extra">("extra") },
      ),
      fc.nat(),
    )
    .map(([value, mutation, n]) => {
      const record = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(record).filter((key) => key !== "type");
      if (mutation === "drop" && keys.length > 0) delete record[keys[n % keys.length]!];
      if (mutation === "extra") record.unknownProperty = n;
      return record;
    });
}

const typed = (type: string, required: Record<string, Arb>, optional: Record<string, Arb> = {}) =>
  object({ type: fc.constant(type), ...required }, optional);

export const action: Arb = fc.oneof(
  typed(
    "postback",
    { data: field(text) },
    {
      label: field(text),
      displayText: field(text),
      text: field(text),
      inputOption: field(fc.constantFrom("openKeyboard", "openVoice", "bogus")),
      fillInText: field(text),
    },
  ),
  typed("message", { text: field(text) }, { label: field(text) }),
  typed(
    "uri",
    { uri: field(url) },
    { label: field(text), altUri: object({ desktop: field(url) }) },
  ),
  typed(
    "datetimepicker",
    { data: field(text), mode: field(fc.constantFrom("date", "time", "datetime", "week")) },
    {
      label: field(text),
      initial: field(
        fc.constantFrom("2026-01-01", "12:00", "2026-01-01T12:00", "1899-12-31", "2026-02-30"),
      ),
      min: field(fc.constantFrom("2026-01-01", "00:00", "2026-01-01t00:00")),
      max: field(fc.constantFrom("2025-01-01", "23:59", "2100-12-31T23:59")),
    },
  ),
  typed("clipboard", { clipboardText: field(text) }, { label: field(text) }),
  typed("camera", { label: field(text) }),
  typed("cameraRoll", { label: field(text) }),
  typed("location", { label: field(text) }),
  typed(
    "richmenuswitch",
    { richMenuAliasId: field(text), data: field(text) },
    { label: field(text) },
  ),
);

const offsets = {
  position: field(fc.constantFrom("relative", "absolute")),
  offsetTop: field(size),
  offsetBottom: field(size),
  offsetStart: field(size),
  offsetEnd: field(size),
};

/** Flex components nested at most `depth` boxes deep. */
function component(depth: number): Arb {
  const leaves: Arb[] = [
    typed(
      "text",
      {},
      {
        text: field(text),
        contents: fc.array(
          typed(
            "span",
            {},
            {
              text: field(text),
              size: field(size),
              decoration: field(fc.constantFrom("none", "underline")),
            },
          ),
          { maxLength: 3 },
        ),
        size: field(size),
        color: field(color),
        wrap: field(bool),
        maxLines: field(int),
        flex: field(int),
        margin: field(size),
        gravity: field(fc.constantFrom("top", "center")),
        action: field(action),
        ...offsets,
      },
    ),
    typed(
      "button",
      { action: field(action) },
      {
        style: field(fc.constantFrom("primary", "link", "fancy")),
        height: field(fc.constantFrom("sm", "md", "lg")),
        flex: field(int),
        ...offsets,
      },
    ),
    typed(
      "image",
      { url: field(url) },
      {
        size: field(size),
        aspectRatio: field(fc.constantFrom("1:1", "20:13", "1:4", "1.51:1", "0:1", "wide")),
        aspectMode: field(fc.constantFrom("fit", "cover")),
        animated: field(bool),
        action: field(action),
        ...offsets,
      },
    ),
    typed(
      "icon",
      { url: field(url) },
      { size: field(size), aspectRatio: field(fc.constantFrom("1:1", "2:1")), ...offsets },
    ),
    typed("separator", {}, { margin: field(size), color: field(color) }),
    typed("filler", {}, { flex: field(int) }),
    typed("spacer", {}, { size: field(size) }),
  ];
  if (depth <= 0) return fc.oneof(...leaves);
  return fc.oneof(
    ...leaves,
    box(depth - 1),
    typed(
      "video",
      { url: field(url), previewUrl: field(url), altContent: box(0) },
      { aspectRatio: field(fc.constantFrom("16:9")), action: field(action) },
    ),
  );
}

function box(depth: number): Arb {
  return typed(
    "box",
    {
      layout: field(fc.constantFrom("horizontal", "vertical", "baseline", "diagonal")),
      contents: fc.array(component(depth), { maxLength: 3 }),
    },
    {
      spacing: field(size),
      paddingAll: field(size),
      backgroundColor: field(color),
      justifyContent: field(fc.constantFrom("center", "space-between")),
      width: field(size),
      maxWidth: field(size),
      cornerRadius: field(size),
      action: field(action),
      background: typed("linearGradient", {
        angle: field(fc.constantFrom("90deg", "360deg", "0deg")),
        startColor: field(color),
        endColor: field(color),
      }),
      ...offsets,
    },
  );
}

const bubble: Arb = typed(
  "bubble",
  {},
  {
    size: field(fc.constantFrom("nano", "kilo", "mega", "deca", "huge")),
    direction: field(fc.constantFrom("ltr", "rtl")),
    header: box(1),
    hero: component(1),
    body: box(2),
    footer: box(1),
    styles: object(
      {},
      { body: object({}, { separator: field(bool), backgroundColor: field(color) }) },
    ),
    action: field(action),
  },
);

export const flexContainer: Arb = fc.oneof(
  bubble,
  typed("carousel", { contents: fc.array(bubble, { maxLength: 3 }) }),
);

const quickReply = object({
  items: fc.array(
    object({ type: field(fc.constant("action")), action: field(action) }, { imageUrl: field(url) }),
    { maxLength: 4 },
  ),
});
const common = { quickReply, sender: object({}, { name: field(text), iconUrl: field(url) }) };

const area = object({ x: field(int), y: field(int), width: field(int), height: field(int) });

/** Rich menu numbers: the pool above plus values at LINE's size limits (RULES.md RM-2). */
const menuInt: Arb = fc.oneof(int, fc.constantFrom(249, 250, 799, 800, 843, 1686, 2500, 2501));
const aliasId: Arb = fc.constantFrom("menu-b", "tab_2", "Menu-B", "", "a".repeat(33));

/** Rich menu objects (RULES.md §15.1), with actions of every type, richmenuswitch included. */
export const richMenu: Arb = object({
  size: field(object({ width: field(menuInt), height: field(menuInt) })),
  selected: field(bool),
  name: field(text),
  chatBarText: field(text),
  areas: field(
    fc.array(
      object({
        bounds: field(
          object({
            x: field(menuInt),
            y: field(menuInt),
            width: field(menuInt),
            height: field(menuInt),
          }),
        ),
        action: field(
          fc.oneof(
            action,
            typed("richmenuswitch", { richMenuAliasId: field(aliasId), data: field(text) }),
          ),
        ),
      }),
      { maxLength: 4 },
    ),
  ),
});

const templateColumn = object(
  { text: field(text), actions: fc.array(action, { maxLength: 4 }) },
  { thumbnailImageUrl: field(url), title: field(text), defaultAction: field(action) },
);

export const message: Arb = fc.oneof(
  typed(
    "text",
    { text: field(text) },
    {
      emojis: fc.array(
        object({ index: field(int), productId: field(text), emojiId: field(text) }),
        { maxLength: 2 },
      ),
      quoteToken: field(text),
      ...common,
    },
  ),
  typed(
    "textV2",
    { text: field(text) },
    {
      substitution: fc.dictionary(
        fc.constantFrom("name", "all", "bad-key"),
        fc.oneof(
          typed("mention", {
            mentionee: fc.oneof(typed("user", { userId: field(text) }), typed("all", {})),
          }),
          typed("emoji", { productId: field(text), emojiId: field(text) }),
        ),
        { maxKeys: 2 },
      ),
      ...common,
    },
  ),
  typed("sticker", { packageId: field(text), stickerId: field(text) }, common),
  typed("image", { originalContentUrl: field(url), previewImageUrl: field(url) }, common),
  typed(
    "video",
    { originalContentUrl: field(url), previewImageUrl: field(url) },
    { trackingId: field(text), ...common },
  ),
  typed("audio", { originalContentUrl: field(url), duration: field(int) }, common),
  typed(
    "location",
    {
      title: field(text),
      address: field(text),
      latitude: field(fc.double({ noNaN: true, min: -200, max: 200 })),
      longitude: field(fc.double({ noNaN: true, min: -200, max: 200 })),
    },
    common,
  ),
  typed("coupon", { couponId: field(text) }, { deliveryTag: field(text), ...common }),
  typed(
    "imagemap",
    {
      baseUrl: field(url),
      altText: field(text),
      baseSize: object({ width: field(int), height: field(int) }),
      actions: fc.array(
        fc.oneof(
          typed("uri", { linkUri: field(url), area }, { label: field(text) }),
          typed("message", { text: field(text), area }, { label: field(text) }),
          typed("clipboard", { clipboardText: field(text), area }),
        ),
        { maxLength: 3 },
      ),
    },
    {
      video: object(
        { originalContentUrl: field(url), previewImageUrl: field(url), area },
        { externalLink: object({ linkUri: field(url), label: field(text) }) },
      ),
      ...common,
    },
  ),
  typed(
    "template",
    {
      altText: field(text),
      template: fc.oneof(
        typed(
          "buttons",
          { text: field(text), actions: fc.array(action, { maxLength: 5 }) },
          {
            title: field(text),
            thumbnailImageUrl: field(url),
            imageAspectRatio: field(fc.constantFrom("rectangle", "square", "wide")),
            defaultAction: field(action),
          },
        ),
        typed("confirm", { text: field(text), actions: fc.array(action, { maxLength: 3 }) }),
        typed(
          "carousel",
          { columns: fc.array(templateColumn, { maxLength: 3 }) },
          { imageSize: field(fc.constantFrom("cover", "contain", "big")) },
        ),
        typed("image_carousel", {
          columns: fc.array(object({ imageUrl: field(url), action: field(action) }), {
            maxLength: 3,
          }),
        }),
      ),
    },
    common,
  ),
  typed("flex", { altText: field(text), contents: field(flexContainer) }, common),
  typed("richmessage", {}),
);

// ---------------------------------------------------------------------------------------------
// Hostile values: what a JavaScript caller can pass that JSON never holds.

/** The Proxy traps a validator's reads can reach. */
const TRAPS = ["get", "has", "ownKeys", "getPrototypeOf", "getOwnPropertyDescriptor"] as const;

/** Well past any message, and past where a recursive walk overflows the stack. */
export const DEEP = 10_000;

/** A 1.5 MB push body holds this many invalid texts (issue 15). */
export const MANY = 60_000;

/** One way of making a value unreadable, or too big, deep or cyclic to write as JSON. */
type Hazard =
  | { kind: "trap"; trap: (typeof TRAPS)[number] }
  | { kind: "revoked" }
  | { kind: "getter"; flaky: boolean }
  | { kind: "cycle"; up: number }
  | { kind: "deep"; shape: "box" | "array" | "object" }
  | { kind: "many"; count: number }
  | { kind: "sparse" };

const hazard: fc.Arbitrary<Hazard> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(...TRAPS).map((trap) => ({ kind: "trap", trap }) as const),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "revoked" } as const) },
  { weight: 4, arbitrary: fc.boolean().map((flaky) => ({ kind: "getter", flaky }) as const) },
  { weight: 3, arbitrary: fc.nat(4).map((up) => ({ kind: "cycle", up }) as const) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("box", "array", "object")
      .map((shape) => ({ kind: "deep", shape }) as const),
  },
  {
    weight: 1,
    // 10 to 280 texts, and one time in 20 MANY (not a nested fc.oneof, which fast-check
    // biases towards its first option). Rare: each costs a copy of it, 6 times over.
    arbitrary: fc
      .nat(19)
      .map((n) => ({ kind: "many", count: n === 19 ? MANY : 10 + n * 15 }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "sparse" } as const) },
);

function fail(what: string): never {
  throw new Error(`hostile ${what}`);
}

const nestedShapes = new Map<string, unknown>();

/** One of each shape, built once: no hazard is put inside it, so runs can share it. */
function nested(shape: "box" | "array" | "object"): unknown {
  const built = nestedShapes.get(shape);
  if (built !== undefined) return built;
  let value: unknown = { type: "text", text: "" };
  for (let i = 0; i < DEEP; i++) {
    if (shape === "box") value = { type: "box", layout: "vertical", contents: [value] };
    else if (shape === "array") value = [value];
    else value = { contents: value };
  }
  nestedShapes.set(shape, value);
  return value;
}

/** `node` made hostile; `ancestors` are the objects above it, nearest last. */
function applyHazard(node: object, ancestors: object[], h: Hazard): unknown {
  switch (h.kind) {
    case "trap": {
      const handler: ProxyHandler<object> = { [h.trap]: () => fail(`${h.trap} trap`) };
      return new Proxy(node, handler);
    }
    case "revoked": {
      const { proxy, revoke } = Proxy.revocable(node, {});
      revoke();
      return proxy;
    }
    case "getter": {
      const key = Array.isArray(node) ? 0 : (Object.keys(node)[0] ?? "type");
      let reads = 0;
      Object.defineProperty(node, key, {
        enumerable: true,
        configurable: true,
        // A flaky getter answers once, then throws: a second read of the input meets the throw.
        get: () => (h.flaky && reads++ === 0 ? "text" : fail("getter")),
      });
      return node;
    }
    case "cycle": {
      const target = ancestors[ancestors.length - 1 - h.up] ?? node;
      if (Array.isArray(node)) node.push(target);
      // defineProperty: "contents" may already be a getter put there by another hazard.
      else {
        Object.defineProperty(node, "contents", {
          value: target,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return node;
    }
    case "deep":
      return nested(h.shape);
    case "many":
      return Array.from({ length: h.count }, () => ({ type: "text", text: "" }));
    case "sparse": {
      // The longest array there is, with one invalid text at each end.
      const sparse: unknown[] = [];
      sparse.length = 2 ** 32 - 1;
      sparse[0] = { type: "text", text: "" };
      sparse[sparse.length - 1] = { type: "text", text: "" };
      return sparse;
    }
  }
}

interface Place {
  node: object;
  /** The objects above `node`, nearest last. */
  ancestors: object[];
  /** Puts a value where `node` is. */
  put: (value: unknown) => void;
}

/** Every object and array in `root` (itself first), read while it is still plain JSON. */
function places(root: { value: unknown }): Place[] {
  const found: Place[] = [];
  const visit = (value: unknown, ancestors: object[], put: Place["put"]) => {
    if (typeof value !== "object" || value === null) return;
    found.push({ node: value, ancestors, put });
    for (const [key, child] of Object.entries(value)) {
      visit(child, [...ancestors, value], (replacement) => {
        // defineProperty: a generated key may be "__proto__".
        Object.defineProperty(value, key, {
          value: replacement,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      });
    }
  };
  visit(root.value, [], (replacement) => {
    root.value = replacement;
  });
  return found;
}

/**
 * A message, a Flex container, an array of messages, a push body or any JSON value, with one to
 * three hazards at places picked among its objects and arrays (a primitive is wrapped first).
 * `label` says what was done where, for a failure's report: the value may not be printable.
 */
export const hostile: fc.Arbitrary<{ value: unknown; label: string }> = fc
  .tuple(
    fc.oneof(
      message,
      flexContainer,
      fc.array(message, { minLength: 1, maxLength: 6 }),
      fc.record({
        to: fc.constantFrom(`U${"0".repeat(32)}`, `C${"a".repeat(32)}`, "@someone"),
        messages: fc.array(message, { minLength: 1, maxLength: 6 }),
      }),
      fc.jsonValue({ maxDepth: 3 }),
    ),
    fc.array(fc.tuple(fc.nat(), hazard), { minLength: 1, maxLength: 3 }),
  )
  .map(([generated, hazards]) => {
    // fast-check may hand one generated value to several runs: each run mutates its own copy.
    const copy = structuredClone(generated);
    const root = { value: typeof copy === "object" && copy !== null ? copy : [copy] };
    // All places are found before any hazard is put in (a getter or a cycle would stop a walk).
    const all = places(root);
    const labels = hazards.map(([pick, h]) => {
      const place = all[pick % all.length]!;
      place.put(applyHazard(place.node, place.ancestors, h));
      return `${JSON.stringify(h)} at place ${pick % all.length} of ${all.length}`;
    });
    return { value: root.value, label: labels.join("; ") };
  });
