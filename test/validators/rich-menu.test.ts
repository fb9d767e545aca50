import {
  LIMITS,
  RichMenuSchema,
  validateMessage,
  validateRichMenu,
  validateRichMenuSet,
} from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../helpers.js";
import { richMenu as richMenuArb } from "./arbitraries.js";
import {
  check,
  describeRule,
  FAMILY,
  lines,
  messageAction,
  ofRule,
  postback,
  uriAction,
  withQuickReply,
} from "./rule-helpers.js";

/** The "compact" size LINE suggests, 2500 × 843 (RULES.md RM-2). */
const WIDTH = LIMITS.richMenuWidthMax.value;
const HEIGHT = 843;

const bounds = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
const area = (at: unknown, action: unknown = messageAction("Hi")) => ({
  bounds: at,
  action,
});
const switchTo = (alias: string, extra: Record<string, unknown> = {}) => ({
  type: "richmenuswitch",
  richMenuAliasId: alias,
  data: `switch=${alias}`,
  ...extra,
});

/** A valid compact menu with two side-by-side areas. */
function richMenu(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    size: { width: WIDTH, height: HEIGHT },
    selected: false,
    name: "Main menu",
    chatBarText: "Menu",
    areas: [
      area(bounds(0, 0, WIDTH / 2, HEIGHT), uriAction("Shop")),
      area(bounds(WIDTH / 2, 0, WIDTH / 2, HEIGHT), postback()),
    ],
    ...extra,
  };
}

const checkMenu = (menu: unknown) => lines(validateRichMenu(menu));

describe("validateRichMenu: the result value", () => {
  it("is ok with no issues for a valid menu, and the schema accepts it", () => {
    expect(validateRichMenu(richMenu())).toEqual({ ok: true, issues: [] });
    expect(RichMenuSchema.safeParse(richMenu()).success).toBe(true);
  });

  it("turns warnings into errors with strict", () => {
    const overlapping = richMenu({
      areas: [area(bounds(0, 0, 100, 100)), area(bounds(50, 50, 100, 100))],
    });
    expect(validateRichMenu(overlapping).ok).toBe(true);
    expect(validateRichMenu(overlapping, { strict: true }).ok).toBe(false);
  });

  it("never throws: getters that throw, proxies with throwing or revoked traps, cycles", () => {
    const throwing = Object.defineProperty(richMenu(), "areas", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const trap = () => {
      throw new Error("trap");
    };
    const hostileProxy = new Proxy(richMenu(), { get: trap, ownKeys: trap, has: trap });
    const { proxy: revoked, revoke } = Proxy.revocable(richMenu(), {});
    revoke();
    const cyclic = richMenu();
    (cyclic.areas as Array<Record<string, unknown>>)[0]!.action = cyclic;
    const hugeAreas = richMenu({
      areas: Array.from({ length: 100_000 }, () => area(bounds(0, 0, 10, 10))),
    });
    const inputs: unknown[] = [
      undefined,
      null,
      "menu",
      [],
      Symbol("menu"),
      () => 1,
      10n,
      throwing,
      hostileProxy,
      revoked,
      cyclic,
      hugeAreas,
      { areas: [revoked, hostileProxy, { bounds: revoked, action: hostileProxy }] },
    ];
    for (const input of inputs) {
      for (const validate of [validateRichMenu, validateRichMenuSet]) {
        const result = validate(input);
        expect(typeof result.ok).toBe("boolean");
        for (const issue of result.issues) {
          expect(issue.rule).toMatch(/^[A-Z]+(?:-[A-Z0-9]+)*$/);
          expect(typeof issue.property).toBe("string");
        }
      }
      const set = validateRichMenuSet({ main: input, [Symbol("x")]: input });
      expect(typeof set.ok).toBe("boolean");
    }
    expect(checkMenu(throwing)).toMatchInlineSnapshot(`
      [
        "error areas: could not be read: boom; expected plain data [ERR-3]",
      ]
    `);
    expect(checkMenu(hugeAreas).length).toBeGreaterThan(0);
    // One menu of a set that can't be read leaves the others checked.
    const partly = Object.defineProperty({ good: richMenu({ chatBarText: "" }) }, "bad", {
      enumerable: true,
      get() {
        throw new Error("gone");
      },
    });
    expect(lines(validateRichMenuSet(partly))).toMatchInlineSnapshot(`
      [
        "error good.chatBarText: expected at least 1 character (UTF-16 code units), got 0 (empty) [RM-1]",
        "error bad: could not be read: gone; expected plain data [ERR-3]",
      ]
    `);
  });
});

describe("fuzz: the rich menu validators never throw", () => {
  /** A result as the validators promise it: errors first, ok exactly when there is none. */
  function wellFormed(value: unknown): void {
    for (const result of [
      validateRichMenu(value),
      validateRichMenuSet({ main: value, "menu-b": value }),
      validateRichMenuSet(value),
    ]) {
      const severities = result.issues.map((issue) => issue.severity);
      expect(severities).toEqual([...severities].sort());
      expect(result.ok).toBe(!severities.includes("error"));
      for (const issue of result.issues) {
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.rule).toMatch(/^[A-Z]+(?:-[A-Z0-9]+)*$/);
      }
    }
  }
  it("on generated and mutated rich menus, and on arbitrary JS values", () => {
    fc.assert(fc.property(richMenuArb, wellFormed), { numRuns: 300, seed: 15 });
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }),
        wellFormed,
      ),
      { numRuns: 300, seed: 16 },
    );
  });
});

