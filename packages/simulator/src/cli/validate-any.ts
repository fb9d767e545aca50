export { detectShape, type Shape, validateAny } from "../shared/detect-shape.js";
export { findJsonErrorOffset } from "../shared/json-syntax.js";
