// Text from documents reaches the reviewer's terminal (a quote, a note, a file name in an error).
// A terminal obeys control characters: ESC and CSI (0x9b) sequences can retitle the window,
// write the clipboard (OSC 52), move the cursor to overwrite the digits under review; a carriage
// return rewrites its line; bidi controls reorder what follows (821 shows as 128); zero-width
// characters hide inside numbers. All of them are shown as visible escapes instead.

/**
 * C0 controls but line feed and tab, DEL, C1 controls, line and paragraph separators, and every
 * format character (bidi marks, embeddings, overrides and isolates; zero-width space, joiners,
 * soft hyphen, word joiner, BOM…).
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

/** `text` with each control or invisible character shown as `\u{1b}`, so the terminal never obeys it. */
export const terminalSafe = (text: string): string =>
  text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
