// Share 2 of 2 of the bad-input catalogue (tests/unit/bad-inputs.ts), run beside the other.
import { describeBadInputs } from "./bad-inputs.ts";

describeBadInputs(1, 2);
