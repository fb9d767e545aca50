/**
 * Where a person gets a channel access token to set as LINE_CHANNEL_ACCESS_TOKEN (`flexkit push`)
 * or enter on the simulator's token page.
 */
export const HOW_TO_GET_A_TOKEN =
  "LINE Developers console → your channel → Messaging API tab → Channel access token (long-lived) → Issue";
