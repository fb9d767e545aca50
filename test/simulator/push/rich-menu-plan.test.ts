import { LIMITS } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import {
  planRichMenuDeploy,
  type RichMenuDeployInput,
  type RichMenuPlan,
  type RichMenuStep,
  type RichMenuToDeploy,
} from "../../../packages/simulator/src/push/rich-menu-plan.js";
import { jpeg } from "../../validators/image-bytes.js";
import { describeRule, lines } from "../../validators/rule-helpers.js";

/**
 * The rich menu deploy planner (RULES.md §15.2–§15.4): pure, so every rule "E (at deploy)" is
 * checked on the plan itself, before anything could be sent.
 */

const USER = `U${"0123456789abcdef".repeat(2)}`;
const WIDTH = LIMITS.richMenuWidthMax.value;
const HEIGHT = 843;
const IMAGE = jpeg(WIDTH, HEIGHT);

function richMenu(name: string, action: unknown = { type: "message", text: name }) {
  return {
    size: { width: WIDTH, height: HEIGHT },
    selected: true,
    name,
    chatBarText: "Menu",
    areas: [{ bounds: { x: 0, y: 0, width: WIDTH, height: HEIGHT }, action }],
  };
}

const switchTo = (alias: string) => ({
  type: "richmenuswitch",
  richMenuAliasId: alias,
  data: `tab=${alias}`,
});

/** Two tabs that switch to each other, each with its image. */
const TABS: Record<string, RichMenuToDeploy> = {
  "tab-a": { menu: richMenu("Tab A", switchTo("tab-b")), image: IMAGE },
  "tab-b": { menu: richMenu("Tab B", switchTo("tab-a")), image: IMAGE },
};

/** One menu with its image, switching nowhere. */
const SINGLE: RichMenuToDeploy = { menu: richMenu("Main"), image: IMAGE };

const plan = (input: Partial<RichMenuDeployInput> & Pick<RichMenuDeployInput, "menus">) =>
  planRichMenuDeploy({ target: { to: USER }, existing: { richmenus: [] }, ...input });

/** One line per step: what it does, where, for which menu. */
function summary(result: RichMenuPlan): string[] {
  if (!result.ok) throw new Error(`refused: ${lines(result).join("; ")}`);
  return result.steps.map((step) => {
    if (step.kind === "find") return `find ${step.alias} by name ${JSON.stringify(step.name)}`;
    const call = `${step.method} ${step.host} ${step.path}`;
    const alias = "alias" in step ? ` (${step.alias})` : "";
    const skip = step.kind === "create" && step.skipIfFound ? " unless found" : "";
    return `${step.kind}${alias}${skip}: ${call}`;
  });
}

function stepsOf(result: RichMenuPlan): RichMenuStep[] {
  if (!result.ok) throw new Error(`refused: ${lines(result).join("; ")}`);
  return result.steps;
}

const refusal = (result: RichMenuPlan) => {
  expect(result.ok).toBe(false);
  return lines(result);
};

const menus = (count: number, image?: Uint8Array): Record<string, RichMenuToDeploy> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `m${i}`,
      image === undefined
        ? { menu: richMenu(`Menu ${i}`) }
        : { menu: richMenu(`Menu ${i}`), image },
    ]),
  );

const listed = (count: number) => ({
  richmenus: Array.from({ length: count }, (_, i) => ({
    richMenuId: `richmenu-${i}`,
    name: `Old ${i}`,
  })),
});

