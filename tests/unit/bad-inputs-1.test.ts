// Share 1 of 2 of the bad-input catalogue (tests/unit/bad-inputs.ts), run beside the other.
import { describe, expect, it } from "vitest";
import type { BadInputCase } from "../bad-inputs/apply.ts";
import { cases, describeBadInputs } from "./bad-inputs.ts";

describe("the bad-input catalogue", () => {
  it("has at least 30 cases, each with its exact error", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it("runs the command-line tools on one case per kind of input", () => {
    // Sources, the ledger, events, a reference panel, the tier lists, GLOTIP, a non-regular file.
    const kindOf = (c: BadInputCase) => (c.make ? "not a regular file" : c.file.replace(/\/[^/]*$|\.csv$/, ""));
    const kinds = new Set(cases.filter((c) => c.cli).map(kindOf));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
  });
});

describeBadInputs(0, 2);
