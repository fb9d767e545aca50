/**
 * Every LINE limit the validators enforce, each once, beside the rule ID from
 * `shared/spec/RULES.md` and the LINE reference it comes from. Nothing else in the project
 * (tests included) writes these numbers out.
 */

const REF = "https://developers.line.biz/en/reference/messaging-api/";

export interface Limit {
  readonly value: number;
  readonly rule: string;
  readonly unit?: "utf16" | "graphemes" | "items" | "bytes";
  readonly link: string;
}

function limit(value: number, rule: string, link: string, unit?: Limit["unit"]): Limit {
  return unit === undefined ? { value, rule, link } : { value, rule, link, unit };
}

export const LIMITS = {
  /** FLEX-1: `altText` of a Flex message, 1–1500 UTF-16 code units. */
  flexAltTextMax: limit(1500, "FLEX-1", `${REF}#flex-message`, "utf16"),
  /** MSG-3: `sender.name`, at most 20. */
  senderNameMax: limit(20, "MSG-3", `${REF}#icon-nickname-switch`, "utf16"),
  /** MSG-4: `sender.iconUrl`, at most 2000 (an https URL). */
  senderIconUrlMax: limit(2000, "MSG-4", `${REF}#icon-nickname-switch`, "utf16"),
  /** FLEX-BUB-4: compact JSON of one bubble. KB is undefined by LINE: E above 30 × 1024. */
  bubbleBytesMax: limit(30 * 1024, "FLEX-BUB-4", `${REF}#bubble`, "bytes"),
  /** FLEX-BUB-4: W above 30,000 bytes, in case LINE's KB is 1000 bytes (RULES.md §12.11). */
  bubbleBytesWarn: limit(30_000, "FLEX-BUB-4", `${REF}#bubble`, "bytes"),
  /** FLEX-CAR-1: a carousel holds at most 12 bubbles. */
  carouselBubblesMax: limit(12, "FLEX-CAR-1", `${REF}#f-carousel`, "items"),
  /** FLEX-CAR-3: compact JSON of a carousel. */
  carouselBytesMax: limit(50 * 1024, "FLEX-CAR-3", `${REF}#f-carousel`, "bytes"),
  carouselBytesWarn: limit(50_000, "FLEX-CAR-3", `${REF}#f-carousel`, "bytes"),
  /** FLEX-VAL: `flex` is an int32 ≥ 0 (OAS:FlexBox.flex). */
  flexGrowMax: limit(2_147_483_647, "FLEX-VAL", `${REF}#box`),
  /** FLEX-VAL: `maxLines` is an int32 ≥ 0. */
  maxLinesMax: limit(2_147_483_647, "FLEX-VAL", `${REF}#f-text`),
  /** FLEX-VAL: aspect ratio terms are 1–100000 (REF#f-image). */
  aspectRatioTermMax: limit(100_000, "FLEX-VAL", `${REF}#f-image`),
  /** FLEX-VAL: aspect ratio height is at most 3 × width (REF#f-image). */
  aspectRatioHeightPerWidthMax: limit(3, "FLEX-VAL", `${REF}#f-image`),
  /** FLEX-VAL: a gradient `angle` is below 360deg (REF#box: "0deg to 359deg"). */
  gradientAngleMax: limit(360, "FLEX-VAL", `${REF}#box`),
  /** FLEX-VAL: a gradient `centerPosition` is at most 100%. */
  centerPositionMax: limit(100, "FLEX-VAL", `${REF}#box`),
  /** Flex media URLs (image/icon/video): https, at most 2000 (RULES.md §9). */
  mediaUrlMax: limit(2000, "FLEX-VAL", `${REF}#f-image`, "utf16"),
  /** FLEX-IMG-ANIM: at most 10 animated images in one message, carousel included. */
  animatedImagesMax: limit(10, "FLEX-IMG-ANIM", `${REF}#f-image`, "items"),
  /** PUSH-2: a request carries 1–5 messages. */
  messagesPerRequestMax: limit(5, "PUSH-2", `${REF}#send-push-message`, "items"),
  /** PUSH-4: `customAggregationUnits` holds at most 1 unit (RULES.md §12.3: multicast's limits). */
  aggregationUnitsMax: limit(1, "PUSH-4", `${REF}#send-push-message`, "items"),
  /** PUSH-4: each unit name is 1–30 of `[A-Za-z0-9_]`. */
  aggregationUnitNameMax: limit(30, "PUSH-4", `${REF}#send-push-message`, "utf16"),
  /** PUSH-12: the whole request body, 2 MB, or LINE answers 413. */
  requestBytesMax: limit(2 * 1024 * 1024, "PUSH-12", `${REF}#status-codes`, "bytes"),

  // Text and textV2 (RULES.md §3.1–3.2 give no IDs of their own: MSG-TEXT and MSG-TEXTV2 name
  // those sections).
  /** MSG-TEXT: `text` of a text message, 1–5000. */
  textMax: limit(5000, "MSG-TEXT", `${REF}#text-message`, "utf16"),
  /** MSG-TEXT: W above this when LINE emoji are used: each `$` counts as its hidden alt text. */
  textWithEmojiWarn: limit(4900, "MSG-TEXT", `${REF}#text-message`, "utf16"),
  /** MSG-TEXT: at most 20 LINE emoji in `emojis`. */
  textEmojisMax: limit(20, "MSG-TEXT", `${REF}#text-message`, "items"),
  /** MSG-TEXTV2: `text` of a textV2 message, 1–5000. */
  textV2Max: limit(5000, "MSG-TEXTV2", `${REF}#text-message-v2`, "utf16"),
  /** MSG-TEXTV2: at most 100 `substitution` entries. */
  substitutionsMax: limit(100, "MSG-TEXTV2", `${REF}#text-message-v2`, "items"),
  /** MSG-TEXTV2: substitution keys are 1–20 of `[0-9A-Za-z_]`. */
  substitutionKeyMax: limit(20, "MSG-TEXTV2", `${REF}#text-message-v2`, "utf16"),
  /** MSG-TEXTV2: at most 20 mentions in one message. */
  mentionsMax: limit(20, "MSG-TEXTV2", `${REF}#text-message-v2`, "items"),
  /** MSG-TEXTV2: at most 20 emoji substitutions in one message. */
  emojiSubstitutionsMax: limit(20, "MSG-TEXTV2", `${REF}#text-message-v2`, "items"),

  // Media messages (RULES.md §3.4–3.8 and §9: MSG-IMAGE, MSG-VIDEO, MSG-AUDIO, MSG-LOCATION and
  // MSG-COUPON name those sections).
  /** §9: every media URL (https only), at most 2000. */
  httpsUrlMax: limit(2000, "URL", `${REF}#url-encoding`, "utf16"),
  /** MSG-VIDEO: `trackingId`, at most 100. */
  trackingIdMax: limit(100, "MSG-VIDEO", `${REF}#video-message`, "utf16"),
  /** MSG-LOCATION: `title` and `address`, at most 100 each. */
  locationTextMax: limit(100, "MSG-LOCATION", `${REF}#location-message`, "utf16"),
  /** MSG-LOCATION: W outside ±90 latitude (not documented, RULES.md §3.7). */
  latitudeMax: limit(90, "MSG-LOCATION", `${REF}#location-message`),
  /** MSG-LOCATION: W outside ±180 longitude. */
  longitudeMax: limit(180, "MSG-LOCATION", `${REF}#location-message`),
  /** MSG-COUPON: `deliveryTag`, at most 30 of `[A-Za-z0-9_]`. */
  deliveryTagMax: limit(30, "MSG-COUPON", `${REF}#coupon-message`, "utf16"),

  // Actions (RULES.md §4).
  /** ACT-PB: postback `data`, at most 300. */
  postbackDataMax: limit(300, "ACT-PB", `${REF}#postback-action`, "utf16"),
  /** ACT-PB: `displayText`, `text` and `fillInText`, at most 300 grapheme clusters. */
  postbackTextMax: limit(300, "ACT-PB", `${REF}#postback-action`, "graphemes"),
  /** ACT-MSG: message action `text`, at most 300 grapheme clusters (RULES.md §12.1). */
  messageActionTextMax: limit(300, "ACT-MSG", `${REF}#message-action`, "graphemes"),
  /** ACT-URI: `uri` and `altUri.desktop`, at most 1000. */
  actionUriMax: limit(1000, "ACT-URI", `${REF}#uri-action`, "utf16"),
  /** ACT-DTP: datetimepicker `data`, at most 300. */
  datetimeDataMax: limit(300, "ACT-DTP", `${REF}#datetime-picker-action`, "utf16"),
  /** ACT-CLIP: `clipboardText`, 1–1000 (imagemap's clipboard action too). */
  clipboardTextMax: limit(1000, "ACT-CLIP", `${REF}#clipboard-action`, "utf16"),
  /**
   * ACT-RMS: `richMenuAliasId`, at most 32; as an alias ID (RM-8, RM-ALIAS-1) it is also 1–32 of
   * `[a-z0-9_-]` (OAS:CreateRichMenuAliasRequest).
   */
  richMenuAliasIdMax: limit(32, "ACT-RMS", `${REF}#richmenu-switch-action`, "utf16"),
  /** ACT-RMS: richmenuswitch `data`, at most 300. */
  richMenuDataMax: limit(300, "ACT-RMS", `${REF}#richmenu-switch-action`, "utf16"),
  /** ACT-CAM / ACT-ROLL / ACT-LOC / ACT-RMS: labels of at most 20 grapheme clusters. */
  quickReplyOnlyLabelMax: limit(20, "ACT-LABEL", `${REF}#camera-action`, "graphemes"),
  // RULES.md §4.3 has no ID: ACT-LABEL names it. Each host has its own label limit.
  /** ACT-LABEL: a label in a quick reply button. */
  labelQuickReplyMax: limit(20, "ACT-LABEL", `${REF}#action-object-label-spec`, "graphemes"),
  /** ACT-LABEL: a label in a buttons, confirm or carousel template. */
  labelTemplateMax: limit(20, "ACT-LABEL", `${REF}#action-object-label-spec`, "graphemes"),
  /** ACT-LABEL: a label in an image carousel column. */
  labelImageCarouselMax: limit(12, "ACT-LABEL", `${REF}#action-object-label-spec`, "graphemes"),
  /** ACT-LABEL: a label anywhere in a Flex message. */
  labelFlexMax: limit(40, "ACT-LABEL", `${REF}#action-object-label-spec`, "graphemes"),
  /** ACT-DTP-FMT: the earliest date a datetimepicker accepts. */
  datetimeYearMin: limit(1900, "ACT-DTP-FMT", `${REF}#datetime-picker-action`),
  /** ACT-DTP-FMT: the latest year a datetimepicker accepts (through 12-31T23:59). */
  datetimeYearMax: limit(2100, "ACT-DTP-FMT", `${REF}#datetime-picker-action`),

  // Quick reply (RULES.md §8).
  /** QR-1: 1–13 quick reply buttons. */
  quickReplyItemsMax: limit(13, "QR-1", `${REF}#items-object`, "items"),

  // Imagemap (RULES.md §6).
  /** IMG-1: `baseUrl`, https, at most 2000. */
  imagemapBaseUrlMax: limit(2000, "IMG-1", `${REF}#imagemap-message`, "utf16"),
  /** IMG-2: imagemap `altText`, 1–1500. */
  imagemapAltTextMax: limit(1500, "IMG-2", `${REF}#imagemap-message`, "utf16"),
  /** IMG-3: `baseSize.width` is always 1040. */
  imagemapBaseWidth: limit(1040, "IMG-3", `${REF}#imagemap-message`),
  /** IMG-5: at most 50 imagemap actions. */
  imagemapActionsMax: limit(50, "IMG-5", `${REF}#imagemap-message`, "items"),
  /** IMG-7: `externalLink.linkUri`, at most 1000. */
  imagemapLinkUriMax: limit(1000, "IMG-7", `${REF}#imagemap-message`, "utf16"),
  /** IMG-7: `externalLink.label`, at most 30. */
  imagemapExternalLabelMax: limit(30, "IMG-7", `${REF}#imagemap-message`, "utf16"),
  /** IMG-8 (§6.2): imagemap uri/message/clipboard `label`, at most 100. */
  imagemapActionLabelMax: limit(100, "IMG-8", `${REF}#imagemap-action-objects`, "utf16"),
  /** IMG-8 (§6.2): imagemap message action `text`, at most 400. */
  imagemapMessageTextMax: limit(400, "IMG-8", `${REF}#imagemap-message-action-object`, "utf16"),
  /** IMG-8 (§6.2): imagemap `linkUri`, at most 1000. */
  imagemapActionUriMax: limit(1000, "IMG-8", `${REF}#imagemap-uri-action-object`, "utf16"),
  /** IMG-8: area coordinates are int32. */
  imagemapCoordinateMax: limit(2_147_483_647, "IMG-8", `${REF}#imagemap-area-object`),

  // Templates (RULES.md §7 gives only TPL-CAR-SAME: TPL (common), TPL-BTN, TPL-CONF, TPL-CAR and
  // TPL-IMG-CAR name its sections).
  /** TPL: template `altText`, 1–1500. */
  templateAltTextMax: limit(1500, "TPL", `${REF}#template-messages`, "utf16"),
  /** TPL-BTN / TPL-CAR: `title`, at most 40 grapheme clusters. */
  templateTitleMax: limit(40, "TPL", `${REF}#buttons`, "graphemes"),
  /** TPL-BTN: `text` with neither image nor title. */
  buttonsTextMax: limit(160, "TPL-BTN", `${REF}#buttons`, "graphemes"),
  /** TPL-BTN / TPL-CAR: `text` when an image or a title is set. */
  templateTextWithImageMax: limit(60, "TPL", `${REF}#buttons`, "graphemes"),
  /** TPL-BTN: 1–4 actions. */
  buttonsActionsMax: limit(4, "TPL-BTN", `${REF}#buttons`, "items"),
  /** TPL-CONF: `text`, at most 240 grapheme clusters. */
  confirmTextMax: limit(240, "TPL-CONF", `${REF}#confirm`, "graphemes"),
  /** TPL-CONF: exactly 2 actions. */
  confirmActions: limit(2, "TPL-CONF", `${REF}#confirm`, "items"),
  /** TPL-CAR: column `text` with neither image nor title. */
  carouselTextMax: limit(120, "TPL-CAR", `${REF}#column-object-for-carousel`, "graphemes"),
  /** TPL-CAR: 1–3 actions per column. */
  carouselActionsMax: limit(3, "TPL-CAR", `${REF}#column-object-for-carousel`, "items"),
  /** TPL-CAR / TPL-IMG-CAR: 1–10 columns. */
  templateColumnsMax: limit(10, "TPL-CAR", `${REF}#carousel`, "items"),

  // Rich menus (RULES.md §15). The alias ID and the richmenuswitch `data` are ACT-RMS's above.
  /** RM-1: `name`, at most 300 (not shown to users). */
  richMenuNameMax: limit(300, "RM-1", `${REF}#rich-menu-object`, "utf16"),
  /** RM-1: `chatBarText`, at most 14. */
  chatBarTextMax: limit(14, "RM-1", `${REF}#rich-menu-object`, "utf16"),
  /** RM-1: at most 20 areas (OAS:RichMenuResponse maxItems; REF#rich-menu-object). */
  richMenuAreasMax: limit(20, "RM-1", `${REF}#rich-menu-object`, "items"),
  /** RM-2: `size.width`, 800–2500. */
  richMenuWidthMin: limit(800, "RM-2", `${REF}#size-object`),
  richMenuWidthMax: limit(2500, "RM-2", `${REF}#size-object`),
  /** RM-2: `size.height`, at least 250. */
  richMenuHeightMin: limit(250, "RM-2", `${REF}#size-object`),
  /** RM-2: `size.width / size.height`, at least 1.45. */
  richMenuRatioMin: limit(1.45, "RM-2", `${REF}#size-object`),
  /** RM-7: an action's label in a rich menu (read aloud with accessibility on). */
  labelRichMenuMax: limit(20, "RM-7", `${REF}#action-object-label-spec`, "graphemes"),
  /** RM-IMG-2: the image is 800–2500 px wide. */
  richMenuImageWidthMin: limit(800, "RM-IMG-2", `${REF}#upload-rich-menu-image-requirements`),
  richMenuImageWidthMax: limit(2500, "RM-IMG-2", `${REF}#upload-rich-menu-image-requirements`),
  /** RM-IMG-2: the image is at least 250 px high. */
  richMenuImageHeightMin: limit(250, "RM-IMG-2", `${REF}#upload-rich-menu-image-requirements`),
  /** RM-IMG-2: the image's width / height is at least 1.45. */
  richMenuImageRatioMin: limit(1.45, "RM-IMG-2", `${REF}#upload-rich-menu-image-requirements`),
  /** RM-IMG-2: "1 MB"; read as 1,000,000 bytes until LINE says otherwise (RULES.md §12.11). */
  richMenuImageBytesMax: limit(
    1_000_000,
    "RM-IMG-2",
    `${REF}#upload-rich-menu-image-requirements`,
    "bytes",
  ),
  /** RM-LIM-1: at most 1000 rich menus per channel (made with the Messaging API). */
  richMenusPerChannelMax: limit(1000, "RM-LIM-1", `${REF}#create-rich-menu`, "items"),
  /** RM-LIM-2: create, delete and delete-alias share 100 requests per hour. */
  richMenuCreatesPerHourMax: limit(100, "RM-LIM-2", `${REF}#rate-limits`, "items"),
} as const satisfies Record<string, Limit>;

