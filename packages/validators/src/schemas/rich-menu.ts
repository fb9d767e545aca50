import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import {
  ClipboardActionSchema,
  DatetimePickerActionSchema,
  MessageActionSchema,
  PostbackActionSchema,
  UriActionSchema,
} from "./actions.js";
import type { Infer } from "./infer.js";
import { strictObject } from "./object.js";
import { utf16String } from "./values.js";

/**
 * The rich menu object (RULES.md §15.1): the body of `POST /v2/bot/richmenu` and of its dry run
 * `POST /v2/bot/richmenu/validate`. It is not a message: it has no `type`, and it is the one place
 * a `richmenuswitch` action may sit. What needs more than one property (the size's ratio, areas
 * inside the menu, overlaps, labels) is checked in src/rich-menu.ts.
 * https://developers.line.biz/en/reference/messaging-api/#rich-menu-object
 */

/** An alias ID: OAS:CreateRichMenuAliasRequest's pattern (RM-8, RM-ALIAS-1). */
export const RICH_MENU_ALIAS_ID = new RegExp(`^[a-z0-9_-]{1,${LIMITS.richMenuAliasIdMax.value}}$`);
export const ALIAS_ID_EXPECTED = `an alias ID of 1 to ${LIMITS.richMenuAliasIdMax.value} of a-z, 0-9, _ and - (no capitals)`;

/**
 * RM-8: the richmenuswitch of a rich menu area. Its alias ID must be one an alias can have, or the
 * switch can never find it (the postback then says RICHMENU_ALIAS_ID_NOTFOUND). The label is
 * checked with the other actions' labels (RM-7). The same action in a message is ACT-RMS's
 * business (src/schemas/actions.ts), which only says it is misplaced.
 * https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
 */
export const RichMenuAreaSwitchActionSchema = strictObject({
  /**
   * Shows the rich menu of another alias when the area is tapped (tabs), and sends a postback
   * event with `data` and the new alias ID.
   * Rules: RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
   */
  type: z.literal("richmenuswitch"),
  /**
   * A name for the area, never drawn: LINE for iOS (8.2.0+) reads it aloud with accessibility
   * on. Optional, at most 20 characters (grapheme clusters).
   * Rules: RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
   */
  label: ruled("RM-7", z.string(), "a string").optional(),
  /**
   * The alias ID of the menu to show: 1–32 of `a-z`, `0-9`, `_` and `-`. Required. An alias
   * missing from the set of menus checked together is a warning: LINE would not switch.
   * Rules: RM-8, RM-9.
   * @see https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
   */
  richMenuAliasId: ruled("RM-8", z.string().regex(RICH_MENU_ALIAS_ID), ALIAS_ID_EXPECTED),
  /**
   * The string the postback event carries back to the bot. Required, 1–300 UTF-16 code units.
   * Rules: RM-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
   */
  data: utf16String(
    "RM-8",
    LIMITS.richMenuDataMax.value,
    1,
    `a string of 1 to ${LIMITS.richMenuDataMax.value}`,
  ),
});

export const RICH_MENU_ACTION_TYPES = [
  "postback",
  "message",
  "uri",
  "datetimepicker",
  "richmenuswitch",
  "clipboard",
] as const;

/**
 * RM-7: camera, cameraRoll and location work only in quick reply buttons, so a rich menu area
 * takes the other six.
 * https://developers.line.biz/en/reference/messaging-api/#action-objects
 */
export const RichMenuActionSchema = ruled(
  "RM-7",
  z.discriminatedUnion("type", [
    PostbackActionSchema,
    MessageActionSchema,
    UriActionSchema,
    DatetimePickerActionSchema,
    RichMenuAreaSwitchActionSchema,
    ClipboardActionSchema,
  ]),
  `a rich menu action type (${RICH_MENU_ACTION_TYPES.map((type) => `"${type}"`).join(", ")}; camera, cameraRoll and location work only in quick replies)`,
);

/** RM-2: the ratio (width / height ≥ 1.45) is checked in src/rich-menu.ts. */
export const RichMenuSizeSchema = ruled(
  "RM-2",
  strictObject({
    /**
     * The menu's width in px, an integer from 800 to 2500, and at least 1.45 × `height`.
     * Rules: RM-2.
     * @see https://developers.line.biz/en/reference/messaging-api/#size-object
     */
    width: ruled(
      "RM-2",
      z.number().int().min(LIMITS.richMenuWidthMin.value).max(LIMITS.richMenuWidthMax.value),
      `an integer from ${LIMITS.richMenuWidthMin.value} to ${LIMITS.richMenuWidthMax.value}`,
    ),
    /**
     * The menu's height in px, an integer ≥ 250 and at most `width` / 1.45. LINE's common
     * sizes are 2500 × 1686 and 2500 × 843.
     * Rules: RM-2.
     * @see https://developers.line.biz/en/reference/messaging-api/#size-object
     */
    height: ruled(
      "RM-2",
      z.number().int().min(LIMITS.richMenuHeightMin.value),
      `an integer ≥ ${LIMITS.richMenuHeightMin.value}`,
    ),
  }),
  "a size object { width, height }",
);

