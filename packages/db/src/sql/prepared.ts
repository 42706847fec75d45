/*
 * Named prepared statements for the hottest reads on PostgreSQL (decision 0041).
 *
 * An unnamed statement is parsed and planned on every execution. For the group lists planning
 * was most of the statement's time on the server: the finder's page took about 1.0 ms from the
 * driver's send to its last row as an unnamed statement and about 0.4 ms prepared, the staff
 * list's name search at 20,000 groups 2.1 ms against 1.4 ms. A named statement is parsed once per
 * connection (pg keeps track of which connection knows which name); PostgreSQL plans it for the
 * values of each of its first five executions and then keeps a generic plan where that is not
 * dearer than the custom ones.
 *
 * Each distinct statement text costs every pool connection a parsed statement and a plan for as
 * long as the connection lives, and the list statements differ with the filters a caller combines.
 * So only the first MAX_PREPARED texts a process sees get a name; any other text runs unnamed, as
 * before. Callers ask for a name only for statements whose shape does not depend on free text
 * (a name search keeps a custom plan per pattern: a generic one cannot tell "ab", which no
 * trigram narrows, from "sorg").
 */

/** Distinct statement texts a process prepares; beyond these, statements run unnamed. */
export const MAX_PREPARED = 64;

export class PreparedNames {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly prefix: string,
    private readonly max = MAX_PREPARED,
  ) {}

  /** The statement's name, given at its first use while fewer than `max` have one; else undefined. */
  nameFor(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.max) return known;
    const name = `${this.prefix}${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }

  get size(): number {
    return this.names.size;
  }
}
