// V8's explicit compile hint: a file that opens with `//# allFunctionsCalledOnLoad` has all its
// functions compiled as it streams in, off the main thread, instead of each one on the main thread
// the first time it runs. Without it, mounting the first screen compiled some 300 functions one
// by one inside its task (15 ms of a 59 ms task in one trace here, unthrottled). Every chunk of the
// client build gets it: a chunk is loaded when its screen needs it, and most of what a chunk holds
// runs when that screen opens. Browsers other than Chromium read a comment.

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The chunk's code with the hint on its first line. */
export const withCompileHint = (/** @type {string} */ code) =>
  code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;

/** @returns {import('vite').Plugin} */
export function compileHints() {
  return {
    name: 'dars:compile-hints',
    apply: 'build',
    // After minifying, which drops comments, and after Vite adds its preload map on top.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (this.environment?.name !== 'client') return;
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = withCompileHint(file.code);
        }
      }
    }
  };
}
