// Types of scripts/site-chrome.mjs (plain JavaScript, so that scripts/postbuild.mjs can run it with node).
export declare const PAGES: { name: string; path: string }[];
export declare const HEAD: string;
export declare const HEADER: string;
export declare const FOOTER: string;
export declare function relativePath(source: string, target: string): string;
export declare function escapeHtml(text: string): string;
