/**
 * LINE's IDs of whom a message goes to: a user (U), group (C) or room (R) and 32 hex digits.
 * https://developers.line.biz/en/docs/messaging-api/getting-user-ids/
 */
export const RECIPIENT_ID = /^[UCR][0-9a-f]{32}$/;
/** A user's ID only: U and 32 hex digits. */
export const USER_ID = /^U[0-9a-f]{32}$/;
