/**
 * Rich menus as JSX (RULES.md §15): a separate entry point, so that bots sending messages only
 * don't ship it (test/flex-jsx/size.test.ts).
 */
export {
  Area,
  type AreaProps,
  buildRichMenu,
  type Cell,
  Column,
  type ColumnProps,
  layOut,
  RICH_MENU_SIZES,
  RichMenu,
  type RichMenuProps,
  type RichMenuSizeName,
  Row,
  type RowProps,
  splitByWeights,
} from "./components/rich-menu/index.js";
