/**
 * Where a tap came from: quick reply buttons disappear after one of them is tapped, and a
 * `richmenuswitch` does something only in a rich menu (RULES.md ACT-RMS).
 */
export type ActionOrigin = "message" | "quickReply" | "richMenu";

/**
 * What a tap on anything with an action calls. Outside chat mode (Storybook, component tests)
 * nothing listens and taps do nothing. The action is passed as given: it may be invalid.
 */
export type OnAction = (action: unknown, origin?: ActionOrigin) => void;
