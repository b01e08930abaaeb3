/**
 * The area tree the evaluation walks: from `options.areas` when given, else from the
 * `parent` the observations name. Internal.
 *
 * @internal
 * @module
 */
import type { Area } from '../../model/area.js';
import type { Store } from './store.js';

/** The areas below and around an area. */
export interface Tree {
  /** Whether the tree was given (`options.areas`), rather than read from the observations. */
  readonly given: boolean;
  /** The areas directly below `area`. */
  children(area: string): readonly string[];
  /** The level of `area`, when the tree gives it. */
  level(area: string): Area['level'] | undefined;
}

const NONE: readonly string[] = Object.freeze([]);

/** The tree of an evaluation: the areas given, else the parents observed. */
export function treeOf(areas: readonly Area[] | undefined, store: Store): Tree {
  if (areas !== undefined) {
    const children = new Map<string, string[]>();
    const levels = new Map<string, Area['level']>();
    for (const area of areas) {
      levels.set(area.id, area.level);
      // Stryker disable next-line ConditionalExpression: a root's children would be kept under the key undefined, which children() is never asked for (an area id is a string)
      if (area.parent !== undefined) {
        const list = children.get(area.parent);
        if (list === undefined) children.set(area.parent, [area.id]);
        else list.push(area.id);
      }
    }
    return { given: true, children: (area) => children.get(area) ?? NONE, level: (area) => levels.get(area) };
  }
  // the children's ids, written once per area for the evaluation
  const written = new Map<string, readonly string[]>();
  return {
    given: false,
    children(area) {
      let ids = written.get(area);
      // Stryker disable next-line ConditionalExpression: working the ids again gives the same list; the map only saves the work
      if (ids === undefined) {
        const a = store.areaNumbers.get(area);
        // Stryker disable next-line ConditionalExpression: childrenOf[undefined] is undefined all the same
        const list = a === undefined ? undefined : store.childrenOf[a];
        ids = list === undefined ? NONE : list.map((child) => store.areas[child] as string);
        written.set(area, ids);
      }
      return ids;
    },
    level: () => undefined,
  };
}

/**
 * The areas an area's figure is summed from when it has none of its own: its children, but
 * not the facilities below an administrative area (a commune's stations are units, not parts
 * of its population); a facility's children are its parts (a station's sub-stations).
 */
export function partsOf(tree: Tree, area: string): readonly string[] {
  const children = tree.children(area);
  if (!tree.given || tree.level(area) === 'facility') return children;
  return children.filter((child) => tree.level(child) !== 'facility');
}

/**
 * The units of a share target below `area` in a given tree: the top-most areas at `level`
 * (a station's sub-stations are parts of the station, not units of their own).
 */
export function unitsBelow(tree: Tree, area: string, level: Area['level']): string[] {
  const units: string[] = [];
  const stack = [...tree.children(area)].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (tree.level(next) === level) units.push(next);
    else for (const child of [...tree.children(next)].reverse()) stack.push(child);
  }
  return units;
}
