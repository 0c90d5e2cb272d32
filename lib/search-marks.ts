// Private-use characters that mark matched words in search excerpts. Unlike HTML tags they
// cannot come from the quoted text itself; the page turns each marked run into <mark>.
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";
