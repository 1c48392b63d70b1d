/**
 * Base of every fake proxy. Mirrors Office.js where tests depend on it:
 * - a property is readable only after load() *and* sync() (or after the code set it);
 * - load paths may navigate ("format/fill/color", "items/name");
 * - isNullObject is known only after a sync that resolved the object;
 * - the object a proxy stands for is resolved at sync time, in queue order.
 */
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";

export type LoadSpec = string | readonly string[] | { readonly select?: string | readonly string[]; readonly expand?: string | readonly string[] };

/** Load argument → list of paths, or null for "all scalar properties". */
export function loadPaths(spec: LoadSpec | undefined): string[] | null {
  if (spec === undefined) return null;
  const split = (s: string | readonly string[] | undefined): string[] =>
    (typeof s === "string" ? s.split(",") : [...(s ?? [])]).map((p) => p.trim()).filter((p) => p !== "");
  if (typeof spec === "string" || Array.isArray(spec)) return split(spec as string | readonly string[]);
  const obj = spec as { select?: string | readonly string[]; expand?: string | readonly string[] };
  return [...split(obj.select), ...split(obj.expand)];
}

/** Groups paths by their first segment: "format/fill/color" → format: ["fill/color"]. null = whole. */
export function groupPaths(paths: readonly string[]): Map<string, string[] | null> {
  const groups = new Map<string, string[] | null>();
  for (const path of paths) {
    const [head = "", ...rest] = path.split("/");
    const existing = groups.get(head);
    if (rest.length === 0) groups.set(head, null);
    else if (existing !== null) groups.set(head, [...(existing ?? []), rest.join("/")]);
  }
  return groups;
}

export abstract class FakeClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private resolved: { readonly target: T | null } | undefined;
  private nullKnown: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
    private readonly resolver: () => T | null,
    private readonly orNull = false,
  ) {}

  /** Scalar properties a bare load() fetches. */
  protected abstract scalarNames(): readonly string[];
  /** Current value of a scalar, read from the document (at sync time). */
  protected abstract readScalar(target: T, name: string): unknown;
  /** Child proxy for a navigation property, for load paths like "format/fill/color". */
  protected navigation(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }
  /** Whether the object found at first use stays the proxy's object (Excel binds most proxies once). */
  protected cacheTarget(): boolean {
    return true;
  }
  /** True when the document object behind the proxy is gone (deleted sheet, chart). */
  protected isGone(_target: T): boolean {
    return false;
  }

  /** Only while a sync applies actions. */
  resolve(location: string): T | null {
    if (!this.resolved || !this.cacheTarget()) {
      const target = this.resolver();
      if (target === null && !this.orNull) throw itemNotFound(this.typeName, location);
      this.resolved = { target };
    }
    const target = this.resolved.target;
    if (target !== null && this.isGone(target)) throw itemNotFound(`${this.typeName} was deleted`, location);
    this.nullKnown = target === null;
    return target;
  }

  /** Only while a sync applies actions: the target, or ItemNotFound for a null object. */
  require(location: string): T {
    const target = this.resolve(location);
    if (target === null) throw itemNotFound(`${this.typeName} is a null object`, location);
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.nullKnown;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(`${this.typeName}.load`, () => this.applyLoad(paths));
    return this;
  }

  /** Runs at sync. A null object loads nothing: its isNullObject says why. */
  applyLoad(paths: readonly string[] | null): void {
    const target = this.resolve(`${this.typeName}.load`);
    if (target === null) return;
    const groups = paths === null ? new Map(this.scalarNames().map((n) => [n, null] as const)) : groupPaths(paths);
    for (const [name, sub] of groups) {
      if (sub === null && this.scalarNames().includes(name)) {
        const value = this.readScalar(target, name);
        this.context.countResponse(value);
        this.loaded.set(name, value);
        continue;
      }
      const nav = this.navigation(name);
      if (!nav) throw invalidArgument(`${this.typeName} has no property "${name}"`, `${this.typeName}.load`);
      nav.applyLoad(sub);
    }
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.typeName);
    return this.loaded.get(name) as V;
  }

  /** Like Office.js, the proxy keeps the value it was given; Excel gets it at the next sync. */
  protected set<V>(name: string, value: V, apply: (target: T) => void): void {
    this.loaded.set(name, value);
    this.context.countRequest(value);
    const location = `${this.typeName}.${name}`;
    this.context.enqueue(location, () => apply(this.require(location)));
  }

  /** Queues a method call that acts on the document at sync. */
  protected call(method: string, apply: (target: T) => void): void {
    const location = `${this.typeName}.${method}`;
    this.context.enqueue(location, () => apply(this.require(location)));
  }

  /** Loaded values only, as Office.js's toJSON does. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: `items` after load; load("name") means load("items/name"), as in Office.js. */
export abstract class FakeCollection<T, Item extends FakeClientObject<T>> extends FakeClientObject<T[]> {
  private loadedItems: Item[] | undefined;

  protected abstract itemFor(target: T): Item;

  /** A collection is looked up afresh at every use: sheets and charts come and go. */
  protected override cacheTarget(): boolean {
    return false;
  }

  protected scalarNames(): readonly string[] {
    return ["count"];
  }

  protected readScalar(target: T[], name: string): unknown {
    if (name === "count") return target.length;
    throw invalidArgument(`unknown property ${name}`, `${this.typeName}.load`);
  }

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }

  get count(): number {
    return this.get<number>("count");
  }

  override applyLoad(paths: readonly string[] | null): void {
    const list = this.require(`${this.typeName}.load`);
    const itemPaths: string[] = [];
    let whole = paths === null;
    for (const [name, sub] of groupPaths(paths ?? [])) {
      if (name === "count" && sub === null) {
        this.loaded.set("count", list.length);
        this.context.countResponse(list.length);
      }
      else if (name === "items") {
        if (sub === null) whole = true;
        else itemPaths.push(...sub);
      } else if (sub === null) itemPaths.push(name);
      else itemPaths.push(...sub.map((s) => `${name}/${s}`));
    }
    if (whole || itemPaths.length > 0) {
      const items = list.map((t) => this.itemFor(t));
      for (const item of items) item.applyLoad(whole && itemPaths.length === 0 ? null : itemPaths);
      this.loadedItems = items;
    }
  }
}