describeRule("RM-1", "the object: size, selected, name ≤ 300, chatBarText ≤ 14, 1–20 areas", () => {
  it("passes names and chat bar texts at their limits, and 20 areas", () => {
    const twenty = Array.from({ length: LIMITS.richMenuAreasMax.value }, (_, i) =>
      area(bounds(i * 100, 0, 100, HEIGHT)),
    );
    expect(
      checkMenu(
        richMenu({
          name: "n".repeat(LIMITS.richMenuNameMax.value),
          chatBarText: "c".repeat(LIMITS.chatBarTextMax.value),
          selected: true,
          areas: twenty,
        }),
      ),
    ).toEqual([]);
  });
  it("fails missing properties, overlong texts, 0 or 21 areas, and a response's richMenuId", () => {
    expect(checkMenu({})).toMatchInlineSnapshot(`
      [
        "error size: missing; expected a size object { width, height } [RM-2]",
        "error selected: missing; expected true or false [RM-1]",
        "error name: missing; expected a string of 1 to 300 [RM-1]",
        "error chatBarText: missing; expected a string of 1 to 14 [RM-1]",
        "error areas: missing; expected an array of 1 to 20 areas [RM-1]",
      ]
    `);
    expect(
      checkMenu(
        richMenu({
          name: "n".repeat(LIMITS.richMenuNameMax.value + 1),
          chatBarText: "c".repeat(LIMITS.chatBarTextMax.value + 1),
          selected: "yes",
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error selected: expected true or false, got "yes" [RM-1]",
        "error name: expected at most 300 characters (UTF-16 code units), got 301 [RM-1]",
        "error chatBarText: expected at most 14 characters (UTF-16 code units), got 15 [RM-1]",
      ]
    `);
    expect(checkMenu(richMenu({ areas: [] }))).toMatchInlineSnapshot(`
      [
        "error areas: expected at least 1 item, got 0 (empty) [RM-1]",
      ]
    `);
    const many = Array.from({ length: LIMITS.richMenuAreasMax.value + 1 }, (_, i) =>
      area(bounds(i * 100, 0, 100, HEIGHT)),
    );
    expect(ofRule(validateRichMenu(richMenu({ areas: many })), "RM-1")).toMatchInlineSnapshot(`
      [
        "error areas: expected at most 20 items, got 21 [RM-1]",
      ]
    `);
    expect(checkMenu(richMenu({ richMenuId: "richmenu-0123" }))).toMatchInlineSnapshot(`
      [
        "error richMenuId: unknown property: richMenuId is in LINE's answers (the rich menu response object), not in the object you create; leave it out [RM-1]",
      ]
    `);
    expect(checkMenu("menu")).toMatchInlineSnapshot(`
      [
        "error (root): expected a rich menu object, got "menu" [RM-1]",
      ]
    `);
  });
});

describeRule("RM-2", "size: integers, width 800–2500, height ≥ 250, width / height ≥ 1.45", () => {
  it("passes LINE's common sizes", () => {
    // RULES.md RM-2: large and compact at 2500, 1200 and 800 px wide.
    for (const [width, height] of [
      [2500, 1686],
      [2500, 843],
      [1200, 810],
      [1200, 405],
      [800, 540],
      [800, 270],
    ] as const) {
      const menu = richMenu({
        size: { width, height },
        areas: [area(bounds(0, 0, width, height))],
      });
      expect(checkMenu(menu), `${width}×${height}`).toEqual([]);
    }
  });
  it("fails a size out of range, a fraction, and a menu taller than 1 : 1.45", () => {
    const one = (size: unknown) => ofRule(validateRichMenu(richMenu({ size, areas: [] })), "RM-2");
    expect(one({ width: LIMITS.richMenuWidthMin.value - 1, height: 250 })).toMatchInlineSnapshot(`
      [
        "error size.width: expected an integer from 800 to 2500, got 799 (number) [RM-2]",
      ]
    `);
    expect(one({ width: LIMITS.richMenuWidthMax.value + 1, height: 843 })).toMatchInlineSnapshot(`
      [
        "error size.width: expected an integer from 800 to 2500, got 2501 (number) [RM-2]",
      ]
    `);
    expect(one({ width: 2500, height: LIMITS.richMenuHeightMin.value - 1 })).toMatchInlineSnapshot(`
      [
        "error size.height: expected an integer ≥ 250, got 249 (number) [RM-2]",
      ]
    `);
    expect(one({ width: 2500.5, height: "843" })).toMatchInlineSnapshot(`
      [
        "error size.width: expected an integer from 800 to 2500, got 2500.5 (number) [RM-2]",
        "error size.height: expected an integer ≥ 250, got "843" [RM-2]",
      ]
    `);
    expect(one({ width: 2500, height: 2500 })).toMatchInlineSnapshot(`
      [
        "error size: expected width / height ≥ 1.45, got 2500 / 2500 = 1.00; LINE's common sizes are 2500 × 1686 (large) and 2500 × 843 (compact) [RM-2]",
      ]
    `);
    // The ratio is checked on the exact numbers: 1.45 × 1000 = 1450 passes, 1449 does not.
    expect(one({ width: 1450, height: 1000 })).toEqual([]);
    expect(one({ width: 1449, height: 1000 })).toMatchInlineSnapshot(`
      [
        "error size: expected width / height ≥ 1.45, got 1449 / 1000 = 1.45; LINE's common sizes are 2500 × 1686 (large) and 2500 × 843 (compact) [RM-2]",
      ]
    `);
  });
});

describeRule("RM-3", "bounds: integers x, y ≥ 0, width, height ≥ 1", () => {
  it("passes an area at the origin of 1 × 1", () => {
    expect(checkMenu(richMenu({ areas: [area(bounds(0, 0, 1, 1))] }))).toEqual([]);
  });
  it("fails negative, zero, fractional and missing values", () => {
    expect(
      checkMenu(richMenu({ areas: [area(bounds(-1, 0.5, 0, 10)), area({ x: 0, y: 0 })] })),
    ).toMatchInlineSnapshot(`
      [
        "error areas[0].bounds.x: expected an integer ≥ 0, got -1 (number) [RM-3]",
        "error areas[0].bounds.y: expected an integer ≥ 0, got 0.5 (number) [RM-3]",
        "error areas[0].bounds.width: expected an integer ≥ 1, got 0 (number) [RM-3]",
        "error areas[1].bounds.width: missing; expected an integer ≥ 1 [RM-3]",
        "error areas[1].bounds.height: missing; expected an integer ≥ 1 [RM-3]",
      ]
    `);
  });
});

describeRule("RM-4", "each area lies inside the menu", () => {
  it("passes areas that reach the right and bottom edges exactly", () => {
    expect(checkMenu(richMenu({ areas: [area(bounds(0, 0, WIDTH, HEIGHT))] }))).toEqual([]);
  });
  it("fails areas that reach past the right or the bottom edge", () => {
    expect(
      checkMenu(
        richMenu({
          areas: [
            area(bounds(0, 0, 100, 100)),
            area(bounds(200, 0, 100, 100)),
            area(bounds(400, 0, 100, 100)),
            area(bounds(WIDTH - 100, HEIGHT - 100, 101, 101)),
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error areas[3].bounds.width: reaches past the menu's right edge: x + width = 2501, size.width 2500 [RM-4]",
        "error areas[3].bounds.height: reaches past the menu's bottom edge: y + height = 844, size.height 843 [RM-4]",
      ]
    `);
  });
});

describeRule("RM-5", "overlapping areas (W)", () => {
  it("passes areas that only touch", () => {
    expect(checkMenu(richMenu())).toEqual([]);
  });
  it("warns about each pair of overlapping areas", () => {
    expect(
      checkMenu(
        richMenu({
          areas: [
            area(bounds(0, 0, 1000, HEIGHT)),
            area(bounds(999, 0, 1000, HEIGHT)),
            area(bounds(500, 400, 10, 10)),
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "warning areas[1].bounds: overlaps areas[0]; LINE does not say which area a tap in both goes to [RM-5]",
        "warning areas[2].bounds: overlaps areas[0]; LINE does not say which area a tap in both goes to [RM-5]",
      ]
    `);
  });
});

describeRule("RM-7", "area actions: not camera, cameraRoll or location; label ≤ 20 (G)", () => {
  it("passes every action type a rich menu takes, and a 20-family-emoji label", () => {
    const actions = [
      postback({ label: FAMILY.repeat(LIMITS.labelRichMenuMax.value) }),
      messageAction(undefined),
      uriAction("Open"),
      { type: "datetimepicker", data: "when", mode: "date" },
      switchTo("menu-b"),
      { type: "clipboard", clipboardText: "COUPON" },
    ];
    expect(
      checkMenu(
        richMenu({ areas: actions.map((action, i) => area(bounds(i * 100, 0, 100, 100), action)) }),
      ),
    ).toEqual([]);
  });
  it("fails quick-reply-only actions, a missing action, and a 21-character label", () => {
    expect(
      checkMenu(
        richMenu({
          areas: [
            area(bounds(0, 0, 100, 100), { type: "camera", label: "Camera" }),
            area(bounds(100, 0, 100, 100), { type: "location", label: "Where" }),
            { bounds: bounds(200, 0, 100, 100) },
            area(
              bounds(300, 0, 100, 100),
              messageAction("a".repeat(LIMITS.labelRichMenuMax.value + 1)),
            ),
            area(bounds(400, 0, 100, 100), { type: "message" }),
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error areas[0].action.type: expected a rich menu action type ("postback", "message", "uri", "datetimepicker", "richmenuswitch", "clipboard"; camera, cameraRoll and location work only in quick replies), got "camera" [RM-7]",
        "error areas[1].action.type: expected a rich menu action type ("postback", "message", "uri", "datetimepicker", "richmenuswitch", "clipboard"; camera, cameraRoll and location work only in quick replies), got "location" [RM-7]",
        "error areas[2].action: missing; expected a rich menu action type ("postback", "message", "uri", "datetimepicker", "richmenuswitch", "clipboard"; camera, cameraRoll and location work only in quick replies) [RM-7]",
        "error areas[3].action.label: expected at most 20 characters (grapheme clusters) in a rich menu area, got 21 [RM-7]",
        "error areas[4].action.text: missing; expected a string [ACT-MSG]",
      ]
    `);
  });
});

describeRule("RM-8", "richmenuswitch: alias ID ^[a-z0-9_-]{1,32}$, data ≤ 300", () => {
  it("passes a 32-character alias and data at the limit in a rich menu", () => {
    const alias = "a-_9".repeat(LIMITS.richMenuAliasIdMax.value / 4);
    const data = "d".repeat(LIMITS.richMenuDataMax.value);
    expect(
      checkMenu(richMenu({ areas: [area(bounds(0, 0, 100, 100), switchTo(alias, { data }))] })),
    ).toEqual([]);
  });
  it("fails an uppercase, an overlong and an empty alias, and overlong data", () => {
    expect(
      checkMenu(
        richMenu({
          areas: [
            area(bounds(0, 0, 100, 100), switchTo("Menu-B")),
            area(
              bounds(100, 0, 100, 100),
              switchTo("a".repeat(LIMITS.richMenuAliasIdMax.value + 1)),
            ),
            area(bounds(200, 0, 100, 100), switchTo("")),
            area(
              bounds(300, 0, 100, 100),
              switchTo("menu-b", { data: "d".repeat(LIMITS.richMenuDataMax.value + 1) }),
            ),
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error areas[0].action.richMenuAliasId: expected an alias ID of 1 to 32 of a-z, 0-9, _ and - (no capitals), got "Menu-B" [RM-8]",
        "error areas[1].action.richMenuAliasId: expected an alias ID of 1 to 32 of a-z, 0-9, _ and - (no capitals), got "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" [RM-8]",
        "error areas[2].action.richMenuAliasId: expected an alias ID of 1 to 32 of a-z, 0-9, _ and - (no capitals), got "" [RM-8]",
        "error areas[3].action.data: expected at most 300 characters (UTF-16 code units), got 301 [RM-8]",
      ]
    `);
  });
  it("fails a richmenuswitch in a message still (ACT-RMS, QR-3), however valid its alias", () => {
    expect(check(flexMessage({ ...vbox(), action: switchTo("menu-b") }))).toMatchInlineSnapshot(`
      [
        "error contents.body.action.type: a richmenuswitch action can't be used in a Flex box; it works only in rich menus [ACT-RMS]",
      ]
    `);
    expect(
      check(withQuickReply({ type: "text", text: "hi" }, switchTo("menu-b"))),
    ).toMatchInlineSnapshot(`
      [
        "error quickReply.items[0].action.type: a richmenuswitch action can't be used in a quick reply button; it works only in rich menus [QR-3]",
      ]
    `);
    expect(validateMessage(flexMessage(vbox())).ok).toBe(true);
  });
});

describeRule("RM-9", "a switch to an alias missing from the set (W)", () => {
  const pair = {
    "menu-a": richMenu({ areas: [area(bounds(0, 0, 100, 100), switchTo("menu-b"))] }),
    "menu-b": richMenu({ areas: [area(bounds(0, 0, 100, 100), switchTo("menu-a"))] }),
  };
  it("passes two menus that switch to each other, and an alias known to exist on the channel", () => {
    expect(lines(validateRichMenuSet(pair))).toEqual([]);
    const alone = { "menu-a": pair["menu-a"] };
    expect(lines(validateRichMenuSet(alone, { knownAliases: ["menu-b"] }))).toEqual([]);
  });
  it("warns about a switch to an alias that is not in the set", () => {
    const result = validateRichMenuSet({ "menu-a": pair["menu-a"] });
    expect(result.ok).toBe(true);
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "warning menu-a.areas[0].action.richMenuAliasId: switches to "menu-b", which is not in this set of menus; unless that alias exists on the channel, LINE does not switch and the postback's params.status is "RICHMENU_ALIAS_ID_NOTFOUND" [RM-9]",
      ]
    `);
    // validateRichMenu checks one menu alone: it can't know the aliases.
    expect(checkMenu(pair["menu-a"])).toEqual([]);
  });
});

describeRule("RM-ALIAS-1", "alias IDs (the set's keys) match ^[a-z0-9_-]{1,32}$", () => {
  it("passes lowercase, digits, _ and - up to 32", () => {
    const alias = "z_-0".repeat(LIMITS.richMenuAliasIdMax.value / 4);
    expect(lines(validateRichMenuSet({ [alias]: richMenu() }))).toEqual([]);
  });
  it("fails an uppercase, an overlong and an empty key, an empty set and a non-object", () => {
    expect(
      lines(
        validateRichMenuSet({
          Main: richMenu(),
          ["a".repeat(LIMITS.richMenuAliasIdMax.value + 1)]: richMenu(),
          "": richMenu(),
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error Main: expected an alias ID of 1 to 32 of a-z, 0-9, _ and - as the key, got "Main" [RM-ALIAS-1]",
        "error aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: expected an alias ID of 1 to 32 of a-z, 0-9, _ and - as the key, got "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" [RM-ALIAS-1]",
        "error [""]: expected an alias ID of 1 to 32 of a-z, 0-9, _ and - as the key, got "" [RM-ALIAS-1]",
      ]
    `);
    expect(lines(validateRichMenuSet({}))).toMatchInlineSnapshot(`
      [
        "error (root): expected at least one rich menu, keyed by its alias ID [RM-ALIAS-1]",
      ]
    `);
    expect(lines(validateRichMenuSet([richMenu()]))).toMatchInlineSnapshot(`
      [
        "error (root): expected an object of rich menus keyed by alias ID, got an array of 1 [RM-ALIAS-1]",
      ]
    `);
  });
  it("fails with paths under each menu's alias", () => {
    expect(
      lines(validateRichMenuSet({ main: richMenu({ chatBarText: "" }) })),
    ).toMatchInlineSnapshot(`
      [
        "error main.chatBarText: expected at least 1 character (UTF-16 code units), got 0 (empty) [RM-1]",
      ]
    `);
  });
});
