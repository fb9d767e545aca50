import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import type { Infer } from "./infer.js";
import { strictObject } from "./object.js";

/**
 * The body of `POST /v2/bot/message/push` (RULES.md PUSH-2..4). `messages` is checked message by
 * message by validatePushRequest, so each issue gets its `messages[i]` path; `to` gets its
 * recipient checks there too (PUSH-3 is partly a warning).
 * https://developers.line.biz/en/reference/messaging-api/#send-push-message
 */
export const PushRequestSchema = strictObject({
  /**
   * The one recipient: the `userId`, `groupId` or `roomId` a webhook delivered (`U`, `C` or `R`
   * and 32 lowercase hex digits), never a LINE ID or display name. Required.
   * Rules: PUSH-2, PUSH-3.
   * @see https://developers.line.biz/en/reference/messaging-api/#send-push-message
   */
  to: ruled("PUSH-2", z.string(), "a userId, groupId or roomId string"),
  /**
   * The messages to send, 1–5, in order; if one is refused, none is sent. The whole body is
   * at most 2 MB. Only the last message's `quickReply` is shown.
   * Rules: PUSH-2, PUSH-12, MSG-2.
   * @see https://developers.line.biz/en/reference/messaging-api/#send-push-message
   */
  messages: ruled("PUSH-2", z.array(z.unknown()), "an array of messages"),
  /**
   * `true` delivers the messages without a notification to the user.
   * Rules: PUSH-2.
   * @default false
   * @see https://developers.line.biz/en/reference/messaging-api/#send-push-message
   */
  notificationDisabled: ruled("PUSH-2", z.boolean(), "true or false").optional(),
  // RULES.md §12.3: OAS gives push no limits here; REF gives multicast's, which we apply.
  /**
   * The name of a unit to count these messages under in LINE's per-unit statistics: at most
   * 1 name of 1–30 `A-Z`, `a-z`, `0-9` and `_` (case-sensitive). Names past 1,000 a month
   * are silently not counted.
   * Rules: PUSH-4.
   * @see https://developers.line.biz/en/reference/messaging-api/#send-push-message
   */
  customAggregationUnits: ruled(
    "PUSH-4",
    z
      .array(
        ruled(
          "PUSH-4",
          z.string().regex(new RegExp(`^[A-Za-z0-9_]{1,${LIMITS.aggregationUnitNameMax.value}}$`)),
          `a unit name of 1 to ${LIMITS.aggregationUnitNameMax.value} of A-Z, a-z, 0-9 and _`,
        ),
      )
      .max(LIMITS.aggregationUnitsMax.value),
  ).optional(),
});

export type PushRequest = Omit<Infer<typeof PushRequestSchema>, "messages"> & {
  messages: unknown[];
};
