import { z } from "zod";

/**
 * `z.strictObject`, typed with the shape as it is written. zod types its result with
 * `util.Writeable<Shape>`, a mapped type, and TypeScript's declaration output prints the
 * properties of a mapped type without their JSDoc: the property docs (issue 21) then showed in
 * this repository's editors but not in the `.d.ts` files installed users read. No shape here has
 * readonly keys, so `Writeable` changes nothing else.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
): z.ZodObject<Shape, z.core.$strict> {
  return z.strictObject(shape) as unknown as z.ZodObject<Shape, z.core.$strict>;
}