/** The smallest box there is; a box nested in another sits inside its `contents` brackets. */
const SMALLEST_BOX = '{"type":"box","layout":"vertical","contents":[]}';
const AROUND_BODY = '{"type":"bubble","body":}';

/**
 * How many boxes fit one inside another in a bubble: LINE documents no nesting limit, but a
 * bubble's compact JSON is at most 30 KB (FLEX-BUB-4), and each nested box takes at least
 * SMALLEST_BOX's 48 bytes of it: 639.
 */
export const MOST_NESTED_BOXES = Math.floor(
  (LIMITS.bubbleBytesMax.value - AROUND_BODY.length) / SMALLEST_BOX.length,
);

/**
 * The deepest LINE JSON nests (objects and arrays, one inside another): above the first box a
 * push body, its `messages`, a message, a carousel, its `contents` and the bubble (6); each box
 * and its `contents` (2 each); below the last box a component, its action (or spans) and the
 * action's `altUri` (3): 1287.
 */
export const JSON_DEPTH_MAX = 6 + 2 * MOST_NESTED_BOXES + 3;

/**
 * The validators' own bounds on the work of one call, not LINE's limits: they keep a validator's
 * time, memory and stack bounded whatever a caller hands it (src/snapshot.ts, src/validate.ts).
 */