/** RM-3: where an area sits, in the menu's own pixels (its `size`), from the top-left corner. */
export const RichMenuBoundsSchema = ruled(
  "RM-3",
  strictObject({
    /**
     * Left edge of the area in the menu's px (`size`), an integer ≥ 0.
     * Rules: RM-3, RM-4.
     * @see https://developers.line.biz/en/reference/messaging-api/#bounds-object
     */
    x: ruled("RM-3", z.number().int().min(0), "an integer ≥ 0"),
    /**
     * Top edge of the area in the menu's px (`size`), an integer ≥ 0.
     * Rules: RM-3, RM-4.
     * @see https://developers.line.biz/en/reference/messaging-api/#bounds-object
     */
    y: ruled("RM-3", z.number().int().min(0), "an integer ≥ 0"),
    /**
     * Width of the area in px, an integer ≥ 1; `x + width` is at most `size.width`.
     * Rules: RM-3, RM-4.
     * @see https://developers.line.biz/en/reference/messaging-api/#bounds-object
     */
    width: ruled("RM-3", z.number().int().min(1), "an integer ≥ 1"),
    /**
     * Height of the area in px, an integer ≥ 1; `y + height` is at most `size.height`.
     * Rules: RM-3, RM-4.
     * @see https://developers.line.biz/en/reference/messaging-api/#bounds-object
     */
    height: ruled("RM-3", z.number().int().min(1), "an integer ≥ 1"),
  }),
  "a bounds object { x, y, width, height }",
);

export const RichMenuAreaSchema = ruled(
  "RM-1",
  strictObject({
    /**
     * Where the area lies in the menu, in the menu's px. Required. A warning when it overlaps
     * another area: LINE does not say which one a tap goes to.
     * Rules: RM-3, RM-4, RM-5.
     * @see https://developers.line.biz/en/reference/messaging-api/#area-object
     */
    bounds: RichMenuBoundsSchema,
    /**
     * What a tap on the area does: postback, message, uri, datetimepicker, richmenuswitch or
     * clipboard (not camera, cameraRoll or location). Its label is optional, at most 20
     * characters (grapheme clusters).
     * Rules: RM-7, RM-8.
     * @see https://developers.line.biz/en/reference/messaging-api/#area-object
     */
    action: RichMenuActionSchema,
  }),
  "an area object { bounds, action }",
);

/**
 * RM-1. OAS marks nothing required; REF requires all five. "≥ 1 area" is assumed (RULES.md
 * §12.16: minimum counts are not stated). `richMenuId` is in the response object only, so it is
 * an unknown property here, as for LINE.
 */
export const RichMenuSchema = ruled(
  "RM-1",
  strictObject({
    /**
     * The menu's size in px, which the areas are measured in; the image should have the same
     * pixel size, or it is stretched over it. Required.
     * Rules: RM-1, RM-2, RM-IMG-3.
     * @see https://developers.line.biz/en/reference/messaging-api/#size-object
     */
    size: RichMenuSizeSchema,
    /**
     * `true` opens the menu when the chat opens; `false` shows only the chat bar. Required.
     * Rules: RM-1.
     * @see https://developers.line.biz/en/reference/messaging-api/#rich-menu-object
     */
    selected: ruled("RM-1", z.boolean(), "true or false"),
    /**
     * A name to tell menus apart, never shown to users. Required, 1–300 UTF-16 code units.
     * Rules: RM-1.
     * @see https://developers.line.biz/en/reference/messaging-api/#rich-menu-object
     */
    name: utf16String(
      "RM-1",
      LIMITS.richMenuNameMax.value,
      1,
      `a string of 1 to ${LIMITS.richMenuNameMax.value}`,
    ),
    /**
     * The text on the chat bar that opens and closes the menu. Required, 1–14 UTF-16 code
     * units.
     * Rules: RM-1.
     * @see https://developers.line.biz/en/reference/messaging-api/#rich-menu-object
     */
    chatBarText: utf16String(
      "RM-1",
      LIMITS.chatBarTextMax.value,
      1,
      `a string of 1 to ${LIMITS.chatBarTextMax.value}`,
    ),
    /**
     * The tappable areas, 1–20. Parts of the image no area covers do nothing when tapped.
     * Rules: RM-1, RM-5.
     * @see https://developers.line.biz/en/reference/messaging-api/#rich-menu-object
     */
    areas: ruled(
      "RM-1",
      z.array(RichMenuAreaSchema).min(1).max(LIMITS.richMenuAreasMax.value),
      `an array of 1 to ${LIMITS.richMenuAreasMax.value} areas`,
    ),
  }),
  "a rich menu object",
);

export type RichMenu = Infer<typeof RichMenuSchema>;
export type RichMenuSize = Infer<typeof RichMenuSizeSchema>;
export type RichMenuBounds = Infer<typeof RichMenuBoundsSchema>;
export type RichMenuArea = Infer<typeof RichMenuAreaSchema>;
export type RichMenuAction = Infer<typeof RichMenuActionSchema>;
/** Menus keyed by alias ID (RM-ALIAS-1), as validateRichMenuSet takes them. */
export type RichMenuSet = Record<string, RichMenu>;
