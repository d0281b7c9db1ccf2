import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  OCI_API_CREDENTIALS,
  authSecrets,
  loadGitContext,
  markPreviewRemoved,
  maskRawSecrets,
  ociConnection,
  optional,
  parseBoolean,
  parseList,
  parseReplicaRegions,
  readOciAuth,
  readRegionSources,
  registryHost,
  resolveRegion,
  validateRepository
} from "./chunks/chunk-B3D4OB34.js";
import {
  BEARER_USERNAME,
  failWithAdvice
} from "./chunks/chunk-3NDLOAY6.js";
import {
  ActionError,
  InputError,
  InputProblems,
  StepFailure,
  credentialsError,
  explain,
  inStep,
  oneLineFailure
} from "./chunks/chunk-6YBALY5C.js";
import {
  mapConcurrent
} from "./chunks/chunk-JCNSVIZG.js";
import {
  Env,
  SharedInput
} from "./chunks/chunk-KYB52YRC.js";
import {
  core_exports,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-J3AKMAWX.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-OQV333LO.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count3 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count3++;
        }
        if (count3 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/prune/constants.ts
var Input = {
  ...SharedInput,
  Tags: "tags",
  Match: "match",
  KeepLast: "keep-last",
  OlderThan: "older-than",
  Protect: "protect",
  NoDefaultProtect: "no-default-protect",
  Registry: "registry",
  Untagged: "untagged",
  DryRun: "dry-run"
};
var Output = {
  Deleted: "deleted",
  DeletedCount: "deleted-count",
  KeptCount: "kept-count"
};

// src/prune/execute.ts
var MAX_ROUNDS = 3;
var CHANGED_DURING_RUN = "changed during the run: planned again";
function removalsOf(plan) {
  return [
    ...plan.delete.map(({ image, tags }) => ({ image, kind: "delete", tags })),
    ...plan.untag.map(({ image, tags }) => ({ image, kind: "untag", tags }))
  ];
}
async function executeRemovals(removals, registry, options) {
  let done = 0;
  let failed = 0;
  const report = () => options.progress(done, removals.length, failed);
  const timer = setInterval(report, options.progressEveryMs ?? 5e3);
  try {
    return await mapConcurrent(removals, options.concurrency, async (removal) => {
      const outcome = await attempt(removal, registry);
      done += 1;
      if (outcome.error !== void 0) failed += 1;
      return outcome;
    });
  } finally {
    clearInterval(timer);
    report();
  }
}
async function attempt(removal, registry) {
  const removed = [];
  let etag = removal.image.etag;
  const gone = async (operation) => {
    try {
      return await operation();
    } catch (error) {
      if (!registry.isNotFound(error)) throw error;
      return void 0;
    }
  };
  try {
    if (removal.kind === "delete") {
      await gone(() => registry.deleteImage(removal.image.id, etag));
      removed.push(...removal.tags);
    } else {
      for (const tag of removal.tags) {
        etag = await gone(() => registry.removeVersion(removal.image.id, tag, etag)) ?? etag;
        removed.push(tag);
      }
    }
    return { ...removal, removed };
  } catch (error) {
    if (registry.isChanged(error)) return { ...removal, removed, changed: true };
    return { ...removal, removed, error: oneLineFailure(error) };
  }
}
async function executePlan(plan, registry, options) {
  const maxRounds = options.maxRounds ?? MAX_ROUNDS;
  let current = plan;
  const outcomes = /* @__PURE__ */ new Map();
  const earlier = /* @__PURE__ */ new Map();
  const replanned = /* @__PURE__ */ new Set();
  const withEarlier = (outcome, extra = {}) => {
    const before = earlier.get(outcome.image.id) ?? [];
    const result = { ...outcome, ...extra };
    return { ...result, tags: [...before, ...result.tags], removed: [...before, ...result.removed] };
  };
  let pending = removalsOf(plan);
  for (let round = 1; pending.length > 0; round++) {
    const results = await executeRemovals(pending, registry, options);
    const changed = results.filter((outcome) => outcome.changed);
    for (const outcome of results) if (!outcome.changed) outcomes.set(outcome.image.id, withEarlier(outcome));
    if (changed.length === 0) break;
    if (round === maxRounds) {
      const error = `changed during the run ${maxRounds} times, read and planned again each time; left as it is`;
      for (const outcome of changed)
        outcomes.set(outcome.image.id, withEarlier(outcome, { changed: false, error }));
      break;
    }
    for (const outcome of changed) options.onChanged?.(outcome.image);
    const reads = await mapConcurrent(
      changed,
      options.concurrency,
      (outcome) => registry.readImage(outcome.image.id)
    );
    const fresh = [];
    changed.forEach((outcome, index) => {
      const image = reads[index];
      if (image === void 0) {
        outcomes.set(outcome.image.id, withEarlier(outcome, { changed: false, removed: [...outcome.tags] }));
        return;
      }
      fresh.push(image);
      replanned.add(image.id);
      earlier.set(image.id, [...earlier.get(image.id) ?? [], ...outcome.removed]);
    });
    if (fresh.length === 0) break;
    const ids = new Set(fresh.map((image) => image.id));
    const again = options.replan(fresh);
    current = replaceEntries(current, again, ids);
    pending = removalsOf(again).filter((removal) => ids.has(removal.image.id));
  }
  const final = withEarlierRemovals(current, earlier);
  const ordered = removalsOf(final).map((removal) => {
    const outcome = outcomes.get(removal.image.id);
    if (outcome !== void 0) return outcome;
    const removed = earlier.get(removal.image.id);
    return removed ? { ...removal, removed } : { ...removal, removed: [], error: "not attempted" };
  });
  return { plan: final, outcomes: ordered, replanned: [...replanned] };
}
function replaceEntries(plan, again, ids) {
  const pick = (from, instead) => [
    ...from.filter((entry) => !ids.has(entry.image.id)),
    ...instead.filter((entry) => ids.has(entry.image.id))
  ];
  return {
    delete: pick(plan.delete, again.delete),
    untag: pick(plan.untag, again.untag),
    keep: pick(plan.keep, again.keep)
  };
}
function withEarlierRemovals(plan, earlier) {
  const before = (image) => earlier.get(image.id) ?? [];
  return {
    delete: plan.delete.map((entry) => ({ ...entry, tags: [...before(entry.image), ...entry.tags] })),
    untag: [
      ...plan.untag.map((entry) => ({ ...entry, tags: [...before(entry.image), ...entry.tags] })),
      ...plan.keep.filter((entry) => before(entry.image).length > 0).map(({ image, reasons }) => ({
        image,
        tags: before(image),
        kept: reasons.map((kept) => kept.tag),
        reasons
      }))
    ],
    keep: plan.keep.filter((entry) => before(entry.image).length === 0)
  };
}

// src/prune/duration.ts
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var UNITS = [
  ["d", DAY],
  ["h", HOUR],
  ["m", MINUTE]
];
var DURATION = /^(\d+)([mhd])$/;
function parseDuration(name, text) {
  const match = DURATION.exec(text.trim());
  const count3 = match ? Number(match[1]) : NaN;
  const unit = UNITS.find(([suffix]) => suffix === match?.[2]);
  if (!unit || !Number.isSafeInteger(count3) || count3 <= 0 || !Number.isSafeInteger(count3 * unit[1])) {
    throw new InputError(
      name,
      `expected a positive whole number and a unit, m (minutes), h (hours) or d (days), got '${text}'`,
      "30d"
    );
  }
  return count3 * unit[1];
}
function formatDuration(ms) {
  const [suffix, size] = UNITS.find(([, unitMs]) => ms % unitMs === 0 && ms >= unitMs) ?? ["m", MINUTE];
  return `${Math.round(ms / size)}${suffix}`;
}
function humanAge(ms) {
  let rest = Math.max(0, Math.floor(ms / MINUTE)) * MINUTE;
  const parts = [];
  for (const [suffix, size] of UNITS) {
    const count3 = Math.floor(rest / size);
    rest -= count3 * size;
    if (count3 > 0 || parts.length > 0) parts.push(`${count3}${suffix}`);
  }
  const shown = parts.slice(0, 2).filter((part) => !/^0/.test(part));
  return shown.length > 0 ? shown.join(" ") : "<1m";
}

// src/prune/patterns.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var SEMVER_WORD = "semver";
var DEFAULT_PROTECT = ["latest", SEMVER_WORD, "buildcache"];
var RELEASE = String.raw`v?(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)){0,2}`;
var RELEASE_TAG = new RegExp(`^${RELEASE}$`);
var FLAVOURED_RELEASE = new RegExp(
  String.raw`^(?:(?<prefix>[A-Za-z][A-Za-z0-9_.]*(?:-[A-Za-z0-9_.]+)*)[-_](?=v?\d+\.))?` + `(?<release>${RELEASE})` + String.raw`(?:-(?<flavour>[A-Za-z][A-Za-z0-9_.-]*))?$`
);
var PRE_RELEASE = /^(?:alpha|beta|rc|pre|preview|dev|snapshot|canary|next|nightly|test|experimental|unstable|a|b)(?:[\d.-]|$)/i;
var PATTERN_CHARACTERS = /^[A-Za-z0-9_.\-*?[\]{}()!|+@^,]+$/;
var PAIRS = { "]": "[", "}": "{", ")": "(" };
function isProtectedRelease(tag) {
  if (RELEASE_TAG.test(tag)) return true;
  const groups = FLAVOURED_RELEASE.exec(tag)?.groups;
  if (!groups || groups.prefix === void 0 && groups.flavour === void 0) return false;
  return groups.flavour === void 0 || !PRE_RELEASE.test(groups.flavour);
}
function effectiveProtect(patterns, withDefaults) {
  const all = [...withDefaults ? DEFAULT_PROTECT : [], ...patterns.map((pattern) => pattern.trim())];
  return [...new Set(all)];
}
function describeProtect(patterns) {
  if (patterns.length === 0) return "nothing (no-default-protect: true and no protect patterns)";
  return patterns.map(
    (pattern) => pattern === SEMVER_WORD ? "semver (releases 1.2.3, v1.2, 1 and flavoured 1.2.3-alpine, arm64-1.2.3)" : pattern
  ).join(", ");
}
function tagMatcher(patterns, input = "tags") {
  const matchers = patterns.map((pattern) => compile(input, pattern));
  return (tag) => matchers.some((matches) => matches(tag));
}
function protectionMatcher(patterns, input = "protect") {
  const wantsReleases = patterns.some((pattern) => pattern.trim() === SEMVER_WORD);
  const globs = tagMatcher(
    patterns.filter((pattern) => pattern.trim() !== SEMVER_WORD),
    input
  );
  return (tag) => wantsReleases && isProtectedRelease(tag) || globs(tag);
}
function compile(input, raw) {
  const pattern = raw.trim();
  const problem = patternProblem(pattern);
  if (problem) throw new InputError(input, `${problem}, got '${raw}'`, "pr-*");
  let matches;
  try {
    if (import_picomatch.default.makeRe(pattern).source === "$^") throw new Error("unparseable");
    matches = (0, import_picomatch.default)(pattern);
  } catch {
    throw new InputError(input, `'${raw}' is not a valid glob`, "pr-*");
  }
  return matches;
}
function patternProblem(pattern) {
  if (pattern === "") return "empty tag pattern";
  if (pattern.includes("/")) return "tags never contain '/'";
  if (pattern.startsWith("!"))
    return "negated patterns ('!') are not supported; list what to protect in protect";
  if (!PATTERN_CHARACTERS.test(pattern)) {
    return "a tag pattern holds only letters, digits, _ . - and the glob characters * ? [ ] { }";
  }
  if (!balanced(pattern)) return "unbalanced brackets";
  return void 0;
}
function balanced(pattern) {
  const open = [];
  for (const char of pattern) {
    if ("[{(".includes(char)) open.push(char);
    const opener = PAIRS[char];
    if (opener !== void 0 && open.pop() !== opener) return false;
  }
  return open.length === 0;
}

// src/prune/inputs.ts
var MAX_KEEP_LAST = 1e5;
function parseKeepLast(value) {
  if (value === void 0) return void 0;
  const count3 = Number(value);
  if (!/^\d+$/.test(value) || count3 < 1 || count3 > MAX_KEEP_LAST) {
    throw new InputError(
      Input.KeepLast,
      `expected a whole number of images from 1 to ${MAX_KEEP_LAST}, got '${value}' (leave it out to keep none)`,
      "30"
    );
  }
  return count3;
}
function parsePatterns(name, value, compile2) {
  const patterns = parseList(value);
  compile2(patterns, name);
  return patterns;
}
function parsePruneInputs(read, env, regionsConfig) {
  const problems = new InputProblems();
  const { auth, given: authGiven, notes: authNotes } = readOciAuth(read, env, problems);
  if (!authGiven) {
    problems.add(
      credentialsError(
        `the prune action calls the OCI API and needs credentials for it: ${OCI_API_CREDENTIALS}. An auth token cannot delete images`
      )
    );
  }
  const regionValue = optional(read, Input.Region) ?? (env[Env.Region]?.trim() || void 0);
  if (regionValue === void 0) {
    problems.add(
      new InputError(Input.Region, `the OCI API needs a region (or env ${Env.Region})`, "sa-saopaulo-1")
    );
  }
  const region = regionValue === void 0 ? void 0 : problems.check(() => resolveRegion(regionValue, env[Env.RegionMetadata], regionsConfig));
  const repository = problems.check(() => validateRepository(read(Input.Repository).trim()));
  const replicas = problems.check(
    () => parseReplicaRegions(read(Input.ReplicateTo), region, {
      regionMetadata: env[Env.RegionMetadata],
      regionsConfig
    })
  );
  const tags = problems.check(() => parsePatterns(Input.Tags, read(Input.Tags), tagMatcher));
  const match = problems.check(() => parsePatterns(Input.Match, read(Input.Match), tagMatcher));
  const protect = problems.check(() => parsePatterns(Input.Protect, read(Input.Protect), protectionMatcher));
  const noDefaultProtect = problems.check(
    () => parseBoolean(Input.NoDefaultProtect, read(Input.NoDefaultProtect), false)
  );
  if (protect?.some((pattern) => /^none$/i.test(pattern.trim()))) {
    problems.add(
      new InputError(
        Input.Protect,
        "'none' does not drop the default protection: protect adds to latest, release versions and buildcache; to drop them set no-default-protect: true and list what stays protected",
        "no-default-protect: true"
      )
    );
  }
  const keepLast = problems.check(() => parseKeepLast(optional(read, Input.KeepLast)));
  const olderThanText = optional(read, Input.OlderThan);
  const olderThanMs = olderThanText === void 0 ? void 0 : problems.check(() => parseDuration(Input.OlderThan, olderThanText));
  const untagged = problems.check(() => parseBoolean(Input.Untagged, read(Input.Untagged), false));
  const dryRun = problems.check(() => parseBoolean(Input.DryRun, read(Input.DryRun), false));
  const prComment = problems.check(() => parseBoolean(Input.PrComment, read(Input.PrComment), false));
  const ruleGiven = [Input.Tags, Input.Match, Input.KeepLast, Input.OlderThan].some(
    (name) => optional(read, name) !== void 0
  );
  if (!ruleGiven) {
    problems.add(
      new InputError(
        Input.Tags,
        "no rule selects anything: set tags, match, keep-last or older-than (the action never deletes a whole repository)",
        "pr-42"
      )
    );
  }
  if (untagged === true && olderThanText === void 0) {
    problems.add(
      new InputError(
        Input.Untagged,
        "untagged images are deleted by age only: set older-than too",
        "older-than: 7d"
      )
    );
  }
  problems.throwIfAny();
  const githubToken = optional(read, Input.GithubToken);
  return {
    region,
    auth,
    authNotes,
    repository,
    registry: optional(read, Input.Registry) ?? registryHost(region),
    replicas,
    rules: {
      tags,
      match,
      ...keepLast !== void 0 ? { keepLast } : {},
      ...olderThanMs !== void 0 ? { olderThanMs } : {},
      protect: effectiveProtect(protect, !noDefaultProtect),
      untagged
    },
    dryRun,
    prComment,
    ...githubToken ? { githubToken } : {}
  };
}
function getPruneInputs() {
  const read = (name) => getInput(name);
  maskRawSecrets(read, [
    Input.PrivateKey,
    Input.PrivateKeyPassphrase,
    Input.GithubToken,
    Input.OidcClientSecret
  ]);
  const inputs = parsePruneInputs(read, process.env, readRegionSources().regionsConfig);
  for (const secret of authSecrets(inputs.auth)) setSecret(secret);
  return inputs;
}

// src/prune/log.ts
var plainLog = {
  info: (line) => info(line),
  warning: (line) => warning(line),
  group: (name, work) => group(name, work)
};
function regionLog(regionId) {
  const named = (line) => `[${regionId}] ${line}`;
  return {
    info: (line) => info(named(line)),
    warning: (line) => warning(named(line)),
    group: (name, work) => {
      info(named(name));
      return work();
    }
  };
}

// src/prune/references.ts
var NO_REFERENCES = { known: true, digests: /* @__PURE__ */ new Set() };
var INDEX_MEDIA_TYPES = /* @__PURE__ */ new Set([
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
]);
function isIndexMediaType(mediaType) {
  return mediaType !== void 0 && INDEX_MEDIA_TYPES.has(mediaType.split(";")[0].trim());
}
function indexChildren(manifest) {
  let parsed;
  try {
    parsed = JSON.parse(manifest.bytes.toString("utf8"));
  } catch {
    throw new Error(`the manifest is not JSON (${manifest.mediaType})`);
  }
  const body = typeof parsed === "object" && parsed !== null ? parsed : {};
  const declared = typeof body.mediaType === "string" ? body.mediaType : void 0;
  if (!isIndexMediaType(manifest.mediaType) && !isIndexMediaType(declared)) return [];
  if (!Array.isArray(body.manifests)) throw new Error("the index lists no manifests array");
  return body.manifests.map((entry) => {
    const { digest, mediaType } = entry ?? {};
    if (typeof digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
      throw new Error(`the index lists a manifest without a valid digest (${JSON.stringify(digest)})`);
    }
    return typeof mediaType === "string" ? { digest, mediaType } : { digest };
  });
}
async function collectReferences(roots, options) {
  const digests = /* @__PURE__ */ new Set();
  const read = /* @__PURE__ */ new Set();
  let indexes = 0;
  let level = [...new Set(roots)];
  try {
    while (level.length > 0) {
      for (const digest of level) read.add(digest);
      const children = await mapConcurrent(level, options.concurrency, async (digest) => {
        try {
          return indexChildren(await options.read(digest));
        } catch (error) {
          throw new Error(`the manifest ${digest} could not be read: ${oneLineFailure(error)}`);
        }
      });
      const next = [];
      for (const listed of children) {
        if (listed.length > 0) indexes += 1;
        for (const child of listed) {
          digests.add(child.digest);
          if (isIndexMediaType(child.mediaType) && !read.has(child.digest)) next.push(child.digest);
        }
      }
      level = [...new Set(next)];
    }
  } catch (error) {
    return {
      references: { known: false, reason: oneLineFailure(error) },
      reads: read.size,
      indexes
    };
  }
  return { references: { known: true, digests }, reads: read.size, indexes };
}

// src/prune/read-indexes.ts
var CONCURRENCY = 8;
async function readReferences(where, api, images, log) {
  const roots = images.filter((image) => image.versions.length > 0).map((image) => image.digest);
  log.info(
    `Reading the manifests of ${roots.length} tagged image(s) from ${where.registry}: what an index references is kept`
  );
  const { registryClient } = await import("./chunks/api-2TYYVUBT.js");
  let token;
  try {
    token = await api.registryToken();
    setSecret(token);
  } catch (error) {
    return unknownReferences(`no registry token: ${oneLineFailure(error)}`, log);
  }
  const client = registryClient({
    registry: where.registry,
    repository: where.repository,
    credentials: () => ({ username: BEARER_USERNAME, password: token }),
    access: "pull"
  });
  try {
    const collected = await collectReferences(roots, {
      concurrency: CONCURRENCY,
      read: (digest) => client.getManifest(digest)
    });
    if (!collected.references.known) return unknownReferences(collected.references.reason, log);
    log.info(
      `Read ${collected.reads} manifest(s): ${collected.indexes} index(es) reference ${collected.references.digests.size} manifest(s), which are kept`
    );
    return collected.references;
  } finally {
    client.close();
  }
}
function unknownReferences(reason, log) {
  log.warning(`Index manifests could not be read, so no untagged image is deleted in this run: ${reason}`);
  return { known: false, reason };
}

// src/prune/report.ts
var NOT_ATTEMPTED = "not attempted";
var SUMMARY_ROW_LIMIT = 500;
var ROW_ORDER = ["failed", "delete", "untag", "keep"];
function deletedEntries(outcome) {
  const failureOf = failureLookup(outcome);
  const fromDeletes = outcome.plan.delete.filter(({ image }) => failureOf(image, null) === void 0).flatMap(
    ({ image, tags }) => tags.length === 0 ? [{ tag: null, digest: image.digest }] : tags.map((tag) => ({ tag, digest: image.digest }))
  );
  const fromUntags = outcome.plan.untag.flatMap(
    ({ image, tags }) => tags.filter((tag) => failureOf(image, tag) === void 0).map((tag) => ({ tag, digest: image.digest }))
  );
  return [...fromDeletes, ...fromUntags];
}
function pruneCounts(outcome) {
  const failureOf = failureLookup(outcome);
  const { plan } = outcome;
  const deletedImages = plan.delete.filter(({ image }) => failureOf(image, null) === void 0);
  const removedPerUntag = plan.untag.map(
    ({ image, tags }) => tags.filter((tag) => failureOf(image, tag) === void 0).length
  );
  const failedDeletes = plan.delete.length - deletedImages.length;
  const failedUntags = plan.untag.filter(
    ({ image, tags }) => tags.some((tag) => failureOf(image, tag) !== void 0)
  ).length;
  return {
    deletedImages: deletedImages.length,
    untaggedImages: removedPerUntag.filter((removed) => removed > 0).length,
    untaggedTags: removedPerUntag.reduce((sum, removed) => sum + removed, 0),
    deletedEntries: deletedEntries(outcome).length,
    keptImages: outcome.total - deletedImages.length,
    failed: failedDeletes + failedUntags
  };
}
function removalFailureMessage(outcome) {
  const attempted = outcome.dryRun ? [] : outcome.outcomes ?? [];
  const failures = attempted.filter((entry) => entry.error !== void 0);
  if (failures.length === 0) return void 0;
  const shown = failures.slice(0, 10).map((entry) => {
    const what = entry.kind === "delete" ? `delete ${entry.image.digest}` : `untag ${entry.tags.join(", ")}`;
    return `  ${what}: ${entry.error}`;
  });
  const more = failures.length > shown.length ? `
  \u2026 and ${failures.length - shown.length} more (see the log)` : "";
  return `${failures.length} of ${attempted.length} removal(s) failed; the other ${attempted.length - failures.length} succeeded (the job summary and the deleted output list them):
${shown.join("\n")}${more}`;
}
function reportRows(outcome) {
  const failureOf = failureLookup(outcome);
  const rows = [...deleteRows(outcome, failureOf), ...untagRows(outcome, failureOf), ...keepRows(outcome)];
  const sorted = rows.sort((a, b) => ROW_ORDER.indexOf(a.kind) - ROW_ORDER.indexOf(b.kind));
  const replanned = replannedDigests(outcome);
  return sorted.map(
    (entry) => replanned.has(entry.digest) ? { ...entry, action: `${entry.action}; ${CHANGED_DURING_RUN}` } : entry
  );
}
function replannedDigests({ plan, replanned = [] }) {
  if (replanned.length === 0) return /* @__PURE__ */ new Set();
  const ids = new Set(replanned);
  const entries = [...plan.delete, ...plan.untag, ...plan.keep];
  return new Set(entries.filter(({ image }) => ids.has(image.id)).map(({ image }) => image.digest));
}
function summaryMarkdown(outcome) {
  const rows = reportRows(outcome);
  const notes = (outcome.notes ?? []).flatMap((note) => [note, ""]);
  const lines = [heading(outcome), "", countsLine(outcome), "", ...notes];
  if (rows.length === 0) return [...lines, "Nothing matched: no image to show.", ""].join("\n");
  lines.push("| tag | digest | age | action |", "| --- | --- | --- | --- |");
  for (const row2 of rows.slice(0, SUMMARY_ROW_LIMIT)) lines.push(tableRow(row2));
  const hidden = rows.length - SUMMARY_ROW_LIMIT;
  if (hidden > 0) {
    lines.push(
      "",
      `\u2026 and ${count(hidden, "more row")} not shown: the full list is in the log, and what was removed in the \`deleted\` output.`
    );
  }
  return [...lines, ""].join("\n");
}
function failureLookup(outcome) {
  if (outcome.dryRun) return () => void 0;
  const byImage = new Map((outcome.outcomes ?? []).map((result) => [result.image.id, result]));
  return (image, tag) => {
    const result = byImage.get(image.id);
    if (result === void 0) return NOT_ATTEMPTED;
    const removed = tag === null ? result.error === void 0 : result.removed.includes(tag);
    return removed ? void 0 : result.error ?? NOT_ATTEMPTED;
  };
}
function heading(outcome) {
  const title = headingOf(outcome.repository, outcome.region);
  return outcome.dryRun ? `${title} (dry run: nothing was changed)` : title;
}
function headingOf(repository, region) {
  const of = repository ? ` of \`${repository}\`` : "";
  const where = region ? ` in ${region}` : "";
  return `## OCIR prune${of}${where}`;
}
function failedRegionMarkdown(repository, region, reason) {
  return [`${headingOf(repository, region)}: failed`, "", "```text", reason, "```", ""].join("\n");
}
function countsLine(outcome) {
  const counts = pruneCounts(outcome);
  const deleted = count(counts.deletedImages, "image");
  const untagged = `${count(counts.untaggedTags, "tag")} on ${count(counts.untaggedImages, "image")}`;
  const kept = count(counts.keptImages, "image");
  if (outcome.dryRun) return `Would delete ${deleted} and untag ${untagged}; ${kept} would remain.`;
  const failed = counts.failed > 0 ? ` **${count(counts.failed, "removal")} failed** (listed first).` : "";
  return `Deleted ${deleted} and untagged ${untagged}; ${kept} remain.${failed}`;
}
function deleteRows({ plan, now }, failureOf) {
  return plan.delete.flatMap(({ image, tags }) => {
    const failure = failureOf(image, null);
    const kind = failure === void 0 ? "delete" : "failed";
    const action = failure === void 0 ? "delete" : failedAction(failure);
    return tags.length === 0 ? [row(kind, image, null, now, action)] : tags.map((tag) => row(kind, image, tag, now, action));
  });
}
function untagRows({ plan, now }, failureOf) {
  return plan.untag.flatMap(({ image, tags, reasons }) => [
    ...tags.map((tag) => {
      const failure = failureOf(image, tag);
      return failure === void 0 ? row("untag", image, tag, now, "untag") : row("failed", image, tag, now, failedAction(failure));
    }),
    ...reasons.map(({ tag, reason }) => row("keep", image, tag, now, `keep (${reason})`))
  ]);
}
function keepRows({ plan, now }) {
  return plan.keep.flatMap(
    ({ image, reason, reasons }) => reasons.length === 0 ? [row("keep", image, null, now, `keep (${reason})`)] : reasons.map((kept) => row("keep", image, kept.tag, now, `keep (${kept.reason})`))
  );
}
function row(kind, image, tag, now, action) {
  const since = image.versions.find((version) => version.version === tag)?.timeCreated ?? image.timeCreated;
  return { kind, tag, digest: image.digest, age: humanAge(now.getTime() - since.getTime()), action };
}
function failedAction(reason) {
  return `failed: ${reason}`;
}
function tableRow({ tag, digest, age, action }) {
  const tagCell = tag === null ? "_(untagged)_" : `\`${tag}\``;
  return `| ${tagCell} | \`${shortDigest(digest)}\` | ${age} | ${cell(action)} |`;
}
function shortDigest(digest) {
  return digest.slice(0, "sha256:".length + 12);
}
function cell(text) {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}
function count(n, noun) {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

// src/prune/regions.ts
function regionOutputs(results) {
  const reported = results.flatMap(({ region, outcome }) => outcome ? [{ region, outcome }] : []);
  return {
    deleted: reported.flatMap(
      ({ region, outcome }) => deletedEntries(outcome).map((entry) => ({ ...entry, region }))
    ),
    keptCount: reported.reduce((sum, { outcome }) => sum + pruneCounts(outcome).keptImages, 0)
  };
}
function regionsFailure(results) {
  const failed = results.flatMap(({ region, outcome, error }) => {
    const reason = error ?? (outcome ? removalFailureMessage(outcome) : void 0);
    return reason === void 0 ? [] : [{ region, reason }];
  });
  if (failed.length === 0) return void 0;
  if (results.length === 1) return failed[0].reason;
  const failedRegions = new Set(failed.map(({ region }) => region));
  const through = results.map(({ region }) => region).filter((region) => !failedRegions.has(region));
  const elsewhere = through.length === 0 ? "it went through in no region" : `it went through in ${through.join(", ")} (the job summary and the deleted output say what was removed)`;
  return [
    `The prune failed in ${count2(failed.length, "region")} of ${results.length}, ${[...failedRegions].join(", ")}; ${elsewhere}.`,
    ...failed.map(({ region, reason }) => `${region}: ${reason}`)
  ].join("\n");
}
function count2(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/prune/select.ts
var KeepReason = {
  Protected: "protected",
  NotSelected: "no rule selects it",
  Newest: (count3) => `among the ${count3} newest`,
  Young: (olderThanMs) => `younger than ${formatDuration(olderThanMs)}`,
  UntaggedNotAsked: "untagged (untagged: false)",
  UntaggedYoung: (olderThanMs) => `untagged, younger than ${formatDuration(olderThanMs)}`,
  Referenced: "referenced by a tagged index (platform image or attestation)",
  ReferencesUnknown: (why) => `untagged, kept because the indexes are unknown: ${why}`
};
function planPrune(images, rules, now, references = NO_REFERENCES) {
  assertConsistent(rules);
  const policy = compilePolicy(rules, now, references);
  const newest = newestImageIds(images, policy);
  const plan = { delete: [], untag: [], keep: [] };
  for (const image of [...images].sort(newestImageFirst)) {
    const decision = image.versions.length === 0 ? decideUntagged(image, policy) : decideTagged(image, policy, newest);
    record(plan, image, decision);
  }
  return plan;
}
function deletesUntagged(plan) {
  return plan.delete.some(({ image }) => image.versions.length === 0);
}
function assertConsistent(rules) {
  const hasRule = rules.tags.length > 0 || rules.match.length > 0 || rules.keepLast !== void 0 || rules.olderThanMs !== void 0;
  if (!hasRule) {
    throw new Error(
      "planPrune: no rule given (tags, match, keep-last or older-than); refusing to select every image"
    );
  }
  if (rules.untagged && rules.olderThanMs === void 0) {
    throw new Error("planPrune: untagged needs older-than");
  }
  if (rules.keepLast !== void 0 && !(Number.isSafeInteger(rules.keepLast) && rules.keepLast >= 0)) {
    throw new Error(`planPrune: keepLast must be a whole number >= 0, got ${rules.keepLast}`);
  }
  if (rules.olderThanMs !== void 0 && !(Number.isFinite(rules.olderThanMs) && rules.olderThanMs > 0)) {
    throw new Error(`planPrune: olderThanMs must be positive, got ${rules.olderThanMs}`);
  }
}
function compilePolicy(rules, now, references) {
  const isProtected = protectionMatcher(rules.protect);
  const inTags = filterOrAll(rules.tags, "tags");
  const inMatch = filterOrAll(rules.match, "match");
  return {
    isProtected,
    isCandidate: (tag) => !isProtected(tag) && inTags(tag) && inMatch(tag),
    ...rules.keepLast !== void 0 ? { keepLast: rules.keepLast } : {},
    ...rules.olderThanMs !== void 0 ? { olderThanMs: rules.olderThanMs, threshold: now.getTime() - rules.olderThanMs } : {},
    untagged: rules.untagged,
    references
  };
}
function filterOrAll(patterns, input) {
  return patterns.length === 0 ? () => true : tagMatcher(patterns, input);
}
function newestImageIds(images, policy) {
  if (policy.keepLast === void 0) return /* @__PURE__ */ new Set();
  const ranked = images.map((image) => ({
    image,
    pushed: newestPush(image.versions.filter((v) => policy.isCandidate(v.version)))
  })).filter((entry) => entry.pushed !== void 0).sort((a, b) => b.pushed - a.pushed || newestImageFirst(a.image, b.image));
  return new Set(ranked.slice(0, policy.keepLast).map((entry) => entry.image.id));
}
function newestPush(versions) {
  return versions.length === 0 ? void 0 : Math.max(...versions.map((v) => v.timeCreated.getTime()));
}
function newestImageFirst(a, b) {
  return b.timeCreated.getTime() - a.timeCreated.getTime() || compareText(a.id, b.id);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isOld(time, policy) {
  return policy.threshold === void 0 || time.getTime() < policy.threshold;
}
function decideUntagged(image, policy) {
  if (!policy.untagged || policy.olderThanMs === void 0) {
    return { action: "keep", reasons: [], reason: KeepReason.UntaggedNotAsked };
  }
  if (!isOld(image.timeCreated, policy)) {
    return { action: "keep", reasons: [], reason: KeepReason.UntaggedYoung(policy.olderThanMs) };
  }
  if (!policy.references.known) {
    return { action: "keep", reasons: [], reason: KeepReason.ReferencesUnknown(policy.references.reason) };
  }
  if (policy.references.digests.has(image.digest)) {
    return { action: "keep", reasons: [], reason: KeepReason.Referenced };
  }
  return { action: "delete", tags: [] };
}
function isReferenced(image, policy) {
  return policy.references.known && policy.references.digests.has(image.digest);
}
function decideTagged(image, policy, newest) {
  const versions = [...image.versions].sort((a, b) => compareText(a.version, b.version));
  const selected = [];
  const reasons = [];
  for (const version of versions) {
    const reason = whyKept(version, image, policy, newest);
    if (reason === void 0) selected.push(version.version);
    else reasons.push({ tag: version.version, reason });
  }
  if (reasons.length === 0 && !isReferenced(image, policy)) return { action: "delete", tags: selected };
  if (selected.length > 0) return { action: "untag", tags: selected, reasons };
  return { action: "keep", reasons, reason: [...new Set(reasons.map((kept) => kept.reason))].join("; ") };
}
function whyKept(version, image, policy, newest) {
  if (policy.isProtected(version.version)) return KeepReason.Protected;
  if (!policy.isCandidate(version.version)) return KeepReason.NotSelected;
  if (policy.keepLast !== void 0 && newest.has(image.id)) return KeepReason.Newest(policy.keepLast);
  if (policy.olderThanMs !== void 0 && !isOld(version.timeCreated, policy)) {
    return KeepReason.Young(policy.olderThanMs);
  }
  return void 0;
}
function record(plan, image, decision) {
  switch (decision.action) {
    case "delete":
      plan.delete.push({ image, tags: decision.tags });
      return;
    case "untag":
      plan.untag.push({
        image,
        tags: decision.tags,
        kept: decision.reasons.map((kept) => kept.tag),
        reasons: decision.reasons
      });
      return;
    case "keep":
      plan.keep.push({ image, reason: decision.reason, reasons: decision.reasons });
  }
}

// src/prune/run.ts
var CONCURRENCY2 = 8;
async function run() {
  try {
    const inputs = getPruneInputs();
    for (const note of inputs.authNotes) info(note);
    const protectedTags = `Protected tags: ${describeProtect(inputs.rules.protect)}`;
    info(protectedTags);
    const targets = [
      { region: inputs.region, registry: inputs.registry },
      ...inputs.replicas
    ];
    const several = targets.length > 1;
    if (several) {
      info(
        `Pruning ${inputs.repository} in ${targets.length} regions at once, each with its own plan and report: ` + targets.map((target) => target.region.id).join(", ")
      );
    }
    const settled = await Promise.allSettled(
      targets.map(
        (target) => pruneRegion(inputs, target, protectedTags, several ? regionLog(target.region.id) : plainLog)
      )
    );
    if (!several && settled[0].status === "rejected") throw settled[0].reason;
    const results = settled.map((result, index) => {
      const region = targets[index].region.id;
      return result.status === "fulfilled" ? { region, ...result.value } : { region, error: regionFailure(region, result.reason) };
    });
    const { deleted, keptCount } = regionOutputs(results);
    setOutput(Output.Deleted, JSON.stringify(deleted));
    setOutput(Output.DeletedCount, String(deleted.length));
    setOutput(Output.KeptCount, String(keptCount));
    if (process.env.GITHUB_STEP_SUMMARY) {
      const sections = results.map(
        ({ region, outcome, error }) => outcome ? summaryMarkdown(outcome) : failedRegionMarkdown(inputs.repository, region, error ?? "")
      );
      await summary.addRaw(sections.join("\n")).write();
    }
    if (inputs.prComment) await updatePreviewComment(inputs, results);
    const failure = regionsFailure(results);
    if (failure !== void 0) setFailed(failure);
  } catch (error) {
    failWithAdvice(error);
  }
}
async function pruneRegion(inputs, target, protectedTags, log) {
  const { region } = target;
  const registry = await connect(inputs, region.id);
  const repository = await log.group(
    `Finding repository ${inputs.repository}`,
    () => inStep("repository", () => registry.findRepository(inputs.repository))
  );
  if (!repository) {
    throw new ActionError(
      `Repository ${inputs.repository} does not exist in region ${region.id} of this tenancy: nothing to prune. Check the name (inside the namespace, e.g. project-x/api) and the region.`
    );
  }
  log.info(`Repository ${repository.name} (${repository.id})`);
  const { images, total } = await log.group(
    "Listing images",
    () => inStep("images", () => listImages(registry, repository.id, inputs.rules, log))
  );
  const now = /* @__PURE__ */ new Date();
  const references = deletesUntagged(planPrune(images, inputs.rules, now)) ? await log.group(
    "Reading index manifests",
    () => readReferences(
      { registry: target.registry, repository: `${repository.namespace}/${repository.name}` },
      registry,
      images,
      log
    )
  ) : NO_REFERENCES;
  const planned = planPrune(images, inputs.rules, now, references);
  logPlan(planned, inputs.dryRun, log);
  const execution = inputs.dryRun ? void 0 : await log.group(
    `Removing ${planned.delete.length + planned.untag.length} image(s)`,
    () => inStep(
      "prune",
      () => remove(
        registry,
        planned,
        (fresh) => planPrune(withFresh(images, fresh), inputs.rules, now, references),
        log
      )
    )
  );
  const outcome = {
    repository: repository.name,
    region: region.id,
    plan: execution?.plan ?? planned,
    dryRun: inputs.dryRun,
    ...execution ? { outcomes: execution.outcomes } : {},
    total,
    now,
    notes: [protectedTags, ...referenceNotes(references), ...replannedNotes(execution)],
    replanned: execution?.replanned ?? []
  };
  logReport(outcome, registry.requestCount(), log);
  return { outcome, namespace: repository.namespace };
}
function regionFailure(region, error) {
  const step = error instanceof StepFailure ? error.step : "prune";
  const cause = error instanceof StepFailure ? error.cause : error;
  if (cause instanceof Error && !(cause instanceof ActionError)) {
    info(`Raw error (${step}) in ${region}: ${cause.stack ?? cause.message}`);
  }
  return explain(step, cause);
}
async function connect(inputs, regionId) {
  const connection = await inStep("sign-in", () => ociConnection(inputs.auth, regionId));
  const { connectRepositoryImages } = await import("./chunks/repository-images-2K5UXCYK.js");
  return connectRepositoryImages(connection);
}
function exactTagsOnly(rules) {
  return rules.tags.length > 0 && rules.tags.every((tag) => !/[*?[\]{}()!+@]/.test(tag)) && rules.match.length === 0 && rules.keepLast === void 0 && rules.olderThanMs === void 0 && !rules.untagged;
}
async function listImages(registry, repositoryId, rules, log) {
  if (exactTagsOnly(rules)) {
    const found = await Promise.all(rules.tags.map((tag) => registry.imagesWithTag(repositoryId, tag)));
    const images2 = [...new Map(found.flat().map((image) => [image.id, image])).values()];
    const total = await registry.countImages(repositoryId);
    log.info(`${images2.length} image(s) carry ${rules.tags.join(", ")}, of ${total} in the repository`);
    return { images: images2, total };
  }
  let lastLine = 0;
  const images = await registry.listImages(repositoryId, (done, total) => {
    if (Date.now() - lastLine < 3e3 && done < total) return;
    lastLine = Date.now();
    log.info(`Read ${done} of ${total} image(s)`);
  });
  log.info(`${images.length} image(s) in the repository`);
  return { images, total: images.length };
}
function logPlan(plan, dryRun, log) {
  log.info(
    `Plan: delete ${plan.delete.length} image(s) whole, remove tags from ${plan.untag.length} image(s) that keep others, leave ${plan.keep.length} image(s) alone${dryRun ? " (dry run: nothing is changed)" : ""}`
  );
}
function remove(registry, plan, replan, log) {
  return executePlan(plan, registry, {
    concurrency: CONCURRENCY2,
    progress: (done, total, failed) => log.info(`Removed ${done - failed} of ${total}${failed > 0 ? `, ${failed} failed` : ""}`),
    replan,
    onChanged: (image) => log.info(
      `${shortDigest(image.digest)} (${image.versions.map((v) => v.version).join(", ") || "untagged"}) ${CHANGED_DURING_RUN}`
    )
  });
}
function withFresh(images, fresh) {
  const byId = new Map(fresh.map((image) => [image.id, image]));
  return images.map((image) => byId.get(image.id) ?? image);
}
function referenceNotes(references) {
  return references.known ? [] : [`Index manifests could not be read, so no untagged image was deleted: ${references.reason}`];
}
function replannedNotes(execution) {
  const count3 = execution?.replanned.length ?? 0;
  return count3 === 0 ? [] : [`${count3} image(s) ${CHANGED_DURING_RUN} (their rows say so)`];
}
function logReport(outcome, requests, log) {
  for (const row2 of reportRows(outcome)) {
    if (row2.kind !== "keep") log.info(`${row2.action}: ${row2.tag ?? "(untagged)"} ${row2.digest} (${row2.age})`);
  }
  const counts = pruneCounts(outcome);
  const [deleted, removed] = outcome.dryRun ? ["Would delete", "would remove"] : ["Deleted", "removed"];
  log.info(
    `${deleted} ${counts.deletedImages} image(s) whole, ${removed} ${counts.untaggedTags} tag(s) from ${counts.untaggedImages} image(s) that keep others; ${counts.keptImages} image(s) remain (${requests} OCI API request(s))`
  );
}
async function updatePreviewComment(inputs, results) {
  const removedTags = [
    ...new Set(
      regionOutputs(results).deleted.map((entry) => entry.tag).filter((tag) => tag !== null)
    )
  ];
  const namespace = results.find((result) => result.namespace !== void 0)?.namespace;
  if (inputs.dryRun || removedTags.length === 0 || namespace === void 0) {
    info(`pr-comment: left as it is, ${inputs.dryRun ? "this is a dry run" : "no tag was removed"}`);
    return;
  }
  await markPreviewRemoved({
    token: inputs.githubToken ?? "",
    git: loadGitContext(),
    removal: {
      // The primary region's repository: the one the build's preview comment names.
      repository: `${registryHost(inputs.region)}/${namespace}/${inputs.repository}`,
      removedTags,
      removedAt: /* @__PURE__ */ new Date()
    },
    log: core_exports
  });
}

// src/entry/prune.ts
await run();