describe("planRichMenuDeploy: the plan", () => {
  it("validates, creates and uploads each menu, makes the aliases, then links the entry", async () => {
    expect(summary(await plan({ menus: TABS, entry: "tab-a" }))).toMatchInlineSnapshot(`
      [
        "validate (tab-a): POST api /v2/bot/richmenu/validate",
        "validate (tab-b): POST api /v2/bot/richmenu/validate",
        "create (tab-a): POST api /v2/bot/richmenu",
        "upload (tab-a): POST data /v2/bot/richmenu/{richMenuId}/content",
        "create (tab-b): POST api /v2/bot/richmenu",
        "upload (tab-b): POST data /v2/bot/richmenu/{richMenuId}/content",
        "createAlias (tab-a): POST api /v2/bot/richmenu/alias",
        "createAlias (tab-b): POST api /v2/bot/richmenu/alias",
        "link (tab-a): POST api /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/{richMenuId}",
      ]
    `);
  });

  it("updates aliases the channel has, and sets the default menu", async () => {
    const result = await plan({
      menus: TABS,
      entry: "tab-b",
      target: { default: true },
      existingAliases: ["tab-a"],
    });
    expect(summary(result).slice(-3)).toMatchInlineSnapshot(`
      [
        "updateAlias (tab-a): POST api /v2/bot/richmenu/alias/tab-a",
        "createAlias (tab-b): POST api /v2/bot/richmenu/alias",
        "setDefault (tab-b): POST api /v2/bot/user/all/richmenu/{richMenuId}",
      ]
    `);
    expect(stepsOf(result).find((step) => step.kind === "upload")).toMatchObject({
      contentType: "image/jpeg",
      body: IMAGE,
    });
  });

  it("makes no alias for a lone menu: its key is no alias the author chose", async () => {
    expect(
      summary(await plan({ menus: { menu: SINGLE }, withoutAliases: true })),
    ).toMatchInlineSnapshot(`
        [
          "validate (menu): POST api /v2/bot/richmenu/validate",
          "create (menu): POST api /v2/bot/richmenu",
          "upload (menu): POST data /v2/bot/richmenu/{richMenuId}/content",
          "link (menu): POST api /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/{richMenuId}",
        ]
      `);
  });

  it("takes the only menu as the entry, and needs one named when there are several", async () => {
    expect(summary(await plan({ menus: { main: SINGLE } })).at(-1)).toMatchInlineSnapshot(
      `"link (main): POST api /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/{richMenuId}"`,
    );
    expect(refusal(await plan({ menus: TABS }))).toMatchInlineSnapshot(`
      [
        "error entry: expected the alias of the menu to show, one of "tab-a", "tab-b", got nothing [RM-ALIAS-1]",
      ]
    `);
    expect(refusal(await plan({ menus: TABS, entry: "tab-c" }))).toMatchInlineSnapshot(`
      [
        "error entry: expected the alias of the menu to show, one of "tab-a", "tab-b", got "tab-c" [RM-ALIAS-1]",
      ]
    `);
  });

  it("refuses invalid menus and images, with paths under each alias, and a recipient that is no user", async () => {
    const bad = {
      main: { menu: { ...richMenu("Main"), chatBarText: "" }, image: jpeg(WIDTH, 2000) },
    };
    expect(refusal(await plan({ menus: bad }))).toMatchInlineSnapshot(`
      [
        "error main.chatBarText: expected at least 1 character (UTF-16 code units), got 0 (empty) [RM-1]",
        "error main.image: expected width / height ≥ 1.45, got 2500 × 2000 px (1.25) [RM-IMG-2]",
        "warning main.image: is 2500 × 2000 px but the menu's size is 2500 × 843; LINE stretches it over the size, so the areas no longer line up with what it draws [RM-IMG-3]",
      ]
    `);
    expect(
      refusal(await plan({ menus: { main: SINGLE }, target: { to: "C0123" } })),
    ).toMatchInlineSnapshot(`
      [
        "error to: expected a userId (U + 32 lowercase hex, as a webhook delivers it): a rich menu is linked to one user, got "C0123" [PUSH-3]",
      ]
    `);
  });

  it("passes the warnings on with the plan: a switch to an alias outside the set (RM-9)", async () => {
    const result = await plan({ menus: { "tab-a": TABS["tab-a"]! } });
    expect(result.ok).toBe(true);
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "warning tab-a.areas[0].action.richMenuAliasId: switches to "tab-b", which is not in this set of menus; unless that alias exists on the channel, LINE does not switch and the postback's params.status is "RICHMENU_ALIAS_ID_NOTFOUND" [RM-9]",
      ]
    `);
    const known = await plan({ menus: { "tab-a": TABS["tab-a"]! }, existingAliases: ["tab-b"] });
    expect(lines(known)).toEqual([]);
  });
});

describeRule("RM-IMG-4", "an image is uploaded once per menu, right after its create", () => {
  it("passes: one upload per menu, each right after its create, none again on resume", async () => {
    const steps = stepsOf(await plan({ menus: menus(5, IMAGE), entry: "m0" }));
    for (const alias of Object.keys(menus(5))) {
      const uploads = steps.flatMap((step, i) =>
        step.kind === "upload" && step.alias === alias ? [i] : [],
      );
      expect(uploads, alias).toHaveLength(1);
      expect(steps[uploads[0]! - 1]).toMatchObject({ kind: "create", alias });
    }
    const resumed = await plan({
      menus: TABS,
      entry: "tab-a",
      resume: {
        "tab-a": { richMenuId: "richmenu-a", image: "uploaded" },
        "tab-b": { richMenuId: "richmenu-b", image: "not-sent" },
      },
    });
    expect(summary(resumed)).toMatchInlineSnapshot(`
      [
        "upload (tab-b): POST data /v2/bot/richmenu/richmenu-b/content",
        "createAlias (tab-a): POST api /v2/bot/richmenu/alias",
        "createAlias (tab-b): POST api /v2/bot/richmenu/alias",
        "link (tab-a): POST api /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/richmenu-a",
      ]
    `);
  });
  it("fails a resume whose upload timed out: the image may be set already", async () => {
    const result = await plan({
      menus: TABS,
      entry: "tab-a",
      resume: { "tab-b": { richMenuId: "richmenu-b", image: "timed-out" } },
    });
    expect(refusal(result)).toMatchInlineSnapshot(`
      [
        "error tab-b.image: the upload to richmenu-b timed out, so the image may be set, and a second upload is a 400 ("An image is already set"); check it with GET https://api-data.line.me/v2/bot/richmenu/richmenu-b/content, or deploy the menu anew [RM-IMG-4]",
      ]
    `);
  });
});

describeRule("RM-LIM-1", "at most 1000 rich menus on the channel", () => {
  const max = LIMITS.richMenusPerChannelMax.value;
  it("passes when the channel's menus and the new ones make exactly the limit", async () => {
    const result = await plan({ menus: { main: SINGLE }, existing: listed(max - 1) });
    expect(result.ok).toBe(true);
  });
  it("fails when they would make one more", async () => {
    const result = await plan({ menus: { main: SINGLE }, existing: listed(max) });
    expect(refusal(result)).toMatchInlineSnapshot(`
      [
        "error (root): expected at most 1000 rich menus on the channel, got 1000 there and 1 to create; delete unused ones first (DELETE /v2/bot/richmenu/{richMenuId}) [RM-LIM-1]",
      ]
    `);
  });
});

describeRule("RM-LIM-2", "never more creates than menus, at most 100, no blind retry", () => {
  const max = LIMITS.richMenuCreatesPerHourMax.value;
  it("passes 100 menus with one create each", async () => {
    const steps = stepsOf(await plan({ menus: menus(max, IMAGE), entry: "m0" }));
    expect(steps.filter((step) => step.kind === "create")).toHaveLength(max);
  });
  it("passes a resume after a timed-out create: list, find by name, create only if not found", async () => {
    const result = await plan({
      menus: TABS,
      entry: "tab-a",
      resume: { "tab-a": { create: "timed-out" } },
    });
    expect(summary(result)).toMatchInlineSnapshot(`
      [
        "list: GET api /v2/bot/richmenu/list",
        "validate (tab-a): POST api /v2/bot/richmenu/validate",
        "validate (tab-b): POST api /v2/bot/richmenu/validate",
        "find tab-a by name "Tab A"",
        "create (tab-a) unless found: POST api /v2/bot/richmenu",
        "upload (tab-a): POST data /v2/bot/richmenu/{richMenuId}/content",
        "create (tab-b): POST api /v2/bot/richmenu",
        "upload (tab-b): POST data /v2/bot/richmenu/{richMenuId}/content",
        "createAlias (tab-a): POST api /v2/bot/richmenu/alias",
        "createAlias (tab-b): POST api /v2/bot/richmenu/alias",
        "link (tab-a): POST api /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/{richMenuId}",
      ]
    `);
    expect(stepsOf(result).filter((step) => step.kind === "create")).toHaveLength(2);
  });
  it("fails 101 menus: creates share 100 requests an hour with the deletes", async () => {
    const result = await plan({ menus: menus(max + 1, IMAGE), entry: "m0" });
    expect(refusal(result).filter((line) => line.startsWith("error"))).toMatchInlineSnapshot(`
      [
        "error (root): expected at most 100 menus to create: create, delete and delete-alias share 100 requests an hour, got 101 [RM-LIM-2]",
      ]
    `);
  });
  it("warns about two menus of the same name: a timed-out create is found again by name", async () => {
    const twins = {
      a: { menu: richMenu("Same"), image: IMAGE },
      b: { menu: richMenu("Same"), image: IMAGE },
    };
    expect(lines(await plan({ menus: twins, entry: "a" }))).toMatchInlineSnapshot(`
      [
        "warning b.name: is also the name of "a"; after a create that times out, a menu is found again by its name (RULES.md RM-LIM-3), so give each its own [RM-LIM-2]",
      ]
    `);
  });
});

describeRule("RM-SHOW-2", "a menu is linked or made the default only once it has its image", () => {
  it("passes: the link and the default come after the entry's upload", async () => {
    for (const target of [{ to: USER }, { default: true as const }]) {
      const steps = stepsOf(await plan({ menus: TABS, entry: "tab-b", target }));
      const upload = steps.findIndex((step) => step.kind === "upload" && step.alias === "tab-b");
      const show = steps.findIndex((step) => step.kind === "link" || step.kind === "setDefault");
      expect(upload).toBeGreaterThan(-1);
      expect(show).toBe(steps.length - 1);
      expect(show).toBeGreaterThan(upload);
    }
  });
  it("fails an entry without an image, linked or made the default", async () => {
    const noImage = { main: { menu: richMenu("Main") } };
    expect(refusal(await plan({ menus: noImage }))).toMatchInlineSnapshot(`
      [
        "error main.image: missing; the menu to show needs its image before it is linked to a user (LINE answers 400) [RM-SHOW-2]",
      ]
    `);
    expect(
      refusal(await plan({ menus: noImage, target: { default: true } })),
    ).toMatchInlineSnapshot(`
      [
        "error main.image: missing; the menu to show needs its image before it is made the default (LINE answers 400) [RM-SHOW-2]",
      ]
    `);
  });
  it("warns about another menu without an image: it is created but can't be shown", async () => {
    const result = await plan({
      menus: { "tab-a": TABS["tab-a"]!, "tab-b": { menu: richMenu("Tab B") } },
      entry: "tab-a",
    });
    expect(result.ok).toBe(true);
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "warning tab-b.image: missing; the menu is created and aliased, but can't be shown until it has an image [RM-SHOW-2]",
      ]
    `);
  });
});
