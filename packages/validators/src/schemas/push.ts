import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import type { Infer } from "./infer.js";

/**
 * The body of `POST /v2/bot/message/push` (RULES.md PUSH-2..4). `messages` is checked message by
 * message by validatePushRequest, so each issue gets its `messages[i]` path; `to` gets its
 * recipient checks there too (PUSH-3 is partly a warning).
 * https://developers.line.biz/en/reference/messaging-api/#send-push-message
 */
export const PushRequestSchema = z.strictObject({
  to: ruled("PUSH-2", z.string(), "a userId, groupId or roomId string"),
  messages: ruled("PUSH-2", z.array(z.unknown()), "an array of messages"),
  notificationDisabled: ruled("PUSH-2", z.boolean(), "true or false").optional(),
  // RULES.md §12.3: OAS gives push no limits here; REF gives multicast's, which we apply.
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