export const BOUNDS = {
  /**
   * Issues in one result. Past it, validation stops and one more issue (ERR-1) says that the rest
   * was not checked. LINE's 400 answer carries a list of `details` (ERR-1) and documents no
   * count: https://developers.line.biz/en/reference/messaging-api/#error-responses. 100 is far
   * more than a person reads or a real message has (each real-world fixture has at most one),
   * and stopping there keeps a body of 60,000 invalid texts from holding the simulator server's
   * event loop for seconds (issue 15: 2.4 s) to build, sort and send 60,000 issues.
   */
  issuesMax: 100,
  /**
   * Nesting of objects and arrays, from the value given: as deep as LINE JSON can be
   * (JSON_DEPTH_MAX), so that nothing LINE accepts is refused. A hostile value nested deeper is
   * one issue; one within it whose checks still run out of stack (boxes with unknown keys, which
   * zod parses whole, past about 880 levels) is caught at the boundary and reported as an issue.
   */
  depthMax: JSON_DEPTH_MAX,
  /**
   * Values read (objects, arrays, array slots and primitives): every value but the last takes
   * at least 2 bytes of JSON ("0,"), so no request body of at most 2 MB (PUSH-12) holds more.
   * Bounds the work on a huge or sparse array (length 2³² − 1) and on shared objects that a
   * walk would visit exponentially often.
   */
  valuesMax: LIMITS.requestBytesMax.value / 2,
} as const;
