import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/postgres-array/index.js
var require_postgres_array = __commonJS({
  "node_modules/postgres-array/index.js"(exports) {
    "use strict";
    exports.parse = function(source, transform) {
      return new ArrayParser(source, transform).parse();
    };
    var ArrayParser = class _ArrayParser {
      constructor(source, transform) {
        this.source = source;
        this.transform = transform || identity;
        this.position = 0;
        this.entries = [];
        this.recorded = [];
        this.dimension = 0;
      }
      isEof() {
        return this.position >= this.source.length;
      }
      nextCharacter() {
        var character = this.source[this.position++];
        if (character === "\\") {
          return {
            value: this.source[this.position++],
            escaped: true
          };
        }
        return {
          value: character,
          escaped: false
        };
      }
      record(character) {
        this.recorded.push(character);
      }
      newEntry(includeEmpty) {
        var entry;
        if (this.recorded.length > 0 || includeEmpty) {
          entry = this.recorded.join("");
          if (entry === "NULL" && !includeEmpty) {
            entry = null;
          }
          if (entry !== null) entry = this.transform(entry);
          this.entries.push(entry);
          this.recorded = [];
        }
      }
      consumeDimensions() {
        if (this.source[0] === "[") {
          while (!this.isEof()) {
            var char = this.nextCharacter();
            if (char.value === "=") break;
          }
        }
      }
      parse(nested) {
        var character, parser, quote;
        this.consumeDimensions();
        while (!this.isEof()) {
          character = this.nextCharacter();
          if (character.value === "{" && !quote) {
            this.dimension++;
            if (this.dimension > 1) {
              parser = new _ArrayParser(this.source.substr(this.position - 1), this.transform);
              this.entries.push(parser.parse(true));
              this.position += parser.position - 2;
            }
          } else if (character.value === "}" && !quote) {
            this.dimension--;
            if (!this.dimension) {
              this.newEntry();
              if (nested) return this.entries;
            }
          } else if (character.value === '"' && !character.escaped) {
            if (quote) this.newEntry(true);
            quote = !quote;
          } else if (character.value === "," && !quote) {
            this.newEntry();
          } else {
            this.record(character.value);
          }
        }
        if (this.dimension !== 0) {
          throw new Error("array dimension not balanced");
        }
        return this.entries;
      }
    };
    function identity(value) {
      return value;
    }
  }
});

// node_modules/pg-types/lib/arrayParser.js
var require_arrayParser = __commonJS({
  "node_modules/pg-types/lib/arrayParser.js"(exports, module) {
    var array = require_postgres_array();
    module.exports = {
      create: function(source, transform) {
        return {
          parse: function() {
            return array.parse(source, transform);
          }
        };
      }
    };
  }
});

// node_modules/postgres-date/index.js
var require_postgres_date = __commonJS({
  "node_modules/postgres-date/index.js"(exports, module) {
    "use strict";
    var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
    var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
    var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;
    var INFINITY = /^-?infinity$/;
    module.exports = function parseDate(isoDate) {
      if (INFINITY.test(isoDate)) {
        return Number(isoDate.replace("i", "I"));
      }
      var matches = DATE_TIME.exec(isoDate);
      if (!matches) {
        return getDate(isoDate) || null;
      }
      var isBC = !!matches[8];
      var year = parseInt(matches[1], 10);
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var hour = parseInt(matches[4], 10);
      var minute = parseInt(matches[5], 10);
      var second = parseInt(matches[6], 10);
      var ms = matches[7];
      ms = ms ? 1e3 * parseFloat(ms) : 0;
      var date;
      var offset = timeZoneOffset(isoDate);
      if (offset != null) {
        date = new Date(Date.UTC(year, month, day, hour, minute, second, ms));
        if (is0To99(year)) {
          date.setUTCFullYear(year);
        }
        if (offset !== 0) {
          date.setTime(date.getTime() - offset);
        }
      } else {
        date = new Date(year, month, day, hour, minute, second, ms);
        if (is0To99(year)) {
          date.setFullYear(year);
        }
      }
      return date;
    };
    function getDate(isoDate) {
      var matches = DATE.exec(isoDate);
      if (!matches) {
        return;
      }
      var year = parseInt(matches[1], 10);
      var isBC = !!matches[4];
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var date = new Date(year, month, day);
      if (is0To99(year)) {
        date.setFullYear(year);
      }
      return date;
    }
    function timeZoneOffset(isoDate) {
      if (isoDate.endsWith("+00")) {
        return 0;
      }
      var zone = TIME_ZONE.exec(isoDate.split(" ")[1]);
      if (!zone) return;
      var type = zone[1];
      if (type === "Z") {
        return 0;
      }
      var sign = type === "-" ? -1 : 1;
      var offset = parseInt(zone[2], 10) * 3600 + parseInt(zone[3] || 0, 10) * 60 + parseInt(zone[4] || 0, 10);
      return offset * sign * 1e3;
    }
    function bcYearToNegativeYear(year) {
      return -(year - 1);
    }
    function is0To99(num) {
      return num >= 0 && num < 100;
    }
  }
});

// node_modules/xtend/mutable.js
var require_mutable = __commonJS({
  "node_modules/xtend/mutable.js"(exports, module) {
    module.exports = extend;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function extend(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        for (var key in source) {
          if (hasOwnProperty.call(source, key)) {
            target[key] = source[key];
          }
        }
      }
      return target;
    }
  }
});

// node_modules/postgres-interval/index.js
var require_postgres_interval = __commonJS({
  "node_modules/postgres-interval/index.js"(exports, module) {
    "use strict";
    var extend = require_mutable();
    module.exports = PostgresInterval;
    function PostgresInterval(raw) {
      if (!(this instanceof PostgresInterval)) {
        return new PostgresInterval(raw);
      }
      extend(this, parse(raw));
    }
    var properties = ["seconds", "minutes", "hours", "days", "months", "years"];
    PostgresInterval.prototype.toPostgres = function() {
      var filtered = properties.filter(this.hasOwnProperty, this);
      if (this.milliseconds && filtered.indexOf("seconds") < 0) {
        filtered.push("seconds");
      }
      if (filtered.length === 0) return "0";
      return filtered.map(function(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/\.?0+$/, "");
        }
        return value + " " + property;
      }, this).join(" ");
    };
    var propertiesISOEquivalent = {
      years: "Y",
      months: "M",
      days: "D",
      hours: "H",
      minutes: "M",
      seconds: "S"
    };
    var dateProperties = ["years", "months", "days"];
    var timeProperties = ["hours", "minutes", "seconds"];
    PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function() {
      var datePart = dateProperties.map(buildProperty, this).join("");
      var timePart = timeProperties.map(buildProperty, this).join("");
      return "P" + datePart + "T" + timePart;
      function buildProperty(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/0+$/, "");
        }
        return value + propertiesISOEquivalent[property];
      }
    };
    var NUMBER = "([+-]?\\d+)";
    var YEAR = NUMBER + "\\s+years?";
    var MONTH = NUMBER + "\\s+mons?";
    var DAY = NUMBER + "\\s+days?";
    var TIME = "([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?";
    var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function(regexString) {
      return "(" + regexString + ")?";
    }).join("\\s*"));
    var positions = {
      years: 2,
      months: 4,
      days: 6,
      hours: 9,
      minutes: 10,
      seconds: 11,
      milliseconds: 12
    };
    var negatives = ["hours", "minutes", "seconds", "milliseconds"];
    function parseMilliseconds(fraction) {
      var microseconds = fraction + "000000".slice(fraction.length);
      return parseInt(microseconds, 10) / 1e3;
    }
    function parse(interval) {
      if (!interval) return {};
      var matches = INTERVAL.exec(interval);
      var isNegative = matches[8] === "-";
      return Object.keys(positions).reduce(function(parsed, property) {
        var position = positions[property];
        var value = matches[position];
        if (!value) return parsed;
        value = property === "milliseconds" ? parseMilliseconds(value) : parseInt(value, 10);
        if (!value) return parsed;
        if (isNegative && ~negatives.indexOf(property)) {
          value *= -1;
        }
        parsed[property] = value;
        return parsed;
      }, {});
    }
  }
});

// node_modules/postgres-bytea/index.js
var require_postgres_bytea = __commonJS({
  "node_modules/postgres-bytea/index.js"(exports, module) {
    "use strict";
    var bufferFrom = Buffer.from || Buffer;
    module.exports = function parseBytea(input) {
      if (/^\\x/.test(input)) {
        return bufferFrom(input.substr(2), "hex");
      }
      var output = "";
      var i = 0;
      while (i < input.length) {
        if (input[i] !== "\\") {
          output += input[i];
          ++i;
        } else {
          if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
            output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8));
            i += 4;
          } else {
            var backslashes = 1;
            while (i + backslashes < input.length && input[i + backslashes] === "\\") {
              backslashes++;
            }
            for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
              output += "\\";
            }
            i += Math.floor(backslashes / 2) * 2;
          }
        }
      }
      return bufferFrom(output, "binary");
    };
  }
});

// node_modules/pg-types/lib/textParsers.js
var require_textParsers = __commonJS({
  "node_modules/pg-types/lib/textParsers.js"(exports, module) {
    var array = require_postgres_array();
    var arrayParser = require_arrayParser();
    var parseDate = require_postgres_date();
    var parseInterval = require_postgres_interval();
    var parseByteA = require_postgres_bytea();
    function allowNull(fn) {
      return function nullAllowed(value) {
        if (value === null) return value;
        return fn(value);
      };
    }
    function parseBool(value) {
      if (value === null) return value;
      return value === "TRUE" || value === "t" || value === "true" || value === "y" || value === "yes" || value === "on" || value === "1";
    }
    function parseBoolArray(value) {
      if (!value) return null;
      return array.parse(value, parseBool);
    }
    function parseBaseTenInt(string) {
      return parseInt(string, 10);
    }
    function parseIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(parseBaseTenInt));
    }
    function parseBigIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(function(entry) {
        return parseBigInteger(entry).trim();
      }));
    }
    var parsePointArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parsePoint(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseFloatArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseFloat(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseStringArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value);
      return p.parse();
    };
    var parseDateArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseDate(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseIntervalArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseInterval(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseByteAArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(parseByteA));
    };
    var parseInteger = function(value) {
      return parseInt(value, 10);
    };
    var parseBigInteger = function(value) {
      var valStr = String(value);
      if (/^\d+$/.test(valStr)) {
        return valStr;
      }
      return value;
    };
    var parseJsonArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(JSON.parse));
    };
    var parsePoint = function(value) {
      if (value[0] !== "(") {
        return null;
      }
      value = value.substring(1, value.length - 1).split(",");
      return {
        x: parseFloat(value[0]),
        y: parseFloat(value[1])
      };
    };
    var parseCircle = function(value) {
      if (value[0] !== "<" && value[1] !== "(") {
        return null;
      }
      var point = "(";
      var radius = "";
      var pointParsed = false;
      for (var i = 2; i < value.length - 1; i++) {
        if (!pointParsed) {
          point += value[i];
        }
        if (value[i] === ")") {
          pointParsed = true;
          continue;
        } else if (!pointParsed) {
          continue;
        }
        if (value[i] === ",") {
          continue;
        }
        radius += value[i];
      }
      var result = parsePoint(point);
      result.radius = parseFloat(radius);
      return result;
    };
    var init = function(register) {
      register(20, parseBigInteger);
      register(21, parseInteger);
      register(23, parseInteger);
      register(26, parseInteger);
      register(700, parseFloat);
      register(701, parseFloat);
      register(16, parseBool);
      register(1082, parseDate);
      register(1114, parseDate);
      register(1184, parseDate);
      register(600, parsePoint);
      register(651, parseStringArray);
      register(718, parseCircle);
      register(1e3, parseBoolArray);
      register(1001, parseByteAArray);
      register(1005, parseIntegerArray);
      register(1007, parseIntegerArray);
      register(1028, parseIntegerArray);
      register(1016, parseBigIntegerArray);
      register(1017, parsePointArray);
      register(1021, parseFloatArray);
      register(1022, parseFloatArray);
      register(1231, parseFloatArray);
      register(1014, parseStringArray);
      register(1015, parseStringArray);
      register(1008, parseStringArray);
      register(1009, parseStringArray);
      register(1040, parseStringArray);
      register(1041, parseStringArray);
      register(1115, parseDateArray);
      register(1182, parseDateArray);
      register(1185, parseDateArray);
      register(1186, parseInterval);
      register(1187, parseIntervalArray);
      register(17, parseByteA);
      register(114, JSON.parse.bind(JSON));
      register(3802, JSON.parse.bind(JSON));
      register(199, parseJsonArray);
      register(3807, parseJsonArray);
      register(3907, parseStringArray);
      register(2951, parseStringArray);
      register(791, parseStringArray);
      register(1183, parseStringArray);
      register(1270, parseStringArray);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-int8/index.js
var require_pg_int8 = __commonJS({
  "node_modules/pg-int8/index.js"(exports, module) {
    "use strict";
    var BASE = 1e6;
    function readInt8(buffer) {
      var high = buffer.readInt32BE(0);
      var low = buffer.readUInt32BE(4);
      var sign = "";
      if (high < 0) {
        high = ~high + (low === 0);
        low = ~low + 1 >>> 0;
        sign = "-";
      }
      var result = "";
      var carry;
      var t;
      var digits;
      var pad;
      var l;
      var i;
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        t = 4294967296 * carry + low;
        digits = "" + t % BASE;
        return sign + digits + result;
      }
    }
    module.exports = readInt8;
  }
});

// node_modules/pg-types/lib/binaryParsers.js
var require_binaryParsers = __commonJS({
  "node_modules/pg-types/lib/binaryParsers.js"(exports, module) {
    var parseInt64 = require_pg_int8();
    var parseBits = function(data, bits, offset, invert, callback) {
      offset = offset || 0;
      invert = invert || false;
      callback = callback || function(lastValue, newValue, bits2) {
        return lastValue * Math.pow(2, bits2) + newValue;
      };
      var offsetBytes = offset >> 3;
      var inv = function(value) {
        if (invert) {
          return ~value & 255;
        }
        return value;
      };
      var mask = 255;
      var firstBits = 8 - offset % 8;
      if (bits < firstBits) {
        mask = 255 << 8 - bits & 255;
        firstBits = bits;
      }
      if (offset) {
        mask = mask >> offset % 8;
      }
      var result = 0;
      if (offset % 8 + bits >= 8) {
        result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
      }
      var bytes = bits + offset >> 3;
      for (var i = offsetBytes + 1; i < bytes; i++) {
        result = callback(result, inv(data[i]), 8);
      }
      var lastBits = (bits + offset) % 8;
      if (lastBits > 0) {
        result = callback(result, inv(data[bytes]) >> 8 - lastBits, lastBits);
      }
      return result;
    };
    var parseFloatFromBits = function(data, precisionBits, exponentBits) {
      var bias = Math.pow(2, exponentBits - 1) - 1;
      var sign = parseBits(data, 1);
      var exponent = parseBits(data, exponentBits, 1);
      if (exponent === 0) {
        return 0;
      }
      var precisionBitsCounter = 1;
      var parsePrecisionBits = function(lastValue, newValue, bits) {
        if (lastValue === 0) {
          lastValue = 1;
        }
        for (var i = 1; i <= bits; i++) {
          precisionBitsCounter /= 2;
          if ((newValue & 1 << bits - i) > 0) {
            lastValue += precisionBitsCounter;
          }
        }
        return lastValue;
      };
      var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);
      if (exponent == Math.pow(2, exponentBits + 1) - 1) {
        if (mantissa === 0) {
          return sign === 0 ? Infinity : -Infinity;
        }
        return NaN;
      }
      return (sign === 0 ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
    };
    var parseInt16 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 15, 1, true) + 1);
      }
      return parseBits(value, 15, 1);
    };
    var parseInt32 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 31, 1, true) + 1);
      }
      return parseBits(value, 31, 1);
    };
    var parseFloat32 = function(value) {
      return parseFloatFromBits(value, 23, 8);
    };
    var parseFloat64 = function(value) {
      return parseFloatFromBits(value, 52, 11);
    };
    var parseNumeric = function(value) {
      var sign = parseBits(value, 16, 32);
      if (sign == 49152) {
        return NaN;
      }
      var weight = Math.pow(1e4, parseBits(value, 16, 16));
      var result = 0;
      var digits = [];
      var ndigits = parseBits(value, 16);
      for (var i = 0; i < ndigits; i++) {
        result += parseBits(value, 16, 64 + 16 * i) * weight;
        weight /= 1e4;
      }
      var scale = Math.pow(10, parseBits(value, 16, 48));
      return (sign === 0 ? 1 : -1) * Math.round(result * scale) / scale;
    };
    var parseDate = function(isUTC, value) {
      var sign = parseBits(value, 1);
      var rawValue = parseBits(value, 63, 1);
      var result = new Date((sign === 0 ? 1 : -1) * rawValue / 1e3 + 9466848e5);
      if (!isUTC) {
        result.setTime(result.getTime() + result.getTimezoneOffset() * 6e4);
      }
      result.usec = rawValue % 1e3;
      result.getMicroSeconds = function() {
        return this.usec;
      };
      result.setMicroSeconds = function(value2) {
        this.usec = value2;
      };
      result.getUTCMicroSeconds = function() {
        return this.usec;
      };
      return result;
    };
    var parseArray = function(value) {
      var dim = parseBits(value, 32);
      var flags = parseBits(value, 32, 32);
      var elementType = parseBits(value, 32, 64);
      var offset = 96;
      var dims = [];
      for (var i = 0; i < dim; i++) {
        dims[i] = parseBits(value, 32, offset);
        offset += 32;
        offset += 32;
      }
      var parseElement = function(elementType2) {
        var length = parseBits(value, 32, offset);
        offset += 32;
        if (length == 4294967295) {
          return null;
        }
        var result;
        if (elementType2 == 23 || elementType2 == 20) {
          result = parseBits(value, length * 8, offset);
          offset += length * 8;
          return result;
        } else if (elementType2 == 25) {
          result = value.toString(this.encoding, offset >> 3, (offset += length << 3) >> 3);
          return result;
        } else {
          console.log("ERROR: ElementType not implemented: " + elementType2);
        }
      };
      var parse = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count = dimension.shift();
          for (i2 = 0; i2 < count; i2++) {
            array[i2] = parse(dimension, elementType2);
          }
          dimension.unshift(count);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse(dims, elementType);
    };
    var parseText2 = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register) {
      register(20, parseInt64);
      register(21, parseInt16);
      register(23, parseInt32);
      register(26, parseInt32);
      register(1700, parseNumeric);
      register(700, parseFloat32);
      register(701, parseFloat64);
      register(16, parseBool);
      register(1114, parseDate.bind(null, false));
      register(1184, parseDate.bind(null, true));
      register(1e3, parseArray);
      register(1007, parseArray);
      register(1016, parseArray);
      register(1008, parseArray);
      register(1009, parseArray);
      register(25, parseText2);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-types/lib/builtins.js
var require_builtins = __commonJS({
  "node_modules/pg-types/lib/builtins.js"(exports, module) {
    module.exports = {
      BOOL: 16,
      BYTEA: 17,
      CHAR: 18,
      INT8: 20,
      INT2: 21,
      INT4: 23,
      REGPROC: 24,
      TEXT: 25,
      OID: 26,
      TID: 27,
      XID: 28,
      CID: 29,
      JSON: 114,
      XML: 142,
      PG_NODE_TREE: 194,
      SMGR: 210,
      PATH: 602,
      POLYGON: 604,
      CIDR: 650,
      FLOAT4: 700,
      FLOAT8: 701,
      ABSTIME: 702,
      RELTIME: 703,
      TINTERVAL: 704,
      CIRCLE: 718,
      MACADDR8: 774,
      MONEY: 790,
      MACADDR: 829,
      INET: 869,
      ACLITEM: 1033,
      BPCHAR: 1042,
      VARCHAR: 1043,
      DATE: 1082,
      TIME: 1083,
      TIMESTAMP: 1114,
      TIMESTAMPTZ: 1184,
      INTERVAL: 1186,
      TIMETZ: 1266,
      BIT: 1560,
      VARBIT: 1562,
      NUMERIC: 1700,
      REFCURSOR: 1790,
      REGPROCEDURE: 2202,
      REGOPER: 2203,
      REGOPERATOR: 2204,
      REGCLASS: 2205,
      REGTYPE: 2206,
      UUID: 2950,
      TXID_SNAPSHOT: 2970,
      PG_LSN: 3220,
      PG_NDISTINCT: 3361,
      PG_DEPENDENCIES: 3402,
      TSVECTOR: 3614,
      TSQUERY: 3615,
      GTSVECTOR: 3642,
      REGCONFIG: 3734,
      REGDICTIONARY: 3769,
      JSONB: 3802,
      REGNAMESPACE: 4089,
      REGROLE: 4096
    };
  }
});

// node_modules/pg-types/index.js
var require_pg_types = __commonJS({
  "node_modules/pg-types/index.js"(exports) {
    var textParsers = require_textParsers();
    var binaryParsers = require_binaryParsers();
    var arrayParser = require_arrayParser();
    var builtinTypes = require_builtins();
    exports.getTypeParser = getTypeParser;
    exports.setTypeParser = setTypeParser;
    exports.arrayParser = arrayParser;
    exports.builtins = builtinTypes;
    var typeParsers = {
      text: {},
      binary: {}
    };
    function noParse(val) {
      return String(val);
    }
    function getTypeParser(oid, format) {
      format = format || "text";
      if (!typeParsers[format]) {
        return noParse;
      }
      return typeParsers[format][oid] || noParse;
    }
    function setTypeParser(oid, format, parseFn) {
      if (typeof format == "function") {
        parseFn = format;
        format = "text";
      }
      typeParsers[format][oid] = parseFn;
    }
    textParsers.init(function(oid, converter) {
      typeParsers.text[oid] = converter;
    });
    binaryParsers.init(function(oid, converter) {
      typeParsers.binary[oid] = converter;
    });
  }
});

// node_modules/pg/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/pg/lib/defaults.js"(exports, module) {
    "use strict";
    var user;
    try {
      user = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
    } catch {
    }
    module.exports = {
      // database host. defaults to localhost
      host: "localhost",
      // database user's name
      user,
      // name of database to connect
      database: void 0,
      // database user's password
      password: null,
      // a Postgres connection string to be used instead of setting individual connection items
      // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
      // in the defaults object.
      connectionString: void 0,
      // database port
      port: 5432,
      // number of rows to return at a time from a prepared statement's
      // portal. 0 will return all rows at once
      rows: 0,
      // binary result mode
      binary: false,
      // Connection pool options - see https://github.com/brianc/node-pg-pool
      // number of connections to use in connection pool
      // 0 will disable connection pooling
      max: 10,
      // max milliseconds a client can go unused before it is removed
      // from the pool and destroyed
      idleTimeoutMillis: 3e4,
      client_encoding: "",
      ssl: false,
      // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
      sslnegotiation: void 0,
      application_name: void 0,
      fallback_application_name: void 0,
      options: void 0,
      parseInputDatesAsUTC: false,
      // max milliseconds any query using this connection will execute for before timing out in error.
      // false=unlimited
      statement_timeout: false,
      // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
      // false=unlimited
      lock_timeout: false,
      // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
      // false=unlimited
      idle_in_transaction_session_timeout: false,
      // max milliseconds to wait for query to complete (client side)
      query_timeout: false,
      connect_timeout: 0,
      keepalives: 1,
      keepalives_idle: 0
    };
    var pgTypes = require_pg_types();
    var parseBigInteger = pgTypes.getTypeParser(20, "text");
    var parseBigIntegerArray = pgTypes.getTypeParser(1016, "text");
    module.exports.__defineSetter__("parseInt8", function(val) {
      pgTypes.setTypeParser(20, "text", val ? pgTypes.getTypeParser(23, "text") : parseBigInteger);
      pgTypes.setTypeParser(1016, "text", val ? pgTypes.getTypeParser(1007, "text") : parseBigIntegerArray);
    });
  }
});

// node_modules/pg/lib/utils.js
var require_utils = __commonJS({
  "node_modules/pg/lib/utils.js"(exports, module) {
    "use strict";
    var defaults2 = require_defaults();
    var nodeUtils = __require("util");
    var { isDate } = __require("util/types");
    var invalidDateDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.",
      "PG_INVALID_DATE"
    );
    function escapeElement(elementRepresentation) {
      const escaped = elementRepresentation.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      return '"' + escaped + '"';
    }
    function arrayString(val) {
      let result = "{";
      for (let i = 0; i < val.length; i++) {
        if (i > 0) {
          result += ",";
        }
        let item = val[i];
        if (item == null) {
          result += "NULL";
        } else if (Array.isArray(item)) {
          result += arrayString(item);
        } else if (ArrayBuffer.isView(item)) {
          if (!(item instanceof Buffer)) {
            item = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          }
          result += "\\\\x" + item.toString("hex");
        } else {
          result += escapeElement(prepareValue(item));
        }
      }
      result += "}";
      return result;
    }
    var prepareValue = function(val, seen) {
      if (val == null) {
        return null;
      }
      if (typeof val === "object") {
        if (val instanceof Buffer) {
          return val;
        }
        if (ArrayBuffer.isView(val)) {
          return Buffer.from(val.buffer, val.byteOffset, val.byteLength);
        }
        if (isDate(val)) {
          if (isNaN(val.getTime())) {
            invalidDateDeprecationNotice();
          }
          if (defaults2.parseInputDatesAsUTC) {
            return dateToStringUTC(val);
          } else {
            return dateToString(val);
          }
        }
        if (Array.isArray(val)) {
          return arrayString(val);
        }
        return prepareObject(val, seen);
      }
      return val.toString();
    };
    function prepareObject(val, seen) {
      if (val && typeof val.toPostgres === "function") {
        seen = seen || [];
        if (seen.indexOf(val) !== -1) {
          throw new Error('circular reference detected while preparing "' + val + '" for query');
        }
        seen.push(val);
        return prepareValue(val.toPostgres(prepareValue), seen);
      }
      return JSON.stringify(val);
    }
    function dateToString(date) {
      let offset = -date.getTimezoneOffset();
      let year = date.getFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0") + "T" + String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0") + ":" + String(date.getSeconds()).padStart(2, "0") + "." + String(date.getMilliseconds()).padStart(3, "0");
      if (offset < 0) {
        ret += "-";
        offset *= -1;
      } else {
        ret += "+";
      }
      ret += String(Math.floor(offset / 60)).padStart(2, "0") + ":" + String(offset % 60).padStart(2, "0");
      if (isBCYear) ret += " BC";
      return ret;
    }
    function dateToStringUTC(date) {
      let year = date.getUTCFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getUTCMonth() + 1).padStart(2, "0") + "-" + String(date.getUTCDate()).padStart(2, "0") + "T" + String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0") + ":" + String(date.getUTCSeconds()).padStart(2, "0") + "." + String(date.getUTCMilliseconds()).padStart(3, "0");
      ret += "+00:00";
      if (isBCYear) ret += " BC";
      return ret;
    }
    function normalizeQueryConfig(config, values, callback) {
      config = typeof config === "string" ? { text: config } : cloneQueryConfig(config);
      if (values) {
        if (typeof values === "function") {
          config.callback = values;
        } else {
          config.values = values;
        }
      }
      if (callback) {
        config.callback = callback;
      }
      return config;
    }
    function cloneQueryConfig(config) {
      if (config == null) {
        return config;
      }
      return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config));
    }
    var escapeIdentifier2 = function(str) {
      return '"' + str.replace(/"/g, '""') + '"';
    };
    var escapeLiteral2 = function(str) {
      let hasBackslash = false;
      let escaped = "'";
      if (str == null) {
        return "''";
      }
      if (typeof str !== "string") {
        return "''";
      }
      for (let i = 0; i < str.length; i++) {
        const c = str[i];
        if (c === "'") {
          escaped += c + c;
        } else if (c === "\\") {
          escaped += c + c;
          hasBackslash = true;
        } else {
          escaped += c;
        }
      }
      escaped += "'";
      if (hasBackslash === true) {
        escaped = " E" + escaped;
      }
      return escaped;
    };
    module.exports = {
      prepareValue: function prepareValueWrapper(value) {
        return prepareValue(value);
      },
      normalizeQueryConfig,
      escapeIdentifier: escapeIdentifier2,
      escapeLiteral: escapeLiteral2
    };
  }
});

// node_modules/pg/lib/crypto/utils.js
var require_utils2 = __commonJS({
  "node_modules/pg/lib/crypto/utils.js"(exports, module) {
    var nodeCrypto = __require("crypto");
    module.exports = {
      postgresMd5PasswordHash,
      randomBytes,
      deriveKey,
      sha256,
      hashByName,
      hmacSha256,
      md5
    };
    var webCrypto = nodeCrypto.webcrypto || globalThis.crypto;
    var subtleCrypto = webCrypto.subtle;
    var textEncoder = new TextEncoder();
    function randomBytes(length) {
      return webCrypto.getRandomValues(Buffer.alloc(length));
    }
    async function md5(string) {
      try {
        return nodeCrypto.createHash("md5").update(string, "utf-8").digest("hex");
      } catch (e) {
        const data = typeof string === "string" ? textEncoder.encode(string) : string;
        const hash = await subtleCrypto.digest("MD5", data);
        return Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, "0")).join("");
      }
    }
    async function postgresMd5PasswordHash(user, password, salt) {
      const inner = await md5(password + user);
      const outer = await md5(Buffer.concat([Buffer.from(inner), salt]));
      return "md5" + outer;
    }
    async function sha256(text) {
      return await subtleCrypto.digest("SHA-256", text);
    }
    async function hashByName(hashName, text) {
      return await subtleCrypto.digest(hashName, text);
    }
    async function hmacSha256(keyBuffer, msg) {
      const key = await subtleCrypto.importKey("raw", keyBuffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      return await subtleCrypto.sign("HMAC", key, textEncoder.encode(msg));
    }
    async function deriveKey(password, salt, iterations) {
      const key = await subtleCrypto.importKey("raw", textEncoder.encode(password), "PBKDF2", false, ["deriveBits"]);
      const params = { name: "PBKDF2", hash: "SHA-256", salt, iterations };
      return await subtleCrypto.deriveBits(params, key, 32 * 8, ["deriveBits"]);
    }
  }
});

// node_modules/pg/lib/crypto/cert-signatures.js
var require_cert_signatures = __commonJS({
  "node_modules/pg/lib/crypto/cert-signatures.js"(exports, module) {
    function x509Error(msg, cert) {
      return new Error("SASL channel binding: " + msg + " when parsing public certificate " + cert.toString("base64"));
    }
    function readASN1Length(data, index) {
      let length = data[index++];
      if (length < 128) return { length, index };
      const lengthBytes = length & 127;
      if (lengthBytes > 4) throw x509Error("bad length", data);
      length = 0;
      for (let i = 0; i < lengthBytes; i++) {
        length = length << 8 | data[index++];
      }
      return { length, index };
    }
    function readASN1OID(data, index) {
      if (data[index++] !== 6) throw x509Error("non-OID data", data);
      const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index);
      index = indexAfterOIDLength;
      const lastIndex = index + OIDLength;
      const byte1 = data[index++];
      let oid = (byte1 / 40 >> 0) + "." + byte1 % 40;
      while (index < lastIndex) {
        let value = 0;
        while (index < lastIndex) {
          const nextByte = data[index++];
          value = value << 7 | nextByte & 127;
          if (nextByte < 128) break;
        }
        oid += "." + value;
      }
      return { oid, index };
    }
    function expectASN1Seq(data, index) {
      if (data[index++] !== 48) throw x509Error("non-sequence data", data);
      return readASN1Length(data, index);
    }
    function signatureAlgorithmHashFromCertificate(data, index) {
      if (index === void 0) index = 0;
      index = expectASN1Seq(data, index).index;
      const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index);
      index = indexAfterCertInfoLength + certInfoLength;
      index = expectASN1Seq(data, index).index;
      const { oid, index: indexAfterOID } = readASN1OID(data, index);
      switch (oid) {
        // RSA
        case "1.2.840.113549.1.1.4":
          return "MD5";
        case "1.2.840.113549.1.1.5":
          return "SHA-1";
        case "1.2.840.113549.1.1.11":
          return "SHA-256";
        case "1.2.840.113549.1.1.12":
          return "SHA-384";
        case "1.2.840.113549.1.1.13":
          return "SHA-512";
        case "1.2.840.113549.1.1.14":
          return "SHA-224";
        case "1.2.840.113549.1.1.15":
          return "SHA512-224";
        case "1.2.840.113549.1.1.16":
          return "SHA512-256";
        // ECDSA
        case "1.2.840.10045.4.1":
          return "SHA-1";
        case "1.2.840.10045.4.3.1":
          return "SHA-224";
        case "1.2.840.10045.4.3.2":
          return "SHA-256";
        case "1.2.840.10045.4.3.3":
          return "SHA-384";
        case "1.2.840.10045.4.3.4":
          return "SHA-512";
        // RSASSA-PSS: hash is indicated separately
        case "1.2.840.113549.1.1.10": {
          index = indexAfterOID;
          index = expectASN1Seq(data, index).index;
          if (data[index++] !== 160) throw x509Error("non-tag data", data);
          index = readASN1Length(data, index).index;
          index = expectASN1Seq(data, index).index;
          const { oid: hashOID } = readASN1OID(data, index);
          switch (hashOID) {
            // standalone hash OIDs
            case "1.2.840.113549.2.5":
              return "MD5";
            case "1.3.14.3.2.26":
              return "SHA-1";
            case "2.16.840.1.101.3.4.2.1":
              return "SHA-256";
            case "2.16.840.1.101.3.4.2.2":
              return "SHA-384";
            case "2.16.840.1.101.3.4.2.3":
              return "SHA-512";
          }
          throw x509Error("unknown hash OID " + hashOID, data);
        }
        // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
        case "1.3.101.110":
        case "1.3.101.112":
          return "SHA-512";
        // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
        case "1.3.101.111":
        case "1.3.101.113":
          throw x509Error("Ed448 certificate channel binding is not currently supported by Postgres");
      }
      throw x509Error("unknown OID " + oid, data);
    }
    module.exports = { signatureAlgorithmHashFromCertificate };
  }
});

// node_modules/pg/lib/crypto/sasl.js
var require_sasl = __commonJS({
  "node_modules/pg/lib/crypto/sasl.js"(exports, module) {
    "use strict";
    var crypto = require_utils2();
    var { signatureAlgorithmHashFromCertificate } = require_cert_signatures();
    function saslprep(password) {
      const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
      const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;
      return password.replace(nonAsciiSpace, " ").replace(mappedToNothing, "").normalize("NFKC");
    }
    var DEFAULT_MAX_SCRAM_ITERATIONS = 1e5;
    function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
      const candidates = ["SCRAM-SHA-256"];
      if (stream) candidates.unshift("SCRAM-SHA-256-PLUS");
      const mechanism = candidates.find((candidate) => mechanisms.includes(candidate));
      if (!mechanism) {
        throw new Error("SASL: Only mechanism(s) " + candidates.join(" and ") + " are supported");
      }
      if (mechanism === "SCRAM-SHA-256-PLUS" && typeof stream.getPeerCertificate !== "function") {
        throw new Error("SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate");
      }
      const clientNonce = crypto.randomBytes(18).toString("base64");
      const gs2Header = mechanism === "SCRAM-SHA-256-PLUS" ? "p=tls-server-end-point" : stream ? "y" : "n";
      return {
        mechanism,
        clientNonce,
        response: gs2Header + ",,n=*,r=" + clientNonce,
        message: "SASLInitialResponse",
        scramMaxIterations
      };
    }
    async function continueSession(session, password, serverData, stream) {
      if (session.message !== "SASLInitialResponse") {
        throw new Error("SASL: Last message was not SASLInitialResponse");
      }
      if (typeof password !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string");
      }
      if (password === "") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string");
      }
      const sv = parseServerFirstMessage(serverData);
      if (!sv.nonce.startsWith(session.clientNonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce");
      } else if (sv.nonce.length === session.clientNonce.length) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short");
      }
      const scramMaxIterations = typeof session.scramMaxIterations === "number" ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS;
      if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
        throw new Error(
          "SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count " + sv.iteration + " exceeds scramMaxIterations of " + scramMaxIterations
        );
      }
      const clientFirstMessageBare = "n=*,r=" + session.clientNonce;
      const serverFirstMessage = "r=" + sv.nonce + ",s=" + sv.salt + ",i=" + sv.iteration;
      let channelBinding = stream ? "eSws" : "biws";
      if (session.mechanism === "SCRAM-SHA-256-PLUS") {
        const peerCert = stream.getPeerCertificate().raw;
        let hashName = signatureAlgorithmHashFromCertificate(peerCert);
        if (hashName === "MD5" || hashName === "SHA-1") hashName = "SHA-256";
        const certHash = await crypto.hashByName(hashName, peerCert);
        const bindingData = Buffer.concat([Buffer.from("p=tls-server-end-point,,"), Buffer.from(certHash)]);
        channelBinding = bindingData.toString("base64");
      }
      const clientFinalMessageWithoutProof = "c=" + channelBinding + ",r=" + sv.nonce;
      const authMessage = clientFirstMessageBare + "," + serverFirstMessage + "," + clientFinalMessageWithoutProof;
      const saltBytes = Buffer.from(sv.salt, "base64");
      const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration);
      const clientKey = await crypto.hmacSha256(saltedPassword, "Client Key");
      const storedKey = await crypto.sha256(clientKey);
      const clientSignature = await crypto.hmacSha256(storedKey, authMessage);
      const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString("base64");
      const serverKey = await crypto.hmacSha256(saltedPassword, "Server Key");
      const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage);
      session.message = "SASLResponse";
      session.serverSignature = Buffer.from(serverSignatureBytes).toString("base64");
      session.response = clientFinalMessageWithoutProof + ",p=" + clientProof;
    }
    function finalizeSession(session, serverData) {
      if (session.message !== "SASLResponse") {
        throw new Error("SASL: Last message was not SASLResponse");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string");
      }
      const { serverSignature } = parseServerFinalMessage(serverData);
      if (serverSignature !== session.serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match");
      }
    }
    function isPrintableChars(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: text must be a string");
      }
      return text.split("").map((_, i) => text.charCodeAt(i)).every((c) => c >= 33 && c <= 43 || c >= 45 && c <= 126);
    }
    function isBase64(text) {
      return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text);
    }
    function parseAttributePairs(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: attribute pairs text must be a string");
      }
      return new Map(
        text.split(",").map((attrValue) => {
          if (!/^.=/.test(attrValue)) {
            throw new Error("SASL: Invalid attribute pair entry");
          }
          const name = attrValue[0];
          const value = attrValue.substring(2);
          return [name, value];
        })
      );
    }
    function parseServerFirstMessage(data) {
      const attrPairs = parseAttributePairs(data);
      const nonce = attrPairs.get("r");
      if (!nonce) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing");
      } else if (!isPrintableChars(nonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters");
      }
      const salt = attrPairs.get("s");
      if (!salt) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing");
      } else if (!isBase64(salt)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64");
      }
      const iterationText = attrPairs.get("i");
      if (!iterationText) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing");
      } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count");
      }
      const iteration = parseInt(iterationText, 10);
      return {
        nonce,
        salt,
        iteration
      };
    }
    function parseServerFinalMessage(serverData) {
      const attrPairs = parseAttributePairs(serverData);
      const error = attrPairs.get("e");
      const serverSignature = attrPairs.get("v");
      if (error) {
        throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`);
      }
      if (!serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing");
      } else if (!isBase64(serverSignature)) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64");
      }
      return {
        serverSignature
      };
    }
    function xorBuffers(a, b) {
      if (!Buffer.isBuffer(a)) {
        throw new TypeError("first argument must be a Buffer");
      }
      if (!Buffer.isBuffer(b)) {
        throw new TypeError("second argument must be a Buffer");
      }
      if (a.length !== b.length) {
        throw new Error("Buffer lengths must match");
      }
      if (a.length === 0) {
        throw new Error("Buffers cannot be empty");
      }
      return Buffer.from(a.map((_, i) => a[i] ^ b[i]));
    }
    module.exports = {
      startSession,
      continueSession,
      finalizeSession,
      DEFAULT_MAX_SCRAM_ITERATIONS
    };
  }
});

// node_modules/pg/lib/type-overrides.js
var require_type_overrides = __commonJS({
  "node_modules/pg/lib/type-overrides.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    function TypeOverrides2(userTypes) {
      this._types = userTypes || types2;
      this.text = {};
      this.binary = {};
    }
    TypeOverrides2.prototype.getOverrides = function(format) {
      switch (format) {
        case "text":
          return this.text;
        case "binary":
          return this.binary;
        default:
          return {};
      }
    };
    TypeOverrides2.prototype.setTypeParser = function(oid, format, parseFn) {
      if (typeof format === "function") {
        parseFn = format;
        format = "text";
      }
      this.getOverrides(format)[oid] = parseFn;
    };
    TypeOverrides2.prototype.getTypeParser = function(oid, format) {
      format = format || "text";
      return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format);
    };
    module.exports = TypeOverrides2;
  }
});

// node_modules/pg-connection-string/index.js
var require_pg_connection_string = __commonJS({
  "node_modules/pg-connection-string/index.js"(exports, module) {
    "use strict";
    function parse(str, options = {}) {
      if (str.charAt(0) === "/") {
        const config2 = str.split(" ");
        return { host: config2[0], database: config2[1] };
      }
      const config = /* @__PURE__ */ Object.create(null);
      let result;
      let dummyHost = false;
      if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
        str = encodeURI(str).replace(/%25(\d\d)/g, "%$1");
      }
      try {
        try {
          result = new URL(str, "postgres://base");
        } catch (e) {
          result = new URL(str.replace("@/", "@___DUMMY___/"), "postgres://base");
          dummyHost = true;
        }
      } catch (err) {
        err.input && (err.input = "*****REDACTED*****");
        throw err;
      }
      for (const entry of result.searchParams.entries()) {
        config[entry[0]] = entry[1];
      }
      config.user = config.user || decodeURIComponent(result.username);
      config.password = config.password || decodeURIComponent(result.password);
      if (result.protocol == "socket:") {
        config.host = decodeURI(result.pathname);
        config.database = result.searchParams.get("db");
        config.client_encoding = result.searchParams.get("encoding");
        return config;
      }
      const hostname = (dummyHost ? "" : result.hostname).replace(/^\[(.+)\]$/, "$1");
      if (!config.host) {
        config.host = decodeURIComponent(hostname);
      } else if (hostname && /^%2f/i.test(hostname)) {
        result.pathname = hostname + result.pathname;
      }
      if (!config.port) {
        config.port = result.port;
      }
      const pathname = result.pathname.slice(1) || null;
      config.database = pathname ? decodeURI(pathname) : null;
      if (config.ssl === "true" || config.ssl === "1") {
        config.ssl = true;
      }
      if (config.ssl === "0") {
        config.ssl = false;
      }
      if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
        config.ssl = {};
      }
      if (config.sslnegotiation === "direct" && config.ssl === void 0) {
        config.ssl = true;
      }
      const fs = config.sslcert || config.sslkey || config.sslrootcert ? __require("fs") : null;
      if (config.sslcert) {
        config.ssl.cert = fs.readFileSync(config.sslcert).toString();
      }
      if (config.sslkey) {
        config.ssl.key = fs.readFileSync(config.sslkey).toString();
      }
      if (config.sslrootcert) {
        config.ssl.ca = fs.readFileSync(config.sslrootcert).toString();
      }
      if (options.useLibpqCompat && config.uselibpqcompat) {
        throw new Error("Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.");
      }
      if (config.uselibpqcompat === "true" || options.useLibpqCompat) {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
          case "require": {
            if (config.sslrootcert) {
              config.ssl.checkServerIdentity = function() {
              };
            } else {
              config.ssl.rejectUnauthorized = false;
            }
            break;
          }
          case "verify-ca": {
            if (!config.ssl.ca) {
              throw new Error(
                "SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security."
              );
            }
            config.ssl.checkServerIdentity = function() {
            };
            break;
          }
          case "verify-full": {
            break;
          }
        }
      } else {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer":
          case "require":
          case "verify-ca":
          case "verify-full": {
            if (config.sslmode !== "verify-full") {
              deprecatedSslModeWarning(config.sslmode);
            }
            break;
          }
          case "no-verify": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
        }
      }
      return config;
    }
    function toConnectionOptions(sslConfig) {
      const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
        if (value !== void 0 && value !== null) {
          c[key] = value;
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return connectionOptions;
    }
    function toClientConfig(config) {
      const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
        if (key === "ssl") {
          const sslConfig = value;
          if (typeof sslConfig === "boolean") {
            c[key] = sslConfig;
          }
          if (typeof sslConfig === "object") {
            c[key] = toConnectionOptions(sslConfig);
          }
        } else if (value !== void 0 && value !== null) {
          if (key === "port") {
            if (value !== "") {
              const v = parseInt(value, 10);
              if (isNaN(v)) {
                throw new Error(`Invalid ${key}: ${value}`);
              }
              c[key] = v;
            }
          } else {
            c[key] = value;
          }
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return poolConfig;
    }
    function parseIntoClientConfig(str) {
      return toClientConfig(parse(str));
    }
    function deprecatedSslModeWarning(sslmode) {
      if (!deprecatedSslModeWarning.warned && typeof process !== "undefined" && process.emitWarning) {
        deprecatedSslModeWarning.warned = true;
        process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`);
      }
    }
    module.exports = parse;
    parse.parse = parse;
    parse.toClientConfig = toClientConfig;
    parse.parseIntoClientConfig = parseIntoClientConfig;
  }
});

// node_modules/pg/lib/connection-parameters.js
var require_connection_parameters = __commonJS({
  "node_modules/pg/lib/connection-parameters.js"(exports, module) {
    "use strict";
    var dns = __require("dns");
    var defaults2 = require_defaults();
    var parse = require_pg_connection_string().parse;
    var val = function(key, config, envVar) {
      if (config[key]) {
        return config[key];
      }
      if (envVar === void 0) {
        envVar = process.env["PG" + key.toUpperCase()];
      } else if (envVar === false) {
      } else {
        envVar = process.env[envVar];
      }
      return envVar || defaults2[key];
    };
    var readSSLConfigFromEnvironment = function() {
      switch (process.env.PGSSLMODE) {
        case "disable":
          return false;
        case "prefer":
        case "require":
        case "verify-ca":
        case "verify-full":
          return true;
        case "no-verify":
          return { rejectUnauthorized: false };
      }
      return defaults2.ssl;
    };
    var quoteParamValue = function(value) {
      return "'" + ("" + value).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
    };
    var add = function(params, config, paramName) {
      const value = config[paramName];
      if (value !== void 0 && value !== null) {
        params.push(paramName + "=" + quoteParamValue(value));
      }
    };
    var ConnectionParameters = class {
      constructor(config) {
        config = typeof config === "string" ? parse(config) : config || {};
        if (config.connectionString) {
          config = Object.assign({}, config, parse(config.connectionString));
        }
        this.user = val("user", config);
        this.database = val("database", config);
        if (this.database === void 0) {
          this.database = this.user;
        }
        this.port = parseInt(val("port", config), 10);
        this.host = val("host", config);
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: val("password", config)
        });
        this.binary = val("binary", config);
        this.options = val("options", config);
        this.ssl = typeof config.ssl === "undefined" ? readSSLConfigFromEnvironment() : config.ssl;
        if (typeof this.ssl === "string") {
          if (this.ssl === "true") {
            this.ssl = true;
          }
        }
        if (this.ssl === "no-verify") {
          this.ssl = { rejectUnauthorized: false };
        }
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this.sslnegotiation = val("sslnegotiation", config, "PGSSLNEGOTIATION");
        if (this.sslnegotiation !== void 0 && this.sslnegotiation !== "postgres" && this.sslnegotiation !== "direct") {
          throw new Error(
            `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
          );
        }
        if (this.sslnegotiation === "direct" && !this.ssl) {
          throw new Error("sslnegotiation=direct requires SSL to be enabled");
        }
        this.client_encoding = val("client_encoding", config);
        this.replication = val("replication", config);
        this.isDomainSocket = !(this.host || "").indexOf("/");
        this.application_name = val("application_name", config, "PGAPPNAME");
        this.fallback_application_name = val("fallback_application_name", config, false);
        this.statement_timeout = val("statement_timeout", config, false);
        this.lock_timeout = val("lock_timeout", config, false);
        this.idle_in_transaction_session_timeout = val("idle_in_transaction_session_timeout", config, false);
        this.query_timeout = val("query_timeout", config, false);
        if (config.connectionTimeoutMillis === void 0) {
          this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0;
        } else {
          this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1e3);
        }
        if (config.keepAlive === false) {
          this.keepalives = 0;
        } else if (config.keepAlive === true) {
          this.keepalives = 1;
        }
        if (typeof config.keepAliveInitialDelayMillis === "number") {
          this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1e3);
        }
      }
      getLibpqConnectionString(cb) {
        const params = [];
        add(params, this, "user");
        add(params, this, "password");
        add(params, this, "port");
        add(params, this, "application_name");
        add(params, this, "fallback_application_name");
        add(params, this, "connect_timeout");
        add(params, this, "options");
        const ssl = typeof this.ssl === "object" ? this.ssl : this.ssl ? { sslmode: this.ssl } : {};
        add(params, ssl, "sslmode");
        add(params, ssl, "sslca");
        add(params, ssl, "sslkey");
        add(params, ssl, "sslcert");
        add(params, ssl, "sslrootcert");
        add(params, this, "sslnegotiation");
        if (this.database) {
          params.push("dbname=" + quoteParamValue(this.database));
        }
        if (this.replication) {
          params.push("replication=" + quoteParamValue(this.replication));
        }
        if (this.host) {
          params.push("host=" + quoteParamValue(this.host));
        }
        if (this.isDomainSocket) {
          return cb(null, params.join(" "));
        }
        if (this.client_encoding) {
          params.push("client_encoding=" + quoteParamValue(this.client_encoding));
        }
        dns.lookup(this.host, function(err, address) {
          if (err) return cb(err, null);
          params.push("hostaddr=" + quoteParamValue(address));
          return cb(null, params.join(" "));
        });
      }
    };
    module.exports = ConnectionParameters;
  }
});

// node_modules/pg/lib/result.js
var require_result = __commonJS({
  "node_modules/pg/lib/result.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    var matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/;
    var Result2 = class {
      constructor(rowMode, types3) {
        this.command = null;
        this.rowCount = null;
        this.oid = null;
        this.rows = [];
        this.fields = [];
        this._parsers = void 0;
        this._types = types3;
        this.RowCtor = null;
        this.rowAsArray = rowMode === "array";
        if (this.rowAsArray) {
          this.parseRow = this._parseRowAsArray;
        }
        this._prebuiltEmptyResultObject = null;
      }
      // adds a command complete message
      addCommandComplete(msg) {
        let match;
        if (msg.text) {
          match = matchRegexp.exec(msg.text);
        } else {
          match = matchRegexp.exec(msg.command);
        }
        if (match) {
          this.command = match[1];
          if (match[3]) {
            this.oid = parseInt(match[2], 10);
            this.rowCount = parseInt(match[3], 10);
          } else if (match[2]) {
            this.rowCount = parseInt(match[2], 10);
          }
        }
      }
      _parseRowAsArray(rowData) {
        const row = new Array(rowData.length);
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          if (rawValue !== null) {
            row[i] = this._parsers[i](rawValue);
          } else {
            row[i] = null;
          }
        }
        return row;
      }
      parseRow(rowData) {
        const row = { ...this._prebuiltEmptyResultObject };
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          const field = this.fields[i].name;
          if (rawValue !== null) {
            const v = this.fields[i].format === "binary" ? Buffer.from(rawValue) : rawValue;
            row[field] = this._parsers[i](v);
          } else {
            row[field] = null;
          }
        }
        return row;
      }
      addRow(row) {
        this.rows.push(row);
      }
      addFields(fieldDescriptions) {
        this.fields = fieldDescriptions;
        if (this.fields.length) {
          this._parsers = new Array(fieldDescriptions.length);
        }
        const row = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < fieldDescriptions.length; i++) {
          const desc = fieldDescriptions[i];
          row[desc.name] = null;
          if (this._types) {
            this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || "text");
          } else {
            this._parsers[i] = types2.getTypeParser(desc.dataTypeID, desc.format || "text");
          }
        }
        this._prebuiltEmptyResultObject = { ...row };
      }
    };
    module.exports = Result2;
  }
});

// node_modules/pg/lib/query.js
var require_query = __commonJS({
  "node_modules/pg/lib/query.js"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("events");
    var Result2 = require_result();
    var utils = require_utils();
    var Query2 = class extends EventEmitter {
      constructor(config, values, callback) {
        super();
        config = utils.normalizeQueryConfig(config, values, callback);
        this.text = config.text;
        this.values = config.values;
        this.rows = config.rows;
        this.types = config.types;
        this.name = config.name;
        this.queryMode = config.queryMode;
        this.binary = config.binary;
        this.portal = config.portal || "";
        this.callback = config.callback;
        this._rowMode = config.rowMode;
        if (process.domain && config.callback) {
          this.callback = process.domain.bind(config.callback);
        }
        this._result = new Result2(this._rowMode, this.types);
        this._results = this._result;
        this._canceledDueToError = false;
      }
      requiresPreparation() {
        if (this.queryMode === "extended") {
          return true;
        }
        if (this.name) {
          return true;
        }
        if (this.rows) {
          return true;
        }
        if (!this.text) {
          return false;
        }
        if (!this.values) {
          return false;
        }
        return this.values.length > 0;
      }
      _checkForMultirow() {
        if (this._result.command) {
          if (!Array.isArray(this._results)) {
            this._results = [this._result];
          }
          this._result = new Result2(this._rowMode, this._result._types);
          this._results.push(this._result);
        }
      }
      // associates row metadata from the supplied
      // message with this query object
      // metadata used when parsing row results
      handleRowDescription(msg) {
        this._checkForMultirow();
        this._result.addFields(msg.fields);
        this._accumulateRows = this.callback || !this.listeners("row").length;
      }
      handleDataRow(msg) {
        let row;
        if (this._canceledDueToError) {
          return;
        }
        try {
          row = this._result.parseRow(msg.fields);
        } catch (err) {
          this._canceledDueToError = err;
          return;
        }
        this.emit("row", row, this._result);
        if (this._accumulateRows) {
          this._result.addRow(row);
        }
      }
      handleCommandComplete(msg, connection) {
        this._checkForMultirow();
        this._result.addCommandComplete(msg);
        if (this.rows) {
          connection.sync();
        }
      }
      // if a named prepared statement is created with empty query text
      // the backend will send an emptyQuery message but *not* a command complete message
      // since we pipeline sync immediately after execute we don't need to do anything here
      // unless we have rows specified, in which case we did not pipeline the initial sync call
      handleEmptyQuery(connection) {
        if (this.rows) {
          connection.sync();
        }
      }
      handleError(err, connection) {
        if (this._canceledDueToError) {
          err = this._canceledDueToError;
          this._canceledDueToError = false;
        }
        if (this.callback) {
          return this.callback(err);
        }
        this.emit("error", err);
      }
      handleReadyForQuery(con) {
        if (this._canceledDueToError) {
          return this.handleError(this._canceledDueToError, con);
        }
        if (this.callback) {
          try {
            this.callback(null, this._results);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
          }
        }
        this.emit("end", this._results);
      }
      submit(connection) {
        if (typeof this.text !== "string" && typeof this.name !== "string") {
          return new Error("A query must have either text or a name. Supplying neither is unsupported.");
        }
        const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name];
        if (this.text && previous && this.text !== previous) {
          return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
        }
        if (this.values && !Array.isArray(this.values)) {
          return new Error("Query values must be an array");
        }
        if (this.requiresPreparation()) {
          connection.stream.cork && connection.stream.cork();
          try {
            this.prepare(connection);
          } finally {
            connection.stream.uncork && connection.stream.uncork();
          }
        } else {
          connection.query(this.text);
        }
        return null;
      }
      hasBeenParsed(connection) {
        return this.name && (connection.parsedStatements[this.name] !== void 0 || connection.submittedNamedStatements[this.name] !== void 0);
      }
      handlePortalSuspended(connection) {
        this._getRows(connection, this.rows);
      }
      _getRows(connection, rows) {
        connection.execute({
          portal: this.portal,
          rows
        });
        if (!rows) {
          connection.sync();
        } else {
          connection.flush();
        }
      }
      // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
      prepare(connection) {
        if (!this.hasBeenParsed(connection)) {
          connection.parse({
            text: this.text,
            name: this.name,
            types: this.types
          });
          if (this.name) {
            connection.submittedNamedStatements[this.name] = this.text;
          }
        }
        try {
          connection.bind({
            portal: this.portal,
            statement: this.name,
            values: this.values,
            binary: this.binary,
            valueMapper: utils.prepareValue
          });
        } catch (err) {
          connection.close({ type: "S", name: this.name });
          connection.sync();
          this.handleError(err, connection);
          return;
        }
        connection.describe({
          type: "P",
          name: this.portal || ""
        });
        this._getRows(connection, this.rows);
      }
      handleCopyInResponse(connection) {
        connection.sendCopyFail("No source stream defined");
      }
      handleCopyData(msg, connection) {
      }
    };
    module.exports = Query2;
  }
});

// node_modules/pg-protocol/dist/messages.js
var require_messages = __commonJS({
  "node_modules/pg-protocol/dist/messages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
    exports.parseComplete = {
      name: "parseComplete",
      length: 5
    };
    exports.bindComplete = {
      name: "bindComplete",
      length: 5
    };
    exports.closeComplete = {
      name: "closeComplete",
      length: 5
    };
    exports.noData = {
      name: "noData",
      length: 5
    };
    exports.portalSuspended = {
      name: "portalSuspended",
      length: 5
    };
    exports.replicationStart = {
      name: "replicationStart",
      length: 4
    };
    exports.emptyQuery = {
      name: "emptyQuery",
      length: 4
    };
    exports.copyDone = {
      name: "copyDone",
      length: 4
    };
    var DatabaseError2 = class extends Error {
      constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
      }
    };
    exports.DatabaseError = DatabaseError2;
    var CopyDataMessage = class {
      constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = "copyData";
      }
    };
    exports.CopyDataMessage = CopyDataMessage;
    var CopyResponse = class {
      constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
      }
    };
    exports.CopyResponse = CopyResponse;
    var Field = class {
      constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
      }
    };
    exports.Field = Field;
    var RowDescriptionMessage = class {
      constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = "rowDescription";
        this.fields = new Array(this.fieldCount);
      }
    };
    exports.RowDescriptionMessage = RowDescriptionMessage;
    var ParameterDescriptionMessage = class {
      constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = "parameterDescription";
        this.dataTypeIDs = new Array(this.parameterCount);
      }
    };
    exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
    var ParameterStatusMessage = class {
      constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = "parameterStatus";
      }
    };
    exports.ParameterStatusMessage = ParameterStatusMessage;
    var AuthenticationMD5Password = class {
      constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = "authenticationMD5Password";
      }
    };
    exports.AuthenticationMD5Password = AuthenticationMD5Password;
    var BackendKeyDataMessage = class {
      constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = "backendKeyData";
      }
    };
    exports.BackendKeyDataMessage = BackendKeyDataMessage;
    var NotificationResponseMessage = class {
      constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = "notification";
      }
    };
    exports.NotificationResponseMessage = NotificationResponseMessage;
    var ReadyForQueryMessage = class {
      constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = "readyForQuery";
      }
    };
    exports.ReadyForQueryMessage = ReadyForQueryMessage;
    var CommandCompleteMessage = class {
      constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = "commandComplete";
      }
    };
    exports.CommandCompleteMessage = CommandCompleteMessage;
    var DataRowMessage = class {
      constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = "dataRow";
        this.fieldCount = fields.length;
      }
    };
    exports.DataRowMessage = DataRowMessage;
    var NoticeMessage = class {
      constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = "notice";
      }
    };
    exports.NoticeMessage = NoticeMessage;
  }
});

// node_modules/pg-protocol/dist/buffer-writer.js
var require_buffer_writer = __commonJS({
  "node_modules/pg-protocol/dist/buffer-writer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Writer = void 0;
    var Writer = class {
      constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
      }
      ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
          const oldBuffer = this.buffer;
          const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
          this.buffer = Buffer.allocUnsafe(newSize);
          oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
      }
      addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = num >>> 24 & 255;
        this.buffer[this.offset++] = num >>> 16 & 255;
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addCString(string) {
        if (!string) {
          this.ensure(1);
        } else {
          const len = Buffer.byteLength(string);
          this.ensure(len + 1);
          this.buffer.write(string, this.offset, "utf-8");
          this.offset += len;
        }
        this.buffer[this.offset++] = 0;
        return this;
      }
      addString(string = "") {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
      }
      // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
      // bytes. Postgres' Bind wire format prefixes every parameter with its length,
      // and doing it in one method computes Buffer.byteLength ONCE — the previous
      // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
      // three times (byteLength for the prefix, byteLength again inside addString,
      // then the encode), which is costly for large text parameters.
      addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = len >>> 24 & 255;
        buffer[offset++] = len >>> 16 & 255;
        buffer[offset++] = len >>> 8 & 255;
        buffer[offset++] = len >>> 0 & 255;
        buffer.write(string, offset, "utf-8");
        this.offset = offset + len;
        return this;
      }
      add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
      }
      /**
       * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
       */
      reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
      }
      join(code) {
        if (code) {
          this.buffer[this.headerPosition] = code;
          const length = this.offset - (this.headerPosition + 1);
          this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
      }
      flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
      }
      clear() {
        this.offset = 5;
        this.headerPosition = 0;
      }
    };
    exports.Writer = Writer;
  }
});

// node_modules/pg-protocol/dist/serializer.js
var require_serializer = __commonJS({
  "node_modules/pg-protocol/dist/serializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.serialize = void 0;
    var buffer_writer_1 = require_buffer_writer();
    var writer = new buffer_writer_1.Writer();
    var startup = (opts) => {
      writer.addInt16(3).addInt16(0);
      for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
      }
      writer.addCString("client_encoding").addCString("UTF8");
      const bodyBuffer = writer.addCString("").flush();
      const length = bodyBuffer.length + 4;
      return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
    };
    var requestSsl = () => {
      const response = Buffer.allocUnsafe(8);
      response.writeInt32BE(8, 0);
      response.writeInt32BE(80877103, 4);
      return response;
    };
    var password = (password2) => {
      return writer.addCString(password2).flush(
        112
        /* code.startup */
      );
    };
    var sendSASLInitialResponseMessage = function(mechanism, initialResponse) {
      writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
      return writer.flush(
        112
        /* code.startup */
      );
    };
    var sendSCRAMClientFinalMessage = function(additionalData) {
      return writer.addString(additionalData).flush(
        112
        /* code.startup */
      );
    };
    var query = (text) => {
      return writer.addCString(text).flush(
        81
        /* code.query */
      );
    };
    var emptyArray = [];
    var parse = (query2) => {
      const name = query2.name || "";
      if (name.length > 63) {
        console.error("Warning! Postgres only supports 63 characters for query names.");
        console.error("You supplied %s (%s)", name, name.length);
        console.error("This can cause conflicts and silent errors executing queries");
      }
      const types2 = query2.types || emptyArray;
      const len = types2.length;
      const buffer = writer.addCString(name).addCString(query2.text).addInt16(len);
      for (let i = 0; i < len; i++) {
        buffer.addInt32(types2[i]);
      }
      return writer.flush(
        80
        /* code.parse */
      );
    };
    var writeValues = function(values, valueMapper, formatsOffset) {
      const len = values.length;
      for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0;
        if (mappedVal == null) {
          writer.addInt32(-1);
        } else if (mappedVal instanceof Buffer) {
          formatByte = 1;
          writer.addInt32(mappedVal.length);
          writer.add(mappedVal);
        } else {
          writer.addInt32PrefixedString(mappedVal);
        }
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
      }
    };
    var bind = (config = {}) => {
      const portal = config.portal || "";
      const statement = config.statement || "";
      const binary = config.binary || false;
      const values = config.values || emptyArray;
      const len = values.length;
      writer.addCString(portal).addCString(statement);
      writer.addInt16(len);
      const formatsOffset = writer.reserveUnsafe(len * 2);
      writer.addInt16(len);
      try {
        writeValues(values, config.valueMapper, formatsOffset);
      } catch (err) {
        writer.clear();
        throw err;
      }
      writer.addInt16(1);
      writer.addInt16(
        binary ? 1 : 0
        /* ParamType.STRING */
      );
      return writer.flush(
        66
        /* code.bind */
      );
    };
    var emptyExecute = Buffer.from([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
    var execute = (config) => {
      if (!config || !config.portal && !config.rows) {
        return emptyExecute;
      }
      const portal = config.portal || "";
      const rows = config.rows || 0;
      const portalLength = Buffer.byteLength(portal);
      const len = 4 + portalLength + 1 + 4;
      const buff = Buffer.allocUnsafe(1 + len);
      buff[0] = 69;
      buff.writeInt32BE(len, 1);
      buff.write(portal, 5, "utf-8");
      buff[portalLength + 5] = 0;
      buff.writeUInt32BE(rows, buff.length - 4);
      return buff;
    };
    var cancel = (processID, secretKey) => {
      const buffer = Buffer.allocUnsafe(16);
      buffer.writeInt32BE(16, 0);
      buffer.writeInt16BE(1234, 4);
      buffer.writeInt16BE(5678, 6);
      buffer.writeInt32BE(processID, 8);
      buffer.writeInt32BE(secretKey, 12);
      return buffer;
    };
    var cstringMessage = (code, string) => {
      const stringLen = Buffer.byteLength(string);
      const len = 4 + stringLen + 1;
      const buffer = Buffer.allocUnsafe(1 + len);
      buffer[0] = code;
      buffer.writeInt32BE(len, 1);
      buffer.write(string, 5, "utf-8");
      buffer[len] = 0;
      return buffer;
    };
    var emptyDescribePortal = writer.addCString("P").flush(
      68
      /* code.describe */
    );
    var emptyDescribeStatement = writer.addCString("S").flush(
      68
      /* code.describe */
    );
    var describe = (msg) => {
      return msg.name ? cstringMessage(68, `${msg.type}${msg.name || ""}`) : msg.type === "P" ? emptyDescribePortal : emptyDescribeStatement;
    };
    var close = (msg) => {
      const text = `${msg.type}${msg.name || ""}`;
      return cstringMessage(67, text);
    };
    var copyData = (chunk) => {
      return writer.add(chunk).flush(
        100
        /* code.copyFromChunk */
      );
    };
    var copyFail = (message) => {
      return cstringMessage(102, message);
    };
    var codeOnlyBuffer = (code) => Buffer.from([code, 0, 0, 0, 4]);
    var flushBuffer = codeOnlyBuffer(
      72
      /* code.flush */
    );
    var syncBuffer = codeOnlyBuffer(
      83
      /* code.sync */
    );
    var endBuffer = codeOnlyBuffer(
      88
      /* code.end */
    );
    var copyDoneBuffer = codeOnlyBuffer(
      99
      /* code.copyDone */
    );
    var serialize = {
      startup,
      password,
      requestSsl,
      sendSASLInitialResponseMessage,
      sendSCRAMClientFinalMessage,
      query,
      parse,
      bind,
      execute,
      describe,
      close,
      flush: () => flushBuffer,
      sync: () => syncBuffer,
      end: () => endBuffer,
      copyData,
      copyDone: () => copyDoneBuffer,
      copyFail,
      cancel
    };
    exports.serialize = serialize;
  }
});

// node_modules/pg-protocol/dist/buffer-reader.js
var require_buffer_reader = __commonJS({
  "node_modules/pg-protocol/dist/buffer-reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BufferReader = void 0;
    var BufferReader = class {
      constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        this.encoding = "utf-8";
      }
      setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
      }
      int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
      }
      byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
      }
      int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
      cstring() {
        const start = this.offset;
        let end = start;
        while (this.buffer[end++]) {
        }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
      }
      bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
    };
    exports.BufferReader = BufferReader;
  }
});

// node_modules/pg-protocol/dist/parser.js
var require_parser = __commonJS({
  "node_modules/pg-protocol/dist/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var messages_1 = require_messages();
    var buffer_reader_1 = require_buffer_reader();
    var CODE_LENGTH = 1;
    var LEN_LENGTH = 4;
    var HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
    var LATEINIT_LENGTH = -1;
    var emptyBuffer = Buffer.allocUnsafe(0);
    var Parser = class {
      constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === "binary") {
          throw new Error("Binary mode not supported yet");
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || "text";
      }
      parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
          const code = this.buffer[offset];
          const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
          const fullMessageLength = CODE_LENGTH + length;
          if (fullMessageLength + offset <= bufferFullLength) {
            const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
            callback(message);
            offset += fullMessageLength;
          } else {
            break;
          }
        }
        if (offset === bufferFullLength) {
          this.buffer = emptyBuffer;
          this.bufferLength = 0;
          this.bufferOffset = 0;
        } else {
          this.bufferLength = bufferFullLength - offset;
          this.bufferOffset = offset;
        }
      }
      mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
          const newLength = this.bufferLength + buffer.byteLength;
          const newFullLength = newLength + this.bufferOffset;
          if (newFullLength > this.buffer.byteLength) {
            let newBuffer;
            if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
              newBuffer = this.buffer;
            } else {
              let newBufferLength = this.buffer.byteLength * 2;
              while (newLength >= newBufferLength) {
                newBufferLength *= 2;
              }
              newBuffer = Buffer.allocUnsafe(newBufferLength);
            }
            this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
            this.buffer = newBuffer;
            this.bufferOffset = 0;
          }
          buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
          this.bufferLength = newLength;
        } else {
          this.buffer = buffer;
          this.bufferOffset = 0;
          this.bufferLength = buffer.byteLength;
        }
      }
      handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
          case 50:
            message = messages_1.bindComplete;
            break;
          case 49:
            message = messages_1.parseComplete;
            break;
          case 51:
            message = messages_1.closeComplete;
            break;
          case 110:
            message = messages_1.noData;
            break;
          case 115:
            message = messages_1.portalSuspended;
            break;
          case 99:
            message = messages_1.copyDone;
            break;
          case 87:
            message = messages_1.replicationStart;
            break;
          case 73:
            message = messages_1.emptyQuery;
            break;
          case 68:
            message = parseDataRowMessage(reader);
            break;
          case 67:
            message = parseCommandCompleteMessage(reader);
            break;
          case 90:
            message = parseReadyForQueryMessage(reader);
            break;
          case 65:
            message = parseNotificationMessage(reader);
            break;
          case 82:
            message = parseAuthenticationResponse(reader, length);
            break;
          case 83:
            message = parseParameterStatusMessage(reader);
            break;
          case 75:
            message = parseBackendKeyData(reader);
            break;
          case 69:
            message = parseErrorMessage(reader, "error");
            break;
          case 78:
            message = parseErrorMessage(reader, "notice");
            break;
          case 84:
            message = parseRowDescriptionMessage(reader);
            break;
          case 116:
            message = parseParameterDescriptionMessage(reader);
            break;
          case 71:
            message = parseCopyInMessage(reader);
            break;
          case 72:
            message = parseCopyOutMessage(reader);
            break;
          case 100:
            message = parseCopyData(reader, length);
            break;
          default:
            return new messages_1.DatabaseError("received invalid response: " + code.toString(16), length, "error");
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
      }
    };
    exports.Parser = Parser;
    var parseReadyForQueryMessage = (reader) => {
      const status = reader.string(1);
      return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
    };
    var parseCommandCompleteMessage = (reader) => {
      const text = reader.cstring();
      return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
    };
    var parseCopyData = (reader, length) => {
      const chunk = reader.bytes(length - 4);
      return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
    };
    var parseCopyInMessage = (reader) => parseCopyMessage(reader, "copyInResponse");
    var parseCopyOutMessage = (reader) => parseCopyMessage(reader, "copyOutResponse");
    var parseCopyMessage = (reader, messageName) => {
      const isBinary = reader.byte() !== 0;
      const columnCount = reader.int16();
      const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
      for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
      }
      return message;
    };
    var parseNotificationMessage = (reader) => {
      const processId = reader.int32();
      const channel = reader.cstring();
      const payload = reader.cstring();
      return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
    };
    var parseRowDescriptionMessage = (reader) => {
      const fieldCount = reader.int16();
      const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
      }
      return message;
    };
    var parseField = (reader) => {
      const name = reader.cstring();
      const tableID = reader.uint32();
      const columnID = reader.int16();
      const dataTypeID = reader.uint32();
      const dataTypeSize = reader.int16();
      const dataTypeModifier = reader.int32();
      const mode = reader.int16() === 0 ? "text" : "binary";
      return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
    };
    var parseParameterDescriptionMessage = (reader) => {
      const parameterCount = reader.int16();
      const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
      for (let i = 0; i < parameterCount; i++) {
        message.dataTypeIDs[i] = reader.uint32();
      }
      return message;
    };
    var parseDataRowMessage = (reader) => {
      const fieldCount = reader.int16();
      const fields = new Array(fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        fields[i] = len === -1 ? null : reader.string(len);
      }
      return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
    };
    var parseParameterStatusMessage = (reader) => {
      const name = reader.cstring();
      const value = reader.cstring();
      return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
    };
    var parseBackendKeyData = (reader) => {
      const processID = reader.int32();
      const secretKey = reader.int32();
      return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
    };
    var parseAuthenticationResponse = (reader, length) => {
      const code = reader.int32();
      const message = {
        name: "authenticationOk",
        length
      };
      switch (code) {
        case 0:
          break;
        case 3:
          if (message.length === 8) {
            message.name = "authenticationCleartextPassword";
          }
          break;
        case 5:
          if (message.length === 12) {
            message.name = "authenticationMD5Password";
            const salt = reader.bytes(4);
            return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
          }
          break;
        case 10:
          {
            message.name = "authenticationSASL";
            message.mechanisms = [];
            let mechanism;
            do {
              mechanism = reader.cstring();
              if (mechanism) {
                message.mechanisms.push(mechanism);
              }
            } while (mechanism);
          }
          break;
        case 11:
          message.name = "authenticationSASLContinue";
          message.data = reader.string(length - 8);
          break;
        case 12:
          message.name = "authenticationSASLFinal";
          message.data = reader.string(length - 8);
          break;
        default:
          throw new Error("Unknown authenticationOk message type " + code);
      }
      return message;
    };
    var parseErrorMessage = (reader, name) => {
      const fields = {};
      let fieldType = reader.string(1);
      while (fieldType !== "\0") {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
      }
      const messageValue = fields.M;
      const message = name === "notice" ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue) : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
      message.severity = fields.S;
      message.code = fields.C;
      message.detail = fields.D;
      message.hint = fields.H;
      message.position = fields.P;
      message.internalPosition = fields.p;
      message.internalQuery = fields.q;
      message.where = fields.W;
      message.schema = fields.s;
      message.table = fields.t;
      message.column = fields.c;
      message.dataType = fields.d;
      message.constraint = fields.n;
      message.file = fields.F;
      message.line = fields.L;
      message.routine = fields.R;
      return message;
    };
  }
});

// node_modules/pg-protocol/dist/index.js
var require_dist = __commonJS({
  "node_modules/pg-protocol/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DatabaseError = exports.serialize = void 0;
    exports.parse = parse;
    var messages_1 = require_messages();
    Object.defineProperty(exports, "DatabaseError", { enumerable: true, get: function() {
      return messages_1.DatabaseError;
    } });
    var serializer_1 = require_serializer();
    Object.defineProperty(exports, "serialize", { enumerable: true, get: function() {
      return serializer_1.serialize;
    } });
    var parser_1 = require_parser();
    function parse(stream, callback) {
      const parser = new parser_1.Parser();
      stream.on("data", (buffer) => parser.parse(buffer, callback));
      return new Promise((resolve) => stream.on("end", () => resolve()));
    }
  }
});

// node_modules/pg-cloudflare/dist/empty.js
var require_empty = __commonJS({
  "node_modules/pg-cloudflare/dist/empty.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = {};
  }
});

// node_modules/pg/lib/stream.js
var require_stream = __commonJS({
  "node_modules/pg/lib/stream.js"(exports, module) {
    var { getStream, getSecureStream } = getStreamFuncs();
    module.exports = {
      /**
       * Get a socket stream compatible with the current runtime environment.
       * @returns {Duplex}
       */
      getStream,
      /**
       * Get a TLS secured socket, compatible with the current environment,
       * using the socket and other settings given in `options`.
       * @returns {Duplex}
       */
      getSecureStream
    };
    function getNodejsStreamFuncs() {
      function getStream2(ssl) {
        const net = __require("net");
        return new net.Socket();
      }
      function getSecureStream2(options) {
        const tls = __require("tls");
        return tls.connect(options);
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function getCloudflareStreamFuncs() {
      function getStream2(ssl) {
        const { CloudflareSocket } = require_empty();
        return new CloudflareSocket(ssl);
      }
      function getSecureStream2(options) {
        options.socket.startTls(options);
        return options.socket;
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function isCloudflareRuntime() {
      if (typeof navigator === "object" && navigator !== null && typeof navigator.userAgent === "string") {
        return navigator.userAgent === "Cloudflare-Workers";
      }
      if (typeof Response === "function") {
        const resp = new Response(null, { cf: { thing: true } });
        if (typeof resp.cf === "object" && resp.cf !== null && resp.cf.thing) {
          return true;
        }
      }
      return false;
    }
    function getStreamFuncs() {
      if (isCloudflareRuntime()) {
        return getCloudflareStreamFuncs();
      }
      return getNodejsStreamFuncs();
    }
  }
});

// node_modules/pg/lib/connection.js
var require_connection = __commonJS({
  "node_modules/pg/lib/connection.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var { parse, serialize } = require_dist();
    var stream = require_stream();
    var { getStream } = stream;
    var flushBuffer = serialize.flush();
    var syncBuffer = serialize.sync();
    var endBuffer = serialize.end();
    var Connection2 = class extends EventEmitter {
      constructor(config) {
        super();
        config = config || {};
        this.stream = config.stream || getStream(config.ssl);
        if (typeof this.stream === "function") {
          this.stream = this.stream(config);
        }
        this._keepAlive = config.keepAlive;
        this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis;
        this.parsedStatements = {};
        this.submittedNamedStatements = {};
        this.ssl = config.ssl || false;
        this.sslNegotiation = config.sslNegotiation || "postgres";
        this._ending = false;
        this._emitMessage = false;
        const self = this;
        this.on("newListener", function(eventName) {
          if (eventName === "message") {
            self._emitMessage = true;
          }
        });
      }
      connect(port, host) {
        const self = this;
        this._connecting = true;
        this.stream.setNoDelay(true);
        this.stream.connect(port, host);
        this.stream.once("connect", function() {
          if (self._keepAlive) {
            self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis);
          }
          self.emit("connect");
        });
        const reportStreamError = function(error) {
          if (self._ending && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
            return;
          }
          self.emit("error", error);
        };
        this.stream.on("error", reportStreamError);
        this.stream.on("close", function() {
          self.emit("end");
        });
        if (!this.ssl) {
          return this.attachListeners(this.stream);
        }
        if (this.sslNegotiation === "direct") {
          return this.stream.once("connect", function() {
            self.upgradeToSSL(host, reportStreamError);
          });
        }
        this.stream.once("data", function(buffer) {
          const responseCode = buffer.toString("utf8");
          switch (responseCode) {
            case "S":
              break;
            case "N":
              self.stream.end();
              return self.emit("error", new Error("The server does not support SSL connections"));
            default:
              self.stream.end();
              return self.emit("error", new Error("There was an error establishing an SSL connection"));
          }
          self.upgradeToSSL(host, reportStreamError);
        });
      }
      upgradeToSSL(host, reportStreamError) {
        const self = this;
        const options = {
          socket: self.stream,
          // tls.connect checks the server identity against `servername`, falling
          // back to `host` and then to 'localhost'. `servername` must stay unset
          // for IP addresses (see below), so `host` is needed to keep certificate
          // validation working when connecting to an IP address.
          host
        };
        if (self.ssl !== true) {
          Object.assign(options, self.ssl);
          if ("key" in self.ssl) {
            options.key = self.ssl.key;
          }
        }
        if (self.sslNegotiation === "direct") {
          options.ALPNProtocols = ["postgresql"];
        }
        const net = __require("net");
        if (net.isIP && net.isIP(host) === 0) {
          options.servername = host;
        }
        try {
          self.stream = stream.getSecureStream(options);
        } catch (err) {
          return self.emit("error", err);
        }
        self.attachListeners(self.stream);
        self.stream.on("error", reportStreamError);
        self.emit("sslconnect");
      }
      attachListeners(stream2) {
        parse(stream2, (msg) => {
          const eventName = msg.name === "error" ? "errorMessage" : msg.name;
          if (this._emitMessage) {
            this.emit("message", msg);
          }
          this.emit(eventName, msg);
        });
      }
      requestSsl() {
        this.stream.write(serialize.requestSsl());
      }
      startup(config) {
        this.stream.write(serialize.startup(config));
      }
      cancel(processID, secretKey) {
        this._send(serialize.cancel(processID, secretKey));
      }
      password(password) {
        this._send(serialize.password(password));
      }
      sendSASLInitialResponseMessage(mechanism, initialResponse) {
        this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
      }
      sendSCRAMClientFinalMessage(additionalData) {
        this._send(serialize.sendSCRAMClientFinalMessage(additionalData));
      }
      _send(buffer) {
        if (!this.stream.writable) {
          return false;
        }
        return this.stream.write(buffer);
      }
      query(text) {
        this._send(serialize.query(text));
      }
      // send parse message
      parse(query) {
        this._send(serialize.parse(query));
      }
      // send bind message
      bind(config) {
        this._send(serialize.bind(config));
      }
      // send execute message
      execute(config) {
        this._send(serialize.execute(config));
      }
      flush() {
        if (this.stream.writable) {
          this.stream.write(flushBuffer);
        }
      }
      sync() {
        this._send(syncBuffer);
      }
      ref() {
        this.stream.ref();
      }
      unref() {
        this.stream.unref();
      }
      end() {
        this._ending = true;
        if (!this._connecting || !this.stream.writable) {
          this.stream.end();
          return;
        }
        return this.stream.write(endBuffer, () => {
          this.stream.end();
        });
      }
      close(msg) {
        this._send(serialize.close(msg));
      }
      describe(msg) {
        this._send(serialize.describe(msg));
      }
      sendCopyFromChunk(chunk) {
        this._send(serialize.copyData(chunk));
      }
      endCopyFrom() {
        this._send(serialize.copyDone());
      }
      sendCopyFail(msg) {
        this._send(serialize.copyFail(msg));
      }
    };
    module.exports = Connection2;
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports, module) {
    "use strict";
    var { Transform } = __require("stream");
    var { StringDecoder } = __require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list = buf.split(this.matcher);
        if (list.length === 1) return cb();
        list.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list = this[kLast].split(this.matcher);
      }
      this[kLast] = list.pop();
      for (let i = 0; i < list.length; i++) {
        try {
          push(this, this.mapper(list[i]));
        } catch (error) {
          return cb(error);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      }
      cb();
    }
    function push(self, val) {
      if (val !== void 0) {
        self.push(val);
      }
    }
    function noop(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
      options = options || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options = mapper;
            mapper = noop;
          }
      }
      options = Object.assign({}, options);
      options.autoDestroy = true;
      options.transform = transform;
      options.flush = flush;
      options.readableObjectMode = true;
      const stream = new Transform(options);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options.maxLength;
      stream.skipOverflow = options.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module.exports = split;
  }
});

// node_modules/pgpass/lib/helper.js
var require_helper = __commonJS({
  "node_modules/pgpass/lib/helper.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var Stream = __require("stream").Stream;
    var split = require_split2();
    var util = __require("util");
    var defaultPort = 5432;
    var isWin = process.platform === "win32";
    var warnStream = process.stderr;
    var S_IRWXG = 56;
    var S_IRWXO = 7;
    var S_IFMT = 61440;
    var S_IFREG = 32768;
    function isRegFile(mode) {
      return (mode & S_IFMT) == S_IFREG;
    }
    var fieldNames = ["host", "port", "database", "user", "password"];
    var nrOfFields = fieldNames.length;
    var passKey = fieldNames[nrOfFields - 1];
    function warn() {
      var isWritable = warnStream instanceof Stream && true === warnStream.writable;
      if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write(util.format.apply(util, args));
      }
    }
    Object.defineProperty(module.exports, "isWin", {
      get: function() {
        return isWin;
      },
      set: function(val) {
        isWin = val;
      }
    });
    module.exports.warnTo = function(stream) {
      var old = warnStream;
      warnStream = stream;
      return old;
    };
    module.exports.getFileName = function(rawEnv) {
      var env = rawEnv || process.env;
      var file = env.PGPASSFILE || (isWin ? path.join(env.APPDATA || "./", "postgresql", "pgpass.conf") : path.join(env.HOME || "./", ".pgpass"));
      return file;
    };
    module.exports.usePgPass = function(stats, fname) {
      if (Object.prototype.hasOwnProperty.call(process.env, "PGPASSWORD")) {
        return false;
      }
      if (isWin) {
        return true;
      }
      fname = fname || "<unkn>";
      if (!isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
      }
      if (stats.mode & (S_IRWXG | S_IRWXO)) {
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
      }
      return true;
    };
    var matcher = module.exports.match = function(connInfo, entry) {
      return fieldNames.slice(0, -1).reduce(function(prev, field, idx) {
        if (idx == 1) {
          if (Number(connInfo[field] || defaultPort) === Number(entry[field])) {
            return prev && true;
          }
        }
        return prev && (entry[field] === "*" || entry[field] === connInfo[field]);
      }, true);
    };
    module.exports.getPassword = function(connInfo, stream, cb) {
      var pass;
      var lineStream = stream.pipe(split());
      function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
          pass = entry[passKey];
          lineStream.end();
        }
      }
      var onEnd = function() {
        stream.destroy();
        cb(pass);
      };
      var onErr = function(err) {
        stream.destroy();
        warn("WARNING: error on reading file: %s", err);
        cb(void 0);
      };
      stream.on("error", onErr);
      lineStream.on("data", onLine).on("end", onEnd).on("error", onErr);
    };
    var parseLine = module.exports.parseLine = function(line) {
      if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
      }
      var curChar = "";
      var prevChar = "";
      var fieldIdx = 0;
      var startIdx = 0;
      var endIdx = 0;
      var obj = {};
      var isLastField = false;
      var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);
        if (!Object.hasOwnProperty.call(process.env, "PGPASS_NO_DEESCAPE")) {
          field = field.replace(/\\([:\\])/g, "$1");
        }
        obj[fieldNames[idx]] = field;
      };
      for (var i = 0; i < line.length - 1; i += 1) {
        curChar = line.charAt(i + 1);
        prevChar = line.charAt(i);
        isLastField = fieldIdx == nrOfFields - 1;
        if (isLastField) {
          addToObj(fieldIdx, startIdx);
          break;
        }
        if (i >= 0 && curChar == ":" && prevChar !== "\\") {
          addToObj(fieldIdx, startIdx, i + 1);
          startIdx = i + 2;
          fieldIdx += 1;
        }
      }
      obj = Object.keys(obj).length === nrOfFields ? obj : null;
      return obj;
    };
    var isValidEntry = module.exports.isValidEntry = function(entry) {
      var rules = {
        // host
        0: function(x) {
          return x.length > 0;
        },
        // port
        1: function(x) {
          if (x === "*") {
            return true;
          }
          x = Number(x);
          return isFinite(x) && x > 0 && x < 9007199254740992 && Math.floor(x) === x;
        },
        // database
        2: function(x) {
          return x.length > 0;
        },
        // username
        3: function(x) {
          return x.length > 0;
        },
        // password
        4: function(x) {
          return x.length > 0;
        }
      };
      for (var idx = 0; idx < fieldNames.length; idx += 1) {
        var rule = rules[idx];
        var value = entry[fieldNames[idx]] || "";
        var res = rule(value);
        if (!res) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/pgpass/lib/index.js
var require_lib = __commonJS({
  "node_modules/pgpass/lib/index.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var fs = __require("fs");
    var helper = require_helper();
    module.exports = function(connInfo, cb) {
      var file = helper.getFileName();
      fs.stat(file, function(err, stat) {
        if (err || !helper.usePgPass(stat, file)) {
          return cb(void 0);
        }
        var st = fs.createReadStream(file);
        helper.getPassword(connInfo, st, cb);
      });
    };
    module.exports.warnTo = helper.warnTo;
  }
});

// node_modules/pg/lib/client.js
var require_client = __commonJS({
  "node_modules/pg/lib/client.js"(exports, module) {
    var EventEmitter = __require("events").EventEmitter;
    var utils = require_utils();
    var nodeUtils = __require("util");
    var sasl = require_sasl();
    var TypeOverrides2 = require_type_overrides();
    var ConnectionParameters = require_connection_parameters();
    var Query2 = require_query();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var crypto = require_utils2();
    var activeQueryDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.activeQuery is deprecated and will be removed in pg@9.0"
    );
    var queryQueueDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.queryQueue is deprecated and will be removed in pg@9.0."
    );
    var pgPassDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "pgpass support is deprecated and will be removed in pg@9.0. You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code."
    );
    var byoPromiseDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0."
    );
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    function coerceNumberOrDefault(value, defaultValue) {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : defaultValue;
      }
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : defaultValue;
      }
      return defaultValue;
    }
    var Client2 = class extends EventEmitter {
      constructor(config) {
        super();
        this.connectionParameters = new ConnectionParameters(config);
        this.user = this.connectionParameters.user;
        this.database = this.connectionParameters.database;
        this.port = this.connectionParameters.port;
        this.host = this.connectionParameters.host;
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: this.connectionParameters.password
        });
        this.replication = this.connectionParameters.replication;
        const c = config || {};
        if (c.Promise) {
          byoPromiseDeprecationNotice();
        }
        this._Promise = c.Promise || global.Promise;
        this._types = new TypeOverrides2(c.types);
        this._ending = false;
        this._ended = false;
        this._connecting = false;
        this._connected = false;
        this._connectionError = false;
        this._queryable = true;
        this._activeQuery = null;
        this._txStatus = null;
        this.enableChannelBinding = Boolean(c.enableChannelBinding);
        this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS);
        this.connection = c.connection || new Connection2({
          stream: c.stream,
          ssl: this.connectionParameters.ssl,
          sslNegotiation: this.connectionParameters.sslnegotiation,
          keepAlive: c.keepAlive || false,
          keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
          encoding: this.connectionParameters.client_encoding || "utf8"
        });
        this._queryQueue = [];
        this._sentQueryQueue = [];
        this.pipeline = Boolean(c.pipeline);
        this.binary = c.binary || defaults2.binary;
        this.processID = null;
        this.secretKey = null;
        this.ssl = this.connectionParameters.ssl || false;
        this.sslNegotiation = this.connectionParameters.sslnegotiation || "postgres";
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0;
      }
      get activeQuery() {
        activeQueryDeprecationNotice();
        return this._activeQuery;
      }
      set activeQuery(val) {
        activeQueryDeprecationNotice();
        this._activeQuery = val;
      }
      _getActiveQuery() {
        return this._activeQuery;
      }
      _errorAllQueries(err) {
        const enqueueError = (query) => {
          process.nextTick(() => {
            query.handleError(err, this.connection);
          });
        };
        const activeQuery = this._getActiveQuery();
        if (activeQuery) {
          enqueueError(activeQuery);
          this._activeQuery = null;
        }
        this._sentQueryQueue.forEach(enqueueError);
        this._sentQueryQueue.length = 0;
        this._queryQueue.forEach(enqueueError);
        this._queryQueue.length = 0;
      }
      _connect(callback) {
        const self = this;
        const con = this.connection;
        this._connectionCallback = callback;
        if (this._connecting || this._connected) {
          const err = new Error("Client has already been connected. You cannot reuse a client.");
          process.nextTick(() => {
            callback(err);
          });
          return;
        }
        this._connecting = true;
        if (this._connectionTimeoutMillis > 0) {
          this.connectionTimeoutHandle = setTimeout(() => {
            con._ending = true;
            con.stream.destroy(new Error("timeout expired"));
          }, this._connectionTimeoutMillis);
          if (this.connectionTimeoutHandle.unref) {
            this.connectionTimeoutHandle.unref();
          }
        }
        if (this.host && this.host.indexOf("/") === 0) {
          con.connect(this.host + "/.s.PGSQL." + this.port);
        } else {
          con.connect(this.port, this.host);
        }
        con.on("connect", function() {
          if (self.ssl) {
            if (self.sslNegotiation !== "direct") {
              con.requestSsl();
            }
          } else {
            con.startup(self.getStartupConf());
          }
        });
        con.on("sslconnect", function() {
          con.startup(self.getStartupConf());
        });
        this._attachListeners(con);
        con.once("end", () => {
          const error = this._ending ? new Error("Connection terminated") : new Error("Connection terminated unexpectedly");
          clearTimeout(this.connectionTimeoutHandle);
          this._errorAllQueries(error);
          this._ended = true;
          if (!this._ending) {
            if (this._connecting && !this._connectionError) {
              if (this._connectionCallback) {
                this._connectionCallback(error);
              } else {
                this._handleErrorEvent(error);
              }
            } else if (!this._connectionError) {
              this._handleErrorEvent(error);
            }
          }
          process.nextTick(() => {
            this.emit("end");
          });
        });
      }
      connect(callback) {
        if (callback) {
          this._connect(callback);
          return;
        }
        return new this._Promise((resolve, reject) => {
          this._connect((error) => {
            if (error) {
              reject(error);
            } else {
              resolve(this);
            }
          });
        });
      }
      _attachListeners(con) {
        con.on("authenticationCleartextPassword", this._handleAuthCleartextPassword.bind(this));
        con.on("authenticationMD5Password", this._handleAuthMD5Password.bind(this));
        con.on("authenticationSASL", this._handleAuthSASL.bind(this));
        con.on("authenticationSASLContinue", this._handleAuthSASLContinue.bind(this));
        con.on("authenticationSASLFinal", this._handleAuthSASLFinal.bind(this));
        con.on("backendKeyData", this._handleBackendKeyData.bind(this));
        con.on("error", this._handleErrorEvent.bind(this));
        con.on("errorMessage", this._handleErrorMessage.bind(this));
        con.on("readyForQuery", this._handleReadyForQuery.bind(this));
        con.on("notice", this._handleNotice.bind(this));
        con.on("rowDescription", this._handleRowDescription.bind(this));
        con.on("dataRow", this._handleDataRow.bind(this));
        con.on("portalSuspended", this._handlePortalSuspended.bind(this));
        con.on("emptyQuery", this._handleEmptyQuery.bind(this));
        con.on("commandComplete", this._handleCommandComplete.bind(this));
        con.on("parseComplete", this._handleParseComplete.bind(this));
        con.on("copyInResponse", this._handleCopyInResponse.bind(this));
        con.on("copyData", this._handleCopyData.bind(this));
        con.on("notification", this._handleNotification.bind(this));
      }
      _getPassword(cb) {
        const con = this.connection;
        if (typeof this.password === "function") {
          this._Promise.resolve().then(() => this.password(this.connectionParameters)).then((pass) => {
            if (pass !== void 0) {
              if (typeof pass !== "string") {
                con.emit("error", new TypeError("Password must be a string"));
                return;
              }
              this.connectionParameters.password = this.password = pass;
            } else {
              this.connectionParameters.password = this.password = null;
            }
            cb();
          }).catch((err) => {
            con.emit("error", err);
          });
        } else if (this.password !== null) {
          cb();
        } else {
          try {
            const pgPass = require_lib();
            pgPass(this.connectionParameters, (pass) => {
              if (void 0 !== pass) {
                pgPassDeprecationNotice();
                this.connectionParameters.password = this.password = pass;
              }
              cb();
            });
          } catch (e) {
            this.emit("error", e);
          }
        }
      }
      _handleAuthCleartextPassword(msg) {
        this._getPassword(() => {
          this.connection.password(this.password);
        });
      }
      _handleAuthMD5Password(msg) {
        this._getPassword(async () => {
          try {
            const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt);
            this.connection.password(hashedPassword);
          } catch (e) {
            this.emit("error", e);
          }
        });
      }
      _handleAuthSASL(msg) {
        this._getPassword(() => {
          try {
            this.saslSession = sasl.startSession(
              msg.mechanisms,
              this.enableChannelBinding && this.connection.stream,
              this.scramMaxIterations
            );
            this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response);
          } catch (err) {
            this.connection.emit("error", err);
          }
        });
      }
      async _handleAuthSASLContinue(msg) {
        try {
          await sasl.continueSession(
            this.saslSession,
            this.password,
            msg.data,
            this.enableChannelBinding && this.connection.stream
          );
          this.connection.sendSCRAMClientFinalMessage(this.saslSession.response);
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleAuthSASLFinal(msg) {
        try {
          sasl.finalizeSession(this.saslSession, msg.data);
          this.saslSession = null;
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleBackendKeyData(msg) {
        this.processID = msg.processID;
        this.secretKey = msg.secretKey;
      }
      _handleReadyForQuery(msg) {
        if (this._connecting) {
          this._connecting = false;
          this._connected = true;
          clearTimeout(this.connectionTimeoutHandle);
          if (this._connectionCallback) {
            this._connectionCallback(null, this);
            this._connectionCallback = null;
          }
          this.emit("connect");
        }
        const activeQuery = this._getActiveQuery();
        this._activeQuery = null;
        this._txStatus = msg?.status ?? null;
        this.readyForQuery = true;
        if (activeQuery) {
          activeQuery.handleReadyForQuery(this.connection);
        }
        this._pulseQueryQueue();
      }
      // if we receive an error event or error message
      // during the connection process we handle it here
      _handleErrorWhileConnecting(err) {
        if (this._connectionError) {
          return;
        }
        this._connectionError = true;
        clearTimeout(this.connectionTimeoutHandle);
        if (this._connectionCallback) {
          return this._connectionCallback(err);
        }
        this.emit("error", err);
      }
      // if we're connected and we receive an error event from the connection
      // this means the socket is dead - do a hard abort of all queries and emit
      // the socket error on the client as well
      _handleErrorEvent(err) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(err);
        }
        this._queryable = false;
        this._errorAllQueries(err);
        this.emit("error", err);
      }
      // handle error messages from the postgres backend
      _handleErrorMessage(msg) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(msg);
        }
        const activeQuery = this._getActiveQuery();
        if (!activeQuery) {
          this._handleErrorEvent(msg);
          return;
        }
        this._activeQuery = null;
        if (activeQuery.name) {
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
        activeQuery.handleError(msg, this.connection);
      }
      _handleRowDescription(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected rowDescription message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleRowDescription(msg);
      }
      _handleDataRow(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected dataRow message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleDataRow(msg);
      }
      _handlePortalSuspended(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected portalSuspended message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handlePortalSuspended(this.connection);
      }
      _handleEmptyQuery(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected emptyQuery message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleEmptyQuery(this.connection);
      }
      _handleCommandComplete(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected commandComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCommandComplete(msg, this.connection);
      }
      _handleParseComplete() {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected parseComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        if (activeQuery.name) {
          this.connection.parsedStatements[activeQuery.name] = activeQuery.text;
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
      }
      _handleCopyInResponse(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyInResponse message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyInResponse(this.connection);
      }
      _handleCopyData(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyData message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyData(msg, this.connection);
      }
      _handleNotification(msg) {
        this.emit("notification", msg);
      }
      _handleNotice(msg) {
        this.emit("notice", msg);
      }
      getStartupConf() {
        const params = this.connectionParameters;
        const data = {
          user: params.user,
          database: params.database
        };
        const appName = params.application_name || params.fallback_application_name;
        if (appName) {
          data.application_name = appName;
        }
        if (params.replication) {
          data.replication = "" + params.replication;
        }
        if (params.statement_timeout) {
          data.statement_timeout = String(parseInt(params.statement_timeout, 10));
        }
        if (params.lock_timeout) {
          data.lock_timeout = String(parseInt(params.lock_timeout, 10));
        }
        if (params.idle_in_transaction_session_timeout) {
          data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10));
        }
        if (params.options) {
          data.options = params.options;
        }
        return data;
      }
      cancel(client, query) {
        if (client.activeQuery === query) {
          const con = this.connection;
          if (this.host && this.host.indexOf("/") === 0) {
            con.connect(this.host + "/.s.PGSQL." + this.port);
          } else {
            con.connect(this.port, this.host);
          }
          con.on("connect", function() {
            con.cancel(client.processID, client.secretKey);
          });
        } else if (client._queryQueue.indexOf(query) !== -1) {
          client._queryQueue.splice(client._queryQueue.indexOf(query), 1);
        } else if (client._sentQueryQueue.indexOf(query) !== -1) {
          query.callback = () => {
          };
        }
      }
      setTypeParser(oid, format, parseFn) {
        return this._types.setTypeParser(oid, format, parseFn);
      }
      getTypeParser(oid, format) {
        return this._types.getTypeParser(oid, format);
      }
      // escapeIdentifier and escapeLiteral moved to utility functions & exported
      // on PG
      // re-exported here for backwards compatibility
      escapeIdentifier(str) {
        return utils.escapeIdentifier(str);
      }
      escapeLiteral(str) {
        return utils.escapeLiteral(str);
      }
      _pulseQueryQueue() {
        if (this.pipeline) {
          this._pulsePipelinedQueryQueue();
          return;
        }
        if (this.readyForQuery === true) {
          this._activeQuery = this._queryQueue.shift();
          const activeQuery = this._getActiveQuery();
          if (activeQuery) {
            this.readyForQuery = false;
            this.hasExecuted = true;
            const queryError = activeQuery.submit(this.connection);
            if (queryError) {
              process.nextTick(() => {
                activeQuery.handleError(queryError, this.connection);
                this.readyForQuery = true;
                this._pulseQueryQueue();
              });
            }
          } else if (this.hasExecuted) {
            this._activeQuery = null;
            this.emit("drain");
          }
        }
      }
      _pulsePipelinedQueryQueue() {
        if (!this._connected || !this._queryable) {
          return;
        }
        while (this._queryQueue.length > 0) {
          const query = this._queryQueue.shift();
          this.hasExecuted = true;
          const queryError = query.submit(this.connection);
          if (queryError) {
            process.nextTick(() => {
              query.handleError(queryError, this.connection);
            });
            continue;
          }
          this._sentQueryQueue.push(query);
        }
        if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
          this._activeQuery = this._sentQueryQueue.shift();
          this.readyForQuery = false;
        }
        if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
          this.emit("drain");
        }
      }
      query(config, values, callback) {
        let query;
        let result;
        if (config == null) {
          throw new TypeError("Client was passed a null or undefined query");
        }
        if (typeof config.submit === "function") {
          result = query = config;
          if (!query.callback) {
            if (typeof values === "function") {
              query.callback = values;
            } else if (callback) {
              query.callback = callback;
            }
          }
        } else {
          query = new Query2(config, values, callback);
          if (!query.callback) {
            result = new this._Promise((resolve, reject) => {
              query.callback = (err, res) => err ? reject(err) : resolve(res);
            }).catch((err) => {
              Error.captureStackTrace(err);
              throw err;
            });
          } else if (typeof query.callback !== "function") {
            throw new TypeError("callback is not a function");
          }
        }
        const readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        if (readTimeout) {
          const queryCallback = query.callback || (() => {
          });
          const readTimeoutTimer = setTimeout(() => {
            const error = new Error("Query read timeout");
            process.nextTick(() => {
              query.handleError(error, this.connection);
            });
            queryCallback(error);
            query.callback = () => {
            };
            const index = this._queryQueue.indexOf(query);
            if (index > -1) {
              this._queryQueue.splice(index, 1);
            } else if (this.pipeline) {
              this.connection.stream.destroy();
              return;
            }
            this._pulseQueryQueue();
          }, readTimeout);
          query.callback = (err, res) => {
            clearTimeout(readTimeoutTimer);
            queryCallback(err, res);
          };
        }
        if (this.binary && !query.binary) {
          query.binary = true;
        }
        if (query._result && !query._result._types) {
          query._result._types = this._types;
        }
        if (this.pipeline) {
          const portalQuery = typeof config.submit === "function" && !(query instanceof Query2) ? "Custom query classes such as pg-cursor and pg-query-stream are" : query.rows ? "The `rows` option is" : null;
          if (portalQuery) {
            process.nextTick(() => {
              query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection);
            });
            return result;
          }
        }
        if (!this._queryable) {
          process.nextTick(() => {
            query.handleError(new Error("Client has encountered a connection error and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._ending) {
          process.nextTick(() => {
            query.handleError(new Error("Client was closed and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._queryQueue.length > 0 && !this.pipeline) {
          queryQueueLengthDeprecationNotice();
        }
        this._queryQueue.push(query);
        this._pulseQueryQueue();
        return result;
      }
      ref() {
        this.connection.ref();
      }
      unref() {
        this.connection.unref();
      }
      getTransactionStatus() {
        return this._txStatus;
      }
      end(cb) {
        this._ending = true;
        if (!this.connection._connecting || this._ended) {
          if (cb) {
            cb();
            return;
          } else {
            return this._Promise.resolve();
          }
        }
        if (!this._queryable) {
          this.connection.stream.destroy();
        } else if (this.pipeline && (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)) {
          this.once("drain", () => this.connection.end());
        } else if (this._getActiveQuery()) {
          this.connection.stream.destroy();
        } else {
          this.connection.end();
        }
        if (cb) {
          this.connection.once("end", cb);
        } else {
          return new this._Promise((resolve) => {
            this.connection.once("end", resolve);
          });
        }
      }
      get queryQueue() {
        queryQueueDeprecationNotice();
        return this._queryQueue;
      }
    };
    Client2.Query = Query2;
    module.exports = Client2;
  }
});

// node_modules/pg-pool/index.js
var require_pg_pool = __commonJS({
  "node_modules/pg-pool/index.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var NOOP = function() {
    };
    var removeWhere = (list, predicate) => {
      const i = list.findIndex(predicate);
      return i === -1 ? void 0 : list.splice(i, 1)[0];
    };
    var IdleItem = class {
      constructor(client, idleListener, timeoutId) {
        this.client = client;
        this.idleListener = idleListener;
        this.timeoutId = timeoutId;
      }
    };
    var PendingItem = class {
      constructor(callback) {
        this.callback = callback;
      }
    };
    function throwOnDoubleRelease() {
      throw new Error("Release called on client which has already been released to the pool.");
    }
    function promisify(Promise2, callback) {
      if (callback) {
        return { callback, result: void 0 };
      }
      let rej;
      let res;
      const cb = function(err, client) {
        err ? rej(err) : res(client);
      };
      const result = new Promise2(function(resolve, reject) {
        res = resolve;
        rej = reject;
      }).catch((err) => {
        Error.captureStackTrace(err);
        throw err;
      });
      return { callback: cb, result };
    }
    function makeIdleListener(pool, client) {
      return function idleListener(err) {
        err.client = client;
        client.removeListener("error", idleListener);
        client.on("error", () => {
          pool.log("additional client error after disconnection due to error", err);
        });
        pool._remove(client);
        pool.emit("error", err, client);
      };
    }
    var Pool2 = class extends EventEmitter {
      constructor(options, Client2) {
        super();
        this.options = Object.assign({}, options);
        if (options != null && "password" in options) {
          Object.defineProperty(this.options, "password", {
            configurable: true,
            enumerable: false,
            writable: true,
            value: options.password
          });
        }
        if (options != null && options.ssl && options.ssl.key) {
          Object.defineProperty(this.options.ssl, "key", {
            enumerable: false
          });
        }
        this.options.max = this.options.max || this.options.poolSize || 10;
        this.options.min = this.options.min || 0;
        this.options.maxUses = this.options.maxUses || Infinity;
        this.options.allowExitOnIdle = this.options.allowExitOnIdle || false;
        this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0;
        this.log = this.options.log || function() {
        };
        this.Client = this.options.Client || Client2 || require_lib2().Client;
        this.Promise = this.options.Promise || global.Promise;
        if (typeof this.options.idleTimeoutMillis === "undefined") {
          this.options.idleTimeoutMillis = 1e4;
        }
        this._clients = [];
        this._idle = [];
        this._expired = /* @__PURE__ */ new WeakSet();
        this._pendingQueue = [];
        this._endCallback = void 0;
        this.ending = false;
        this.ended = false;
      }
      _promiseTry(f) {
        const Promise2 = this.Promise;
        if (typeof Promise2.try === "function") {
          return Promise2.try(f);
        }
        return new Promise2((resolve) => resolve(f()));
      }
      _isFull() {
        return this._clients.length >= this.options.max;
      }
      _isAboveMin() {
        return this._clients.length > this.options.min;
      }
      _pulseQueue() {
        this.log("pulse queue");
        if (this.ended) {
          this.log("pulse queue ended");
          return;
        }
        if (this.ending) {
          this.log("pulse queue on ending");
          if (this._idle.length) {
            this._idle.slice().map((item) => {
              this._remove(item.client);
            });
          }
          if (!this._clients.length) {
            this.ended = true;
            this._endCallback();
          }
          return;
        }
        if (!this._pendingQueue.length) {
          this.log("no queued requests");
          return;
        }
        if (!this._idle.length && this._isFull()) {
          return;
        }
        const pendingItem = this._pendingQueue.shift();
        if (this._idle.length) {
          const idleItem = this._idle.pop();
          clearTimeout(idleItem.timeoutId);
          const client = idleItem.client;
          client.ref && client.ref();
          const idleListener = idleItem.idleListener;
          return this._acquireClient(client, pendingItem, idleListener, false);
        }
        if (!this._isFull()) {
          return this.newClient(pendingItem);
        }
        throw new Error("unexpected condition");
      }
      _remove(client, callback) {
        const removed = removeWhere(this._idle, (item) => item.client === client);
        if (removed !== void 0) {
          clearTimeout(removed.timeoutId);
        }
        this._clients = this._clients.filter((c) => c !== client);
        const context = this;
        client.end(() => {
          context.emit("remove", client);
          if (typeof callback === "function") {
            callback();
          }
        });
      }
      connect(cb) {
        if (this.ending) {
          const err = new Error("Cannot use a pool after calling end on the pool");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        const response = promisify(this.Promise, cb);
        const result = response.result;
        if (this._isFull() || this._idle.length) {
          if (this._idle.length) {
            process.nextTick(() => this._pulseQueue());
          }
          if (!this.options.connectionTimeoutMillis) {
            this._pendingQueue.push(new PendingItem(response.callback));
            return result;
          }
          const queueCallback = (err, res, done) => {
            clearTimeout(tid);
            response.callback(err, res, done);
          };
          const pendingItem = new PendingItem(queueCallback);
          const tid = setTimeout(() => {
            removeWhere(this._pendingQueue, (i) => i.callback === queueCallback);
            pendingItem.timedOut = true;
            response.callback(new Error("timeout exceeded when trying to connect"));
          }, this.options.connectionTimeoutMillis);
          if (tid.unref) {
            tid.unref();
          }
          this._pendingQueue.push(pendingItem);
          return result;
        }
        this.newClient(new PendingItem(response.callback));
        return result;
      }
      newClient(pendingItem) {
        const client = new this.Client(this.options);
        this._clients.push(client);
        const idleListener = makeIdleListener(this, client);
        this.log("checking client timeout");
        let tid;
        let timeoutHit = false;
        if (this.options.connectionTimeoutMillis) {
          tid = setTimeout(() => {
            if (client.connection) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.connection.stream.destroy();
            } else if (!client.isConnected()) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.end();
            }
          }, this.options.connectionTimeoutMillis);
        }
        this.log("connecting new client");
        client.connect((err) => {
          if (tid) {
            clearTimeout(tid);
          }
          client.on("error", idleListener);
          if (err) {
            this.log("client failed to connect", err);
            this._clients = this._clients.filter((c) => c !== client);
            if (timeoutHit) {
              err = new Error("Connection terminated due to connection timeout", { cause: err });
            }
            this._pulseQueue();
            if (!pendingItem.timedOut) {
              pendingItem.callback(err, void 0, NOOP);
            }
          } else {
            this.log("new client connected");
            if (this.options.onConnect) {
              this._promiseTry(() => this.options.onConnect(client)).then(
                () => {
                  this._afterConnect(client, pendingItem, idleListener);
                },
                (hookErr) => {
                  this._clients = this._clients.filter((c) => c !== client);
                  client.end(() => {
                    this._pulseQueue();
                    if (!pendingItem.timedOut) {
                      pendingItem.callback(hookErr, void 0, NOOP);
                    }
                  });
                }
              );
              return;
            }
            return this._afterConnect(client, pendingItem, idleListener);
          }
        });
      }
      _afterConnect(client, pendingItem, idleListener) {
        if (this.options.maxLifetimeSeconds !== 0) {
          const maxLifetimeTimeout = setTimeout(() => {
            this.log("ending client due to expired lifetime");
            this._expired.add(client);
            const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client);
            if (idleIndex !== -1) {
              this._acquireClient(
                client,
                new PendingItem((err, client2, clientRelease) => clientRelease()),
                idleListener,
                false
              );
            }
          }, this.options.maxLifetimeSeconds * 1e3);
          maxLifetimeTimeout.unref();
          client.once("end", () => clearTimeout(maxLifetimeTimeout));
        }
        return this._acquireClient(client, pendingItem, idleListener, true);
      }
      // acquire a client for a pending work item
      _acquireClient(client, pendingItem, idleListener, isNew) {
        if (isNew) {
          this.emit("connect", client);
        }
        this.emit("acquire", client);
        client.release = this._releaseOnce(client, idleListener);
        client.removeListener("error", idleListener);
        if (!pendingItem.timedOut) {
          if (isNew && this.options.verify) {
            this.options.verify(client, (err) => {
              if (err) {
                client.release(err);
                return pendingItem.callback(err, void 0, NOOP);
              }
              pendingItem.callback(void 0, client, client.release);
            });
          } else {
            pendingItem.callback(void 0, client, client.release);
          }
        } else {
          if (isNew && this.options.verify) {
            this.options.verify(client, client.release);
          } else {
            client.release();
          }
        }
      }
      // returns a function that wraps _release and throws if called more than once
      _releaseOnce(client, idleListener) {
        let released = false;
        return (err) => {
          if (released) {
            throwOnDoubleRelease();
          }
          released = true;
          this._release(client, idleListener, err);
        };
      }
      // release a client back to the poll, include an error
      // to remove it from the pool
      _release(client, idleListener, err) {
        client.on("error", idleListener);
        client._poolUseCount = (client._poolUseCount || 0) + 1;
        this.emit("release", err, client);
        if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
          if (client._poolUseCount >= this.options.maxUses) {
            this.log("remove expended client");
          }
          return this._remove(client, this._pulseQueue.bind(this));
        }
        const isExpired = this._expired.has(client);
        if (isExpired) {
          this.log("remove expired client");
          this._expired.delete(client);
          return this._remove(client, this._pulseQueue.bind(this));
        }
        let tid;
        if (this.options.idleTimeoutMillis && this._isAboveMin()) {
          tid = setTimeout(() => {
            if (this._isAboveMin()) {
              this.log("remove idle client");
              this._remove(client, this._pulseQueue.bind(this));
            }
          }, this.options.idleTimeoutMillis);
          if (this.options.allowExitOnIdle) {
            tid.unref();
          }
        }
        if (this.options.allowExitOnIdle) {
          client.unref();
        }
        this._idle.push(new IdleItem(client, idleListener, tid));
        this._pulseQueue();
      }
      query(text, values, cb) {
        if (typeof text === "function") {
          const response2 = promisify(this.Promise, text);
          setImmediate(function() {
            return response2.callback(new Error("Passing a function as the first parameter to pool.query is not supported"));
          });
          return response2.result;
        }
        if (typeof values === "function") {
          cb = values;
          values = void 0;
        }
        const response = promisify(this.Promise, cb);
        cb = response.callback;
        this.connect((err, client) => {
          if (err) {
            return cb(err);
          }
          let clientReleased = false;
          const onError = (err2) => {
            if (clientReleased) {
              return;
            }
            clientReleased = true;
            client.release(err2);
            cb(err2);
          };
          client.once("error", onError);
          this.log("dispatching query");
          try {
            client.query(text, values, (err2, res) => {
              this.log("query dispatched");
              client.removeListener("error", onError);
              if (clientReleased) {
                return;
              }
              clientReleased = true;
              client.release(err2);
              if (err2) {
                return cb(err2);
              }
              return cb(void 0, res);
            });
          } catch (err2) {
            client.release(err2);
            return cb(err2);
          }
        });
        return response.result;
      }
      end(cb) {
        this.log("ending");
        if (this.ending) {
          const err = new Error("Called end on pool more than once");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        this.ending = true;
        const promised = promisify(this.Promise, cb);
        this._endCallback = promised.callback;
        this._pulseQueue();
        return promised.result;
      }
      get waitingCount() {
        return this._pendingQueue.length;
      }
      get idleCount() {
        return this._idle.length;
      }
      get expiredCount() {
        return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0);
      }
      get totalCount() {
        return this._clients.length;
      }
    };
    module.exports = Pool2;
  }
});

// node_modules/pg/lib/native/query.js
var require_query2 = __commonJS({
  "node_modules/pg/lib/native/query.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var utils = require_utils();
    var NativeQuery = module.exports = function(config, values, callback) {
      EventEmitter.call(this);
      config = utils.normalizeQueryConfig(config, values, callback);
      this.text = config.text;
      this.values = config.values;
      this.name = config.name;
      this.queryMode = config.queryMode;
      this.callback = config.callback;
      this.state = "new";
      this._arrayMode = config.rowMode === "array";
      this._emitRowEvents = false;
      this.on(
        "newListener",
        function(event) {
          if (event === "row") this._emitRowEvents = true;
        }.bind(this)
      );
    };
    util.inherits(NativeQuery, EventEmitter);
    var errorFieldMap = {
      sqlState: "code",
      statementPosition: "position",
      messagePrimary: "message",
      messageDetail: "detail",
      messageHint: "hint",
      context: "where",
      schemaName: "schema",
      tableName: "table",
      columnName: "column",
      dataTypeName: "dataType",
      constraintName: "constraint",
      sourceFile: "file",
      sourceLine: "line",
      sourceFunction: "routine"
    };
    NativeQuery.prototype.handleError = function(err) {
      const fields = this.native && this.native.pq.resultErrorFields();
      if (fields) {
        for (const key in fields) {
          const normalizedFieldName = errorFieldMap[key] || key;
          err[normalizedFieldName] = fields[key];
        }
      }
      if (this.callback) {
        this.callback(err);
      } else {
        this.emit("error", err);
      }
      this.state = "error";
    };
    NativeQuery.prototype.then = function(onSuccess, onFailure) {
      return this._getPromise().then(onSuccess, onFailure);
    };
    NativeQuery.prototype.catch = function(callback) {
      return this._getPromise().catch(callback);
    };
    NativeQuery.prototype._getPromise = function() {
      if (this._promise) return this._promise;
      this._promise = new Promise(
        function(resolve, reject) {
          this._once("end", resolve);
          this._once("error", reject);
        }.bind(this)
      );
      return this._promise;
    };
    NativeQuery.prototype.submit = function(client) {
      this.state = "running";
      const self = this;
      this.native = client.native;
      client.native.arrayMode = this._arrayMode;
      let after = function(err, rows, results) {
        client.native.arrayMode = false;
        setImmediate(function() {
          self.emit("_done");
        });
        if (err) {
          return self.handleError(err);
        }
        if (self._emitRowEvents) {
          if (results.length > 1) {
            rows.forEach((rowOfRows, i) => {
              rowOfRows.forEach((row) => {
                self.emit("row", row, results[i]);
              });
            });
          } else {
            rows.forEach(function(row) {
              self.emit("row", row, results);
            });
          }
        }
        self.state = "end";
        self.emit("end", results);
        if (self.callback) {
          self.callback(null, results);
        }
      };
      if (process.domain) {
        after = process.domain.bind(after);
      }
      if (this.name) {
        if (this.name.length > 63) {
          console.error("Warning! Postgres only supports 63 characters for query names.");
          console.error("You supplied %s (%s)", this.name, this.name.length);
          console.error("This can cause conflicts and silent errors executing queries");
        }
        const values = (this.values || []).map(utils.prepareValue);
        if (client.namedQueries[this.name] !== void 0) {
          if (this.text && client.namedQueries[this.name] !== this.text) {
            const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
            return after(err);
          }
          return client.native.execute(this.name, values, after);
        }
        return client.native.prepare(this.name, this.text, values.length, function(err) {
          if (err) return after(err);
          client.namedQueries[self.name] = self.text;
          return self.native.execute(self.name, values, after);
        });
      } else if (this.values) {
        if (!Array.isArray(this.values)) {
          const err = new Error("Query values must be an array");
          return after(err);
        }
        const vals = this.values.map(utils.prepareValue);
        client.native.query(this.text, vals, after);
      } else if (this.queryMode === "extended") {
        client.native.query(this.text, [], after);
      } else {
        client.native.query(this.text, after);
      }
    };
  }
});

// node_modules/pg/lib/native/client.js
var require_client2 = __commonJS({
  "node_modules/pg/lib/native/client.js"(exports, module) {
    var nodeUtils = __require("util");
    var Native;
    try {
      Native = __require("pg-native");
    } catch (e) {
      throw e;
    }
    var TypeOverrides2 = require_type_overrides();
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var ConnectionParameters = require_connection_parameters();
    var NativeQuery = require_query2();
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    var Client2 = module.exports = function(config) {
      EventEmitter.call(this);
      config = config || {};
      this._Promise = config.Promise || global.Promise;
      this._types = new TypeOverrides2(config.types);
      this.native = new Native({
        types: this._types
      });
      this._queryQueue = [];
      this._ending = false;
      this._connecting = false;
      this._connected = false;
      this._queryable = true;
      this.pipeline = Boolean(config.pipeline);
      this._pipelineInFlight = false;
      const cp = this.connectionParameters = new ConnectionParameters(config);
      if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString;
      this.user = cp.user;
      Object.defineProperty(this, "password", {
        configurable: true,
        enumerable: false,
        writable: true,
        value: cp.password
      });
      this.database = cp.database;
      this.host = cp.host;
      this.port = cp.port;
      this.namedQueries = {};
    };
    Client2.Query = NativeQuery;
    util.inherits(Client2, EventEmitter);
    Client2.prototype._errorAllQueries = function(err) {
      const enqueueError = (query) => {
        process.nextTick(() => {
          query.native = this.native;
          query.handleError(err);
        });
      };
      if (this._hasActiveQuery()) {
        enqueueError(this._activeQuery);
        this._activeQuery = null;
      }
      this._queryQueue.forEach(enqueueError);
      this._queryQueue.length = 0;
    };
    Client2.prototype._connect = function(cb) {
      const self = this;
      if (this._connecting) {
        process.nextTick(() => cb(new Error("Client has already been connected. You cannot reuse a client.")));
        return;
      }
      this._connecting = true;
      this.connectionParameters.getLibpqConnectionString(function(err, conString) {
        if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString;
        if (err) return cb(err);
        self.native.connect(conString, function(err2) {
          if (err2) {
            self.native.end();
            return cb(err2);
          }
          self._connected = true;
          self.native.on("error", function(err3) {
            self._queryable = false;
            self._errorAllQueries(err3);
            self.emit("error", err3);
          });
          self.native.on("notification", function(msg) {
            self.emit("notification", {
              channel: msg.relname,
              payload: msg.extra
            });
          });
          self.emit("connect");
          self._pulseQueryQueue(true);
          cb(null, this);
        });
      });
    };
    Client2.prototype.connect = function(callback) {
      if (callback) {
        this._connect(callback);
        return;
      }
      return new this._Promise((resolve, reject) => {
        this._connect((error) => {
          if (error) {
            reject(error);
          } else {
            resolve(this);
          }
        });
      });
    };
    Client2.prototype.query = function(config, values, callback) {
      let query;
      let result;
      let readTimeout;
      let readTimeoutTimer;
      let queryCallback;
      if (config === null || config === void 0) {
        throw new TypeError("Client was passed a null or undefined query");
      } else if (typeof config.submit === "function") {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        result = query = config;
        if (typeof values === "function") {
          config.callback = values;
        }
      } else {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        query = new NativeQuery(config, values, callback);
        if (!query.callback) {
          let resolveOut, rejectOut;
          result = new this._Promise((resolve, reject) => {
            resolveOut = resolve;
            rejectOut = reject;
          }).catch((err) => {
            Error.captureStackTrace(err);
            throw err;
          });
          query.callback = (err, res) => err ? rejectOut(err) : resolveOut(res);
        }
      }
      if (readTimeout) {
        queryCallback = query.callback || (() => {
        });
        readTimeoutTimer = setTimeout(() => {
          const error = new Error("Query read timeout");
          process.nextTick(() => {
            query.handleError(error, this.connection);
          });
          queryCallback(error);
          query.callback = () => {
          };
          const index = this._queryQueue.indexOf(query);
          if (index > -1) {
            this._queryQueue.splice(index, 1);
          }
          this._pulseQueryQueue();
        }, readTimeout);
        query.callback = (err, res) => {
          clearTimeout(readTimeoutTimer);
          queryCallback(err, res);
        };
      }
      if (!this._queryable) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client has encountered a connection error and is not queryable"));
        });
        return result;
      }
      if (this._ending) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client was closed and is not queryable"));
        });
        return result;
      }
      if (this._queryQueue.length > 0 && !this.pipeline) {
        queryQueueLengthDeprecationNotice();
      }
      this._queryQueue.push(query);
      this._pulseQueryQueue();
      return result;
    };
    Client2.prototype.end = function(cb) {
      const self = this;
      this._ending = true;
      if (this._connecting && !this._connected) {
        this.once("connect", () => {
          this.end(() => {
          });
        });
      }
      let result;
      if (!cb) {
        result = new this._Promise(function(resolve, reject) {
          cb = (err) => err ? reject(err) : resolve();
        });
      }
      const doEnd = function() {
        self.native.end(function() {
          self._connected = false;
          self._errorAllQueries(new Error("Connection terminated"));
          process.nextTick(() => {
            self.emit("end");
            if (cb) cb();
          });
        });
      };
      if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
        this.once("drain", doEnd);
      } else {
        doEnd();
      }
      return result;
    };
    Client2.prototype._hasActiveQuery = function() {
      return this._activeQuery && this._activeQuery.state !== "error" && this._activeQuery.state !== "end";
    };
    Client2.prototype._pulseQueryQueue = function(initialConnection) {
      if (!this._connected) {
        return;
      }
      if (this.pipeline && !initialConnection) {
        return this._pulsePipelinedQueryQueue();
      }
      if (this._hasActiveQuery()) {
        return;
      }
      const query = this._queryQueue.shift();
      if (!query) {
        if (!initialConnection) {
          this.emit("drain");
        }
        return;
      }
      this._activeQuery = query;
      query.submit(this);
      const self = this;
      query.once("_done", function() {
        self._pulseQueryQueue();
      });
    };
    Client2.prototype._pulsePipelinedQueryQueue = function() {
      if (!this._connected || this._pipelineInFlight) {
        return;
      }
      if (this._queryQueue.length === 0) {
        if (this.hasExecuted) {
          this.emit("drain");
        }
        return;
      }
      this._pipelineInFlight = true;
      const self = this;
      const queries = [];
      const nativeQueries = [];
      const utils = require_utils();
      while (this._queryQueue.length > 0) {
        const query = this._queryQueue.shift();
        this.hasExecuted = true;
        nativeQueries.push(query);
        const values = query.values ? query.values.map(utils.prepareValue) : null;
        const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode };
        if (values) {
          pipelineEntry.values = values;
        }
        if (query.name && this.namedQueries[query.name]) {
          pipelineEntry._alreadyPrepared = true;
        }
        queries.push(pipelineEntry);
      }
      this.native.pipeline(queries, function(err, results) {
        self._pipelineInFlight = false;
        if (err) {
          self._connected = false;
          self._queryable = false;
          for (let i = 0; i < nativeQueries.length; i++) {
            const q = nativeQueries[i];
            q.native = self.native;
            q.handleError(err);
          }
          self._errorAllQueries(err);
          self.emit("error", err);
          self.emit("end");
          return;
        }
        for (let i = 0; i < nativeQueries.length; i++) {
          const q = nativeQueries[i];
          const r = results[i];
          q.native = self.native;
          if (r.err) {
            q.handleError(r.err);
          } else {
            if (q.name) {
              self.namedQueries[q.name] = q.text;
            }
            q.state = "end";
            q.emit("end", r.result);
            if (q.callback) {
              q.callback(null, r.result);
            }
          }
          setImmediate(function() {
            q.emit("_done");
          });
        }
        self._pulsePipelinedQueryQueue();
      });
    };
    Client2.prototype.cancel = function(query) {
      if (this._activeQuery === query) {
        this.native.cancel(function() {
        });
      } else if (this._queryQueue.indexOf(query) !== -1) {
        this._queryQueue.splice(this._queryQueue.indexOf(query), 1);
      }
    };
    Client2.prototype.ref = function() {
    };
    Client2.prototype.unref = function() {
    };
    Client2.prototype.setTypeParser = function(oid, format, parseFn) {
      return this._types.setTypeParser(oid, format, parseFn);
    };
    Client2.prototype.getTypeParser = function(oid, format) {
      return this._types.getTypeParser(oid, format);
    };
    Client2.prototype.isConnected = function() {
      return this._connected;
    };
    Client2.prototype.getTransactionStatus = function() {
      return this.native.getTransactionStatus();
    };
  }
});

// node_modules/pg/lib/native/index.js
var require_native = __commonJS({
  "node_modules/pg/lib/native/index.js"(exports, module) {
    "use strict";
    module.exports = require_client2();
  }
});

// node_modules/pg/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/pg/lib/index.js"(exports, module) {
    "use strict";
    var Client2 = require_client();
    var defaults2 = require_defaults();
    var Connection2 = require_connection();
    var Result2 = require_result();
    var utils = require_utils();
    var Pool2 = require_pg_pool();
    var TypeOverrides2 = require_type_overrides();
    var { DatabaseError: DatabaseError2 } = require_dist();
    var { escapeIdentifier: escapeIdentifier2, escapeLiteral: escapeLiteral2 } = require_utils();
    var poolFactory = (Client3) => {
      return class BoundPool extends Pool2 {
        constructor(options) {
          super(options, Client3);
        }
      };
    };
    var PG = function(clientConstructor2) {
      this.defaults = defaults2;
      this.Client = clientConstructor2;
      this.Query = this.Client.Query;
      this.Pool = poolFactory(this.Client);
      this._pools = [];
      this.Connection = Connection2;
      this.types = require_pg_types();
      this.DatabaseError = DatabaseError2;
      this.TypeOverrides = TypeOverrides2;
      this.escapeIdentifier = escapeIdentifier2;
      this.escapeLiteral = escapeLiteral2;
      this.Result = Result2;
      this.utils = utils;
    };
    var clientConstructor = Client2;
    var forceNative = false;
    try {
      forceNative = !!process.env.NODE_PG_FORCE_NATIVE;
    } catch {
    }
    if (forceNative) {
      clientConstructor = require_native();
    }
    module.exports = new PG(clientConstructor);
    Object.defineProperty(module.exports, "native", {
      configurable: true,
      enumerable: false,
      get() {
        let native = null;
        try {
          native = new PG(require_native());
        } catch (err) {
          if (err.code !== "MODULE_NOT_FOUND") {
            throw err;
          }
        }
        Object.defineProperty(module.exports, "native", {
          value: native
        });
        return native;
      }
    });
  }
});

// src/shared/table.ts
function findColumn(table2, name) {
  return table2.columns.find((column) => column.name === name);
}

// src/shared/input-error.ts
var InputError = class extends Error {
  name = "InputError";
};

// src/stats/neumaier-sum.ts
var NeumaierSum = class {
  #sum = 0;
  #compensation = 0;
  /** Adds one term. */
  add(x) {
    const next = this.#sum + x;
    this.#compensation += Math.abs(this.#sum) >= Math.abs(x) ? this.#sum - next + x : x - next + this.#sum;
    this.#sum = next;
  }
  /** The compensated sum of the terms added so far. */
  get value() {
    return this.#sum + this.#compensation;
  }
};

// src/stats/mean-and-standard-deviation.ts
function meanAndStandardDeviation(values) {
  let count = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) {
      count++;
      const magnitude = Math.abs(x);
      if (magnitude > largest) largest = magnitude;
    }
  }
  if (count === 0) return { mean: NaN, standardDeviation: NaN, count };
  const scale = largest >= SCALE_ABOVE && largest !== Infinity ? 2 ** -Math.ceil(Math.log2(largest)) : 1;
  const sum = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) sum.add(x * scale);
  }
  const scaledMean = sum.value / count;
  const squares = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] * scale - scaledMean;
    if (deviation === deviation) squares.add(deviation * deviation);
  }
  return {
    mean: scaledMean / scale,
    standardDeviation: Math.sqrt(squares.value / count) / scale,
    count
  };
}
var SCALE_ABOVE = 2 ** 500;

// src/stats/sorted-without-nan.ts
function sortedWithoutNaN(values, workspace) {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  const out = take(workspace, "output", count);
  if (count === values.length) out.set(values);
  else {
    let j = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v) out[j++] = v;
    }
  }
  if (count < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return out.sort();
  return radixSortInPlace(out, take(workspace, "scratch", count));
}
function take(workspace, key, length) {
  if (!workspace) return new Float64Array(length);
  let buffer = workspace[key];
  if (!buffer || buffer.length < length) {
    buffer = new Float64Array(length);
    workspace[key] = buffer;
  }
  return buffer.subarray(0, length);
}
var RADIX_MIN_LENGTH = 4096;
var LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
function radixSortInPlace(values, scratch) {
  const n = values.length;
  let src = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let dst = new Uint32Array(scratch.buffer, scratch.byteOffset, 2 * n);
  let srcFloats = values;
  let dstFloats = scratch;
  const histograms = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    let lo = src[2 * i];
    let hi = src[2 * i + 1];
    if (hi & 2147483648) {
      hi = ~hi;
      lo = ~lo;
    } else {
      hi |= 2147483648;
    }
    src[2 * i] = lo;
    src[2 * i + 1] = hi;
    histograms[lo & 65535]++;
    histograms[65536 + (lo >>> 16)]++;
    histograms[131072 + (hi & 65535)]++;
    histograms[196608 + (hi >>> 16)]++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    let trivial = false;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      if (c !== 0) {
        trivial = c === n;
        break;
      }
    }
    if (trivial) continue;
    let sum = 0;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      histograms[base + k] = sum;
      sum += c;
    }
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const digit = (word === 0 ? lo : hi) >>> shift & 65535;
      const p = histograms[base + digit]++;
      dst[2 * p] = lo;
      dst[2 * p + 1] = hi;
    }
    [src, dst] = [dst, src];
    [srcFloats, dstFloats] = [dstFloats, srcFloats];
  }
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 2147483648) {
      src[2 * i + 1] = hi & 2147483647;
    } else {
      src[2 * i + 1] = ~hi;
      src[2 * i] = ~src[2 * i];
    }
  }
  return srcFloats;
}

// src/profile/profile-column.ts
function profileNumericColumn(column, workspace) {
  const sorted = sortedWithoutNaN(column.values, workspace);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  let distinct = 0;
  let integerValued = true;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    if (integerValued && !Number.isInteger(sorted[i])) integerValued = false;
  }
  return {
    kind: "numeric",
    name: column.name,
    rowCount: column.values.length,
    missing: column.missing,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct,
    integerValued,
    order: valueOrder(column.values),
    ...column.invalid ? { invalid: column.invalid } : {}
  };
}
function valueOrder(values) {
  let increasing = true;
  let decreasing = true;
  let previous = Number.NaN;
  for (let i = 0; i < values.length && (increasing || decreasing); i++) {
    const v = values[i];
    if (v !== v) continue;
    if (previous === previous) {
      if (v < previous) increasing = false;
      if (v > previous) decreasing = false;
    }
    previous = v;
  }
  return increasing ? "increasing" : decreasing ? "decreasing" : "none";
}
function profileCategoricalColumn(column) {
  const byCode = new Float64Array(column.categories.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code >= 0) byCode[code]++;
  }
  const byLabel = /* @__PURE__ */ new Map();
  column.categories.forEach((label, i) => {
    if (byCode[i] > 0) byLabel.set(label, (byLabel.get(label) ?? 0) + byCode[i]);
  });
  const counts = Float64Array.from(byLabel.values());
  return {
    kind: "categorical",
    name: column.name,
    rowCount: column.codes.length,
    missing: column.missing,
    count: counts.reduce((sum, c) => sum + c, 0),
    categories: [...byLabel.keys()],
    counts
  };
}
function profileColumn(column, workspace) {
  return column.kind === "numeric" ? profileNumericColumn(column, workspace) : profileCategoricalColumn(column);
}

// src/stats/p-values.ts
function assertPValues(pValues, caller) {
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i];
    if (!(p >= 0 && p <= 1)) {
      throw new Error(`${caller}: pValues[${i}] is ${p}, expected a p-value in [0, 1].`);
    }
  }
}

// src/stats/benjamini-hochberg.ts
function benjaminiHochberg(pValues) {
  assertPValues(pValues, "benjaminiHochberg");
  const m = pValues.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => pValues[i] - pValues[j]);
  const adjusted = new Float64Array(m);
  let runningMinimum = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    runningMinimum = Math.min(runningMinimum, pValues[index] / (rank / m));
    adjusted[index] = runningMinimum;
  }
  return adjusted;
}

// src/stats/bonferroni.ts
function bonferroni(pValues) {
  assertPValues(pValues, "bonferroni");
  const m = pValues.length;
  const adjusted = new Float64Array(m);
  for (let i = 0; i < m; i++) adjusted[i] = Math.min(1, pValues[i] * m);
  return adjusted;
}

// src/stats/adjust-p-values.ts
var P_VALUE_ADJUSTMENT_METHODS = ["benjamini-hochberg", "bonferroni", "none"];
function adjustPValues(pValues, method) {
  switch (method) {
    case "benjamini-hochberg":
      return benjaminiHochberg(pValues);
    case "bonferroni":
      return bonferroni(pValues);
    case "none":
      assertPValues(pValues, "adjustPValues");
      return Float64Array.from(pValues);
    default:
      throw new Error(
        `adjustPValues: unknown method '${String(method)}', expected one of ${P_VALUE_ADJUSTMENT_METHODS.join(", ")}.`
      );
  }
}

// src/stats/log-gamma.ts
function logGamma(x) {
  if (!(x > 0)) {
    throw new RangeError(`logGamma: x must be a positive number, got ${x}.`);
  }
  if (x === Infinity) return Infinity;
  if (x < 13) {
    let z2 = 1;
    let p2 = 0;
    let u = x;
    while (u >= 3) {
      p2 -= 1;
      u = x + p2;
      z2 *= u;
    }
    while (u < 2) {
      z2 /= u;
      p2 += 1;
      u = x + p2;
    }
    if (u === 2) return Math.log(z2);
    p2 -= 2;
    const shifted = x + p2;
    return Math.log(z2) + shifted * polynomial(shifted, RATIONAL_NUM) / monicPolynomial(shifted, RATIONAL_DEN);
  }
  if (x > MAX_LOG_GAMMA_ARGUMENT) return Infinity;
  let q = (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI;
  if (x > 1e8) return q;
  const p = 1 / (x * x);
  if (x >= 1e3) {
    q += ((7936507936507937e-19 * p - 0.002777777777777778) * p + 0.08333333333333333) / x;
  } else {
    q += polynomial(p, STIRLING) / x;
  }
  return q;
}
var LOG_SQRT_2PI = 0.9189385332046728;
var MAX_LOG_GAMMA_ARGUMENT = 2556348e299;
var STIRLING = [
  8116141674705085e-19,
  -5950619042843014e-19,
  7936503404577169e-19,
  -0.002777777777300997,
  0.08333333333333319
];
var RATIONAL_NUM = [
  -1378.2515256912086,
  -38801.631513463784,
  -331612.9927388712,
  -1162370974927623e-9,
  -1.7217370082083966e6,
  -853555.6642457654
];
var RATIONAL_DEN = [
  -351.81570143652345,
  -17064.210665188115,
  -220528.59055385445,
  -1.1393344436798252e6,
  -2.5325230717758294e6,
  -2.0188914143353277e6
];
function polynomial(x, coefficients) {
  let result = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}
function monicPolynomial(x, coefficients) {
  let result = x + coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}

// src/stats/regularized-gamma.ts
function regularizedGammaQ(a, x) {
  checkArguments("regularizedGammaQ", a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x > 1.1) {
    return x < a ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
  }
  if (x <= 0.5) {
    return -0.4 / Math.log(x) < a ? 1 - lowerSeries(a, x) : upperSeries(a, x);
  }
  return x * 1.1 < a ? 1 - lowerSeries(a, x) : upperSeries(a, x);
}
var MACHINE_EPSILON = 11102230246251565e-32;
var MAX_LOG = 709.782712893384;
var MAX_ITERATIONS = 2e3;
var BIG = 4503599627370496;
var BIG_INVERSE = 2220446049250313e-31;
function checkArguments(name, a, x) {
  if (!(a > 0) || a === Infinity) {
    throw new RangeError(`${name}: a must be a positive finite number, got ${a}.`);
  }
  if (!(x >= 0)) {
    throw new RangeError(`${name}: x must be a number >= 0, got ${x}.`);
  }
}
function prefactor(a, x) {
  if (Math.abs(a - x) > 0.4 * Math.abs(a)) {
    const logPrefactor = a * Math.log(x) - x - logGamma(a);
    return logPrefactor < -MAX_LOG ? 0 : Math.exp(logPrefactor);
  }
  const fac = a + LANCZOS_G - 0.5;
  let result = Math.sqrt(fac / Math.E) / lanczosSumExpGScaled(a);
  if (a < 200 && x < 200) {
    result *= Math.exp(a - x) * Math.pow(x / fac, a);
  } else {
    const num = x - a - LANCZOS_G + 0.5;
    result *= Math.exp(a * log1pMinusX(num / fac) + x * (0.5 - LANCZOS_G) / fac);
  }
  return result;
}
function lowerSeries(a, x) {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let r = a;
  let c = 1;
  let sum = 1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    r += 1;
    c *= x / r;
    sum += c;
    if (c <= MACHINE_EPSILON * sum) break;
  }
  return sum * factor / a;
}
function upperContinuedFraction(a, x) {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let y = 1 - a;
  let z2 = x + y + 1;
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = x + 1;
  let qkm1 = z2 * x;
  let ans = pkm1 / qkm1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    c += 1;
    y += 1;
    z2 += 2;
    const yc = y * c;
    const pk = pkm1 * z2 - pkm2 * yc;
    const qk = qkm1 * z2 - qkm2 * yc;
    let change = 1;
    if (qk !== 0) {
      const r = pk / qk;
      change = Math.abs((ans - r) / r);
      ans = r;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    if (Math.abs(pk) > BIG) {
      pkm2 *= BIG_INVERSE;
      pkm1 *= BIG_INVERSE;
      qkm2 *= BIG_INVERSE;
      qkm1 *= BIG_INVERSE;
    }
    if (change <= MACHINE_EPSILON) break;
  }
  return ans * factor;
}
function upperSeries(a, x) {
  let fac = 1;
  let sum = 0;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    fac *= -x / n;
    const term2 = fac / (a + n);
    sum += term2;
    if (Math.abs(term2) <= MACHINE_EPSILON * Math.abs(sum)) break;
  }
  const logX = Math.log(x);
  const term = -Math.expm1(a * logX - logGamma(1 + a));
  return term - Math.exp(a * logX - logGamma(a)) * sum;
}
function log1pMinusX(x) {
  if (Math.abs(x) < 0.5) {
    let xfac = x;
    let result = 0;
    for (let n = 2; n < MAX_ITERATIONS; n++) {
      xfac *= -x;
      const term = xfac / n;
      result += term;
      if (Math.abs(term) < MACHINE_EPSILON * Math.abs(result)) break;
    }
    return result;
  }
  return Math.log1p(x) - x;
}
var LANCZOS_G = 6.02468004077673;
var LANCZOS_SUM_EXPG_SCALED_NUM = [
  0.006061842346248907,
  0.5098416655656676,
  19.519927882476175,
  449.9445569063168,
  6955.999602515376,
  75999.29304014542,
  601859.6171681099,
  3481712154980646e-9,
  14605578087685067e-9,
  4333888932467614e-8,
  863631312881386e-7,
  10379404311634454e-8,
  56906521913471565e-9
];
var LANCZOS_SUM_EXPG_SCALED_DENOM = [
  1,
  66,
  1925,
  32670,
  357423,
  2637558,
  13339535,
  45995730,
  105258076,
  150917976,
  120543840,
  39916800,
  0
];
function lanczosSumExpGScaled(x) {
  const num = LANCZOS_SUM_EXPG_SCALED_NUM;
  const den = LANCZOS_SUM_EXPG_SCALED_DENOM;
  const degree = num.length - 1;
  let numerator;
  let denominator;
  if (Math.abs(x) > 1) {
    const y = 1 / x;
    numerator = num[degree];
    denominator = den[degree];
    for (let i = degree - 1; i >= 0; i--) {
      numerator = numerator * y + num[i];
      denominator = denominator * y + den[i];
    }
  } else {
    numerator = num[0];
    denominator = den[0];
    for (let i = 1; i <= degree; i++) {
      numerator = numerator * x + num[i];
      denominator = denominator * x + den[i];
    }
  }
  return numerator / denominator;
}

// src/stats/chi-square-survival.ts
function chiSquareSurvival(x, k) {
  if (Number.isNaN(x)) {
    throw new RangeError("chiSquareSurvival: x must be a number, got NaN.");
  }
  if (!(k > 0) || k === Infinity) {
    throw new RangeError(
      `chiSquareSurvival: degrees of freedom k must be a positive finite number, got ${k}.`
    );
  }
  if (x < 0) return 1;
  return regularizedGammaQ(k / 2, x / 2);
}

// src/stats/two-proportion-z-test.ts
function twoProportionZTest(count1, nobs1, count2, nobs2) {
  check(count1, nobs1, "first");
  check(count2, nobs2, "second");
  const p1 = count1 / nobs1;
  const p2 = count2 / nobs2;
  const pooled = (count1 + count2) / (nobs1 + nobs2);
  const difference = p1 - p2;
  const variance = pooled * (1 - pooled) * (1 / nobs1 + 1 / nobs2);
  if (!(variance > 0)) return { statistic: Number.NaN, pValue: Number.NaN, difference };
  const statistic = difference / Math.sqrt(variance);
  return { statistic, pValue: chiSquareSurvival(statistic * statistic, 1), difference };
}
function check(count, nobs, which) {
  if (!Number.isInteger(nobs) || nobs < 1) {
    throw new RangeError(
      `twoProportionZTest: the ${which} sample size is ${nobs}, expected a whole number >= 1.`
    );
  }
  if (!Number.isInteger(count) || count < 0 || count > nobs) {
    throw new RangeError(
      `twoProportionZTest: the ${which} count is ${count}, expected a whole number from 0 to ${nobs}.`
    );
  }
}

// src/detect/column-roles.ts
var MIN_VALUES_FOR_UNIQUENESS = 50;
var UNIQUE_SHARE = 0.95;
var PATTERN_SHARE = 0.95;
var EPOCH_SECONDS = [946684800, 4102444800];
var EPOCH_MILLISECONDS = [EPOCH_SECONDS[0] * 1e3, EPOCH_SECONDS[1] * 1e3];
var UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
var HEX_HASH = /^(0x)?[0-9a-f]{16,}$/i;
var ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
var SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$/;
var IDENTIFIER_NAME_CAMEL = /[a-z](Id|ID|Uuid|UUID|Key)$/;
var IDENTIFIER_NAME_PLAIN = /^(id|uuid|guid|key|index|idx|row|rownum|row_?number)$|[_\-. ](id|uuid|guid|key)$/i;
var TIME_NAME_PLAIN = /^(date|time|timestamp|datetime|ts|event_?time|event_?date)$|[_\-. ](date|time|timestamp|datetime|ts|at)$/i;
var NUMBER_AS_TEXT = /^[-+]?[\d.,' ]*\d[\d.,' ]*\s*[^\d\s]{0,5}$/;
var TIME_NAME_CAMEL = /[a-z](Date|Time|Timestamp|At|Ts)$/;
function isIdentifierName(name) {
  return IDENTIFIER_NAME_PLAIN.test(name) || IDENTIFIER_NAME_CAMEL.test(name);
}
function isTimeName(name) {
  return TIME_NAME_PLAIN.test(name) || TIME_NAME_CAMEL.test(name);
}
function detectColumnRole(reference, recent, options) {
  const name = reference.name;
  let found;
  if (options.timeColumn === name) {
    found = { name, role: "time", source: "declared", reason: "time: declared in time-column" };
  } else if (options.identifierColumns.includes(name)) {
    found = {
      name,
      role: "identifier",
      source: "declared",
      reason: "identifier: declared in identifier-columns"
    };
  } else if (options.detectRoles) {
    const why = roleFromContentAndName(reference);
    if (why) found = { name, source: "detected", ...why };
  }
  if (!found) return void 0;
  if (found.role !== "time") return found;
  const range = (p) => timeRangeOf(p);
  const referenceRange = range(reference);
  const recentRange = range(recent);
  return {
    ...found,
    timeRange: {
      ...referenceRange ? { reference: referenceRange } : {},
      ...recentRange ? { recent: recentRange } : {}
    }
  };
}
function roleFromContentAndName(profile) {
  return profile.kind === "numeric" ? numericRole(profile) : categoricalRole(profile);
}
function percent(share) {
  return `${Math.floor(share * 100)}%`;
}
function numericRange(p) {
  const values = p.sketch ? p.sketch.values : p.sorted;
  if (values.length === 0) return void 0;
  return [values[0], values[values.length - 1]];
}
function numericRole(p) {
  const range = numericRange(p);
  if (!range || p.count === 0) return void 0;
  const [min, max] = range;
  const distinctShare = p.distinct / p.count;
  const epoch = epochUnit(min, max);
  if (epoch && (distinctShare >= 0.5 || isTimeName(p.name))) {
    return { role: "time", reason: `time: epoch ${epoch} values` };
  }
  const ordered = p.order !== "none" && p.count >= 2;
  if (isTimeName(p.name) && ordered) {
    return { role: "time", reason: `time: name '${p.name}' and values in row order` };
  }
  if (p.integerValued && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= UNIQUE_SHARE) {
    if (ordered) {
      return {
        role: "identifier",
        reason: `identifier: ${p.order} sequence of ${percent(distinctShare)} unique whole numbers`
      };
    }
    if (max - min + 1 <= 2 * p.count) {
      return {
        role: "identifier",
        reason: `identifier: ${percent(distinctShare)} unique whole numbers in a dense range`
      };
    }
  }
  if (isIdentifierName(p.name) && p.integerValued && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= 0.5) {
    return {
      role: "identifier",
      reason: `identifier: name '${p.name}' and ${percent(distinctShare)} distinct values`
    };
  }
  return void 0;
}
function epochUnit(min, max) {
  if (min >= EPOCH_SECONDS[0] && max <= EPOCH_SECONDS[1]) return "second";
  if (min >= EPOCH_MILLISECONDS[0] && max <= EPOCH_MILLISECONDS[1]) return "millisecond";
  return void 0;
}
function rowShare(p, test) {
  let rows = 0;
  p.categories.forEach((label, i) => {
    if (test(label)) rows += p.counts[i];
  });
  return p.count === 0 ? 0 : rows / p.count;
}
function categoricalRole(p) {
  if (p.count === 0) return void 0;
  const trimmed = (label) => label.trim();
  if (rowShare(p, (l) => ISO_DATE.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "time", reason: "time: ISO-8601 date or datetime values" };
  }
  if (rowShare(p, (l) => SLASH_DATE.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "time", reason: "time: slash-separated date values (d/m/yyyy)" };
  }
  if (rowShare(p, (l) => UUID.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "identifier", reason: "identifier: UUID values" };
  }
  if (rowShare(p, (l) => HEX_HASH.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "identifier", reason: "identifier: hash-like hexadecimal values" };
  }
  const distinctShare = p.categories.length / p.count;
  const numbersAsText = rowShare(p, (l) => NUMBER_AS_TEXT.test(trimmed(l))) >= PATTERN_SHARE;
  if (!numbersAsText && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= UNIQUE_SHARE) {
    return { role: "identifier", reason: `identifier: ${percent(distinctShare)} unique values` };
  }
  if (isIdentifierName(p.name) && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= 0.5) {
    return {
      role: "identifier",
      reason: `identifier: name '${p.name}' and ${percent(distinctShare)} distinct values`
    };
  }
  return void 0;
}
function timeRangeOf(p) {
  if (p.kind === "numeric") {
    const range = numericRange(p);
    if (!range) return void 0;
    const unit = epochUnit(range[0], range[1]);
    const show3 = (v) => unit === "second" ? new Date(v * 1e3).toISOString() : unit === "millisecond" ? new Date(v).toISOString() : String(v);
    return { first: show3(range[0]), last: show3(range[1]) };
  }
  let first;
  let last;
  for (const label of p.categories) {
    const text = label.trim();
    const time = ISO_DATE.test(text) ? Date.parse(text.replace(" ", "T")) : slashDate(text);
    if (!Number.isFinite(time)) continue;
    if (!first || time < first.time) first = { label: text, time };
    if (!last || time > last.time) last = { label: text, time };
  }
  return first && last ? { first: first.label, last: last.label } : void 0;
}
function slashDate(text) {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1]));
}

// src/options/option-table.ts
var SEVERITIES = ["NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
var THRESHOLD_SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
var P_VALUE_CORRECTIONS = ["benjamini-hochberg", "bonferroni", "none"];
var KS_METHODS = ["auto", "exact", "asymp"];
var TASKS = ["auto", "regression", "classification"];
var MODES = ["detect", "retrain"];
var COMMENT_MODES = ["auto", "always", "never"];
var OUTPUT_FORMATS = ["text", "json", "markdown"];
var ENGINES = ["files", "duckdb", "postgres"];
var PROFILE_MODES = ["exact", "compact"];
var NEW_REFERENCE_ROWS = ["recent-rows", "training-data"];
var FAIL_ON_LEVELS = ["none", ...THRESHOLD_SEVERITIES];
var CLI_AND_ACTION = ["check", "action"];
var DETECTION = ["check", "action", "library"];
var RETRAINING = ["retrain", "action"];
var OPTIONS = {
  mode: {
    name: "mode",
    type: "choice",
    values: MODES,
    default: "detect",
    in: ["action"],
    group: "data",
    description: "'detect' runs the drift check; 'retrain' runs the retraining executor in the workflow that the check dispatches."
  },
  referenceData: {
    name: "reference-data",
    type: "text",
    expected: "a path to a CSV file",
    metavar: "F",
    in: ["check", "retrain", "profile", "action"],
    requiredIn: ["retrain"],
    group: "data",
    description: "Path of the training (reference) data, CSV with a header row; .csv.gz is read too."
  },
  recentData: {
    name: "recent-data",
    type: "text",
    expected: "a path to a CSV file",
    metavar: "F",
    in: ["check", "retrain", "action"],
    requiredIn: ["retrain"],
    group: "data",
    description: "Path of the recent (production) data, same format (or recent-table / recent-query with an engine)."
  },
  recentPredictions: {
    name: "recent-predictions",
    type: "text",
    expected: "a path to a .npy, .csv or .json file",
    metavar: "F",
    in: CLI_AND_ACTION,
    group: "data",
    description: "The model's recent predictions, one per recent row, as .npy, a one-column .csv or a .json array."
  },
  recentActuals: {
    name: "recent-actuals",
    type: "text",
    expected: "a path to a .npy, .csv or .json file",
    metavar: "F",
    in: ["check", "retrain", "action"],
    group: "data",
    description: "The true outcomes for the recent rows, same formats."
  },
  predictionColumn: {
    name: "prediction-column",
    type: "text",
    expected: "a column name",
    metavar: "C",
    in: CLI_AND_ACTION,
    group: "data",
    description: "Column of the recent CSV holding predictions (instead of recent-predictions)."
  },
  targetColumn: {
    name: "target-column",
    type: "text",
    expected: "a column name",
    metavar: "C",
    in: ["check", "retrain", "action"],
    group: "data",
    description: "Column of the recent CSV holding true outcomes (instead of recent-actuals); retraining also reads it from the reference."
  },
  baselineMetrics: {
    name: "baseline-metrics",
    type: "text",
    expected: "inline JSON or a path to a JSON file",
    metavar: "JSON|F",
    in: ["check", "retrain", "action"],
    group: "data",
    description: `The model's baseline metrics as inline JSON (e.g. {"r2": 0.85, "rmse": 0.35}) or a path to a JSON file. Keys: r2, rmse, mae, accuracy.`
  },
  referenceProfile: {
    name: "reference-profile",
    type: "text",
    expected: "a path to a profile written by 'drift-sentinel profile'",
    metavar: "F",
    in: CLI_AND_ACTION,
    group: "data",
    description: "A saved reference profile (drift-sentinel profile) instead of reference-data: exact profiles give the same report, compact ones mark KS approximate."
  },
  engine: {
    name: "engine",
    type: "choice",
    values: ENGINES,
    default: "files",
    in: ["check", "profile", "action"],
    group: "data",
    description: "Who reads the data: 'files' (drift-sentinel), 'duckdb' (reference-data files, directories or globs, out of core; needs @duckdb/node-api) or 'postgres' (the -table/-query options)."
  },
  referenceTable: {
    name: "reference-table",
    type: "text",
    expected: "a table name",
    metavar: "T",
    in: ["check", "profile", "action"],
    group: "data",
    description: "With an engine: the reference table, profiled where it lives."
  },
  referenceQuery: {
    name: "reference-query",
    type: "text",
    expected: "a SQL query",
    metavar: "SQL",
    in: ["check", "profile", "action"],
    group: "data",
    description: "With an engine: a query whose rows are the reference, profiled where they live."
  },
  recentTable: {
    name: "recent-table",
    type: "text",
    expected: "a table name",
    metavar: "T",
    in: CLI_AND_ACTION,
    group: "data",
    description: "With an engine: the recent table, read through the engine."
  },
  recentQuery: {
    name: "recent-query",
    type: "text",
    expected: "a SQL query",
    metavar: "SQL",
    in: CLI_AND_ACTION,
    group: "data",
    description: "With an engine: a query whose rows are the recent window (e.g. the last day), read through the engine."
  },
  engineConnectionEnv: {
    name: "engine-connection-env",
    type: "text",
    pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
    expected: "an environment variable name",
    metavar: "VAR",
    default: "DRIFT_SENTINEL_POSTGRES_URL",
    in: ["check", "profile", "action"],
    group: "data",
    description: "Environment variable holding the engine's connection string (never echoed); unset means libpq's PGHOST, PGUSER, PGPASSWORD, ..."
  },
  engineMemoryLimit: {
    name: "engine-memory-limit",
    type: "text",
    pattern: /^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i,
    expected: "a size such as 512MB or 2GB",
    metavar: "SIZE",
    in: ["check", "profile", "action"],
    group: "data",
    description: "DuckDB's memory limit; it spills to disk beyond it. Default DuckDB's (80% of RAM)."
  },
  profileMode: {
    name: "profile-mode",
    type: "choice",
    values: PROFILE_MODES,
    default: "exact",
    in: ["check", "profile", "action"],
    group: "data",
    description: "Profiles written or computed by an engine: 'exact' (same report as the data) or 'compact' (quantile sketches, KS approximate within max-rank-error)."
  },
  maxRankError: {
    name: "max-rank-error",
    type: "number",
    min: 0,
    minExclusive: true,
    max: 0.5,
    default: "0.001",
    in: ["check", "profile", "action"],
    group: "data",
    description: "Compact profiles: the rank error of each quantile sketch, which bounds the error of KS D."
  },
  dataDriftThreshold: {
    name: "data-drift-threshold",
    type: "number",
    min: 0,
    minExclusive: true,
    max: 1,
    default: "0.05",
    in: DETECTION,
    group: "detection",
    description: "Significance level of each feature's drift test, applied after the multiple-testing correction."
  },
  minEffectSize: {
    name: "min-effect-size",
    type: "number",
    min: 0,
    max: 1,
    default: "0.1",
    in: DETECTION,
    group: "detection",
    description: "Smallest effect (KS D for numbers, total variation distance for categories) that counts as drift."
  },
  correction: {
    name: "correction",
    type: "choice",
    values: P_VALUE_CORRECTIONS,
    default: "benjamini-hochberg",
    in: DETECTION,
    group: "detection",
    description: "Multiple-testing correction across features."
  },
  ksMethod: {
    name: "ks-method",
    type: "choice",
    values: KS_METHODS,
    default: "auto",
    in: DETECTION,
    group: "detection",
    description: "KS p-value method, as in scipy.stats.ks_2samp."
  },
  outlierThreshold: {
    name: "outlier-threshold",
    type: "number",
    min: 0,
    max: 1,
    default: "0.05",
    in: DETECTION,
    group: "detection",
    description: "Outlier signal fires when more than this share of recent numeric values have |z| above outlier-z-score."
  },
  outlierZScore: {
    name: "outlier-z-score",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "3",
    in: DETECTION,
    group: "detection",
    description: "A recent value is an outlier when its z-score against the reference exceeds this."
  },
  conceptDriftThreshold: {
    name: "concept-drift-threshold",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "0.15",
    in: DETECTION,
    group: "detection",
    description: "Concept drift fires when the model's error rises by more than this share over baseline."
  },
  performanceThreshold: {
    name: "performance-threshold",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "0.05",
    in: DETECTION,
    group: "detection",
    description: "Performance signal fires when R\xB2 (or accuracy) drops by more than this share of baseline."
  },
  rmseThreshold: {
    name: "rmse-threshold",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "0.1",
    in: DETECTION,
    group: "detection",
    description: "RMSE signal fires when RMSE rises by more than this share over baseline."
  },
  minSamplesForRetraining: {
    name: "min-samples",
    type: "integer",
    min: 1,
    default: "100",
    in: DETECTION,
    group: "detection",
    description: "With fewer recent rows than this the check reports insufficient data and never triggers."
  },
  excludeColumns: {
    name: "exclude-columns",
    type: "list",
    in: DETECTION,
    group: "data",
    description: "Comma-separated columns never tested (ids, timestamps)."
  },
  categorical: {
    name: "categorical",
    type: "list",
    in: CLI_AND_ACTION,
    group: "data",
    description: "Comma-separated columns treated as categories even when their values are numbers."
  },
  numeric: {
    name: "numeric",
    type: "list",
    in: CLI_AND_ACTION,
    group: "data",
    description: "Comma-separated columns that must be numeric."
  },
  task: {
    name: "task",
    type: "choice",
    values: TASKS,
    default: "auto",
    in: DETECTION,
    group: "detection",
    description: "auto picks classification when the baseline has only accuracy."
  },
  retrainOn: {
    name: "retrain-on",
    type: "choice",
    values: THRESHOLD_SEVERITIES,
    ignoreCase: true,
    default: "HIGH",
    in: DETECTION,
    group: "detection",
    description: "Severity at which retraining is triggered (and, in the action, dispatched)."
  },
  minMissingChange: {
    name: "min-missing-change",
    type: "number",
    min: 0,
    max: 1,
    default: "0.05",
    in: DETECTION,
    group: "detection",
    description: "Smallest change of a feature's missing share that counts (0.05 = 5 percentage points), up or down; it must also be significant after the correction."
  },
  identifierColumns: {
    name: "identifier-columns",
    type: "list",
    in: DETECTION,
    group: "detection",
    description: "Comma-separated identifier columns: set aside (not drift-tested) and listed in the report, in addition to those detected."
  },
  timeColumn: {
    name: "time-column",
    type: "text",
    expected: "a column name",
    metavar: "C",
    in: DETECTION,
    group: "detection",
    description: "The time column: set aside (not drift-tested); the report gives the time range of each side."
  },
  noRoleDetection: {
    name: "no-role-detection",
    type: "boolean",
    in: DETECTION,
    group: "detection",
    description: "Test every column: do not set aside columns that look like identifiers or times (declared identifier-columns and time-column still are)."
  },
  referencePredictions: {
    name: "reference-predictions",
    type: "text",
    expected: "a path to a .npy, .csv or .json file",
    metavar: "F",
    in: CLI_AND_ACTION,
    group: "data",
    description: "The deployed model's predictions on the reference data (or a trusted window), for prediction drift without actuals; same formats as recent-predictions. Without it, prediction-column is also read from the reference data."
  },
  naValues: {
    name: "na-values",
    type: "list",
    in: CLI_AND_ACTION,
    group: "data",
    description: "Comma-separated cell texts read as missing in both data files, on top of pandas' default markers (NA, nan, NULL, N/A, #N/A, None...), e.g. '?,-999'."
  },
  retrainWorkflow: {
    name: "retrain-workflow",
    type: "text",
    expected: "a workflow file name or id",
    in: ["action"],
    group: "github",
    description: "File name (e.g. retrain.yml) or id of the workflow to dispatch for retraining. Empty never dispatches."
  },
  retrainRef: {
    name: "retrain-ref",
    type: "text",
    expected: "a git ref",
    in: ["action"],
    group: "github",
    description: "Ref the retraining run uses; defaults to the repository's default branch."
  },
  forceRetrain: {
    name: "force-retrain",
    type: "boolean",
    default: "false",
    in: ["action"],
    group: "github",
    description: "Dispatch retraining even without drift (for a manual workflow_dispatch). Passes the cooldown and min-confidence guards, never a retraining already in flight."
  },
  comment: {
    name: "comment",
    type: "choice",
    values: COMMENT_MODES,
    default: "auto",
    in: ["action"],
    group: "github",
    description: "Pull-request comment: 'auto' comments when there is something to report and keeps an existing comment up to date, 'always' on every run, 'never'."
  },
  commentKey: {
    name: "comment-key",
    type: "text",
    // The key goes into the hidden marker `<!-- drift-sentinel:KEY -->`: a `-->` or a
    // space would end the HTML comment early, show the rest in the PR comment, and the
    // marker would never be found again (a new comment on every push).
    pattern: /^[A-Za-z0-9._-]+$/,
    expected: "letters, digits, '.', '_' or '-' only",
    default: "default",
    in: ["action"],
    group: "github",
    description: "Key of the sticky comment, so several drift-sentinel checks on one PR keep separate comments."
  },
  format: {
    name: "format",
    type: "choice",
    values: OUTPUT_FORMATS,
    in: ["check", "events"],
    group: "output",
    description: "Report format. check: text on a terminal, json otherwise; events: text (the defaults)."
  },
  output: {
    name: "output",
    type: "text",
    expected: "a file path",
    metavar: "F",
    in: ["check", "profile"],
    requiredIn: ["profile"],
    group: "output",
    description: "Write the report (profile: the profile) to this file instead of standard output."
  },
  failOn: {
    name: "fail-on",
    type: "choice",
    values: FAIL_ON_LEVELS,
    ignoreCase: true,
    default: "none",
    in: CLI_AND_ACTION,
    group: "output",
    description: "Fail when severity reaches this level: the action fails the step, the CLI exits 1."
  },
  eventLog: {
    name: "event-log",
    type: "text",
    expected: "a path to a SQLite file",
    metavar: "F",
    default: ".drift-sentinel/events.db",
    in: ["check", "retrain", "events"],
    group: "output",
    description: "The local SQLite event log that records checks and retrainings."
  },
  noEventLog: {
    name: "no-event-log",
    type: "boolean",
    in: ["check"],
    group: "output",
    description: "Do not record the check in the event log."
  },
  limit: {
    name: "limit",
    type: "integer",
    min: 1,
    default: "10",
    in: ["events"],
    group: "output",
    description: "How many of the latest retraining events and checks to list."
  },
  githubToken: {
    name: "github-token",
    type: "text",
    expected: "a GitHub token",
    default: "",
    actionDefault: "${{ github.token }}",
    in: ["action"],
    group: "github",
    description: "Token for comments, dispatch and artifacts. Needs pull-requests write, actions write (to dispatch and read artifacts)."
  },
  eventLogArtifact: {
    name: "event-log-artifact",
    type: "text",
    // The characters the artifact service refuses in names (actions/toolkit's rules).
    pattern: /^[^"<>:|*?\r\n\\/]+$/,
    expected: 'a name without any of " : < > | * ? \\ / or newlines',
    default: "drift-sentinel-events",
    in: ["action"],
    group: "github",
    description: "Name of the workflow artifact that holds the SQLite event log."
  },
  eventLogSnapshots: {
    name: "event-log-snapshots",
    type: "integer",
    min: 1,
    max: 20,
    default: "5",
    in: ["action"],
    group: "github",
    description: "How many of the newest event-log artifacts are merged at the start of a run."
  },
  retentionDays: {
    name: "retention-days",
    type: "integer",
    min: 1,
    max: 90,
    default: "90",
    in: ["action"],
    group: "github",
    description: "Retention of the uploaded event-log artifact, 1 to 90 days (every run re-uploads it)."
  },
  costPerMinute: {
    name: "cost-per-minute",
    type: "number",
    min: 0,
    default: "0",
    in: RETRAINING,
    group: "retraining",
    description: "Cost of one minute of retraining, recorded per retraining as estimated cost."
  },
  eventId: {
    name: "event-id",
    type: "text",
    expected: "an event id (a UUID)",
    metavar: "ID",
    in: RETRAINING,
    group: "retraining",
    description: "The retraining event the check dispatched; empty records a manual retraining."
  },
  trainCommand: {
    name: "train-command",
    type: "text",
    expected: "a shell command",
    metavar: "CMD",
    in: RETRAINING,
    requiredIn: ["retrain"],
    group: "retraining",
    description: "The shell command that trains the model. It gets DRIFT_SENTINEL_TRAINING_DATA, DRIFT_SENTINEL_EVENT_ID and DRIFT_SENTINEL_METRICS_FILE."
  },
  trainTimeoutMinutes: {
    name: "train-timeout-minutes",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "60",
    in: RETRAINING,
    group: "retraining",
    description: "The training command is stopped after this many minutes."
  },
  metricsFile: {
    name: "metrics-file",
    type: "text",
    expected: "a file path",
    metavar: "F",
    in: RETRAINING,
    group: "retraining",
    description: "Where the training command writes its metrics JSON; defaults to a temporary file."
  },
  profileOutput: {
    name: "profile-output",
    type: "text",
    expected: "a file path",
    metavar: "F",
    in: RETRAINING,
    group: "retraining",
    description: "When the new model is promoted, write the exact reference profile of its new reference data here (see new-reference; for the next checks' reference-profile)."
  },
  maxRegression: {
    name: "max-regression",
    type: "number",
    min: 0,
    default: "0",
    in: RETRAINING,
    group: "retraining",
    description: "A new model worse than the old by more than this share is rejected, not promoted."
  },
  trainRetries: {
    name: "train-retries",
    type: "integer",
    min: 0,
    max: 10,
    default: "1",
    in: RETRAINING,
    group: "retraining",
    description: "How many times a failed or timed-out training command is run again; every attempt is recorded with its duration and exit code."
  },
  newReference: {
    name: "new-reference",
    type: "choice",
    values: NEW_REFERENCE_ROWS,
    default: "recent-rows",
    in: RETRAINING,
    group: "retraining",
    description: "What a promoted model's new reference (action output new-reference-data, and profile-output) holds: the recent rows of its training set (the population it now serves; the next check on the same data reads NONE), or the whole training set."
  },
  model: {
    name: "model",
    type: "text",
    expected: "a model key",
    in: ["action"],
    group: "retraining",
    description: "Key of the model whose retrainings the guards look at; defaults to '<retrain-workflow>@<ref>' (detect: retrain-ref or the default branch; retrain: the running workflow)."
  },
  inFlightTimeoutMinutes: {
    name: "in-flight-timeout-minutes",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "360",
    in: ["action"],
    group: "retraining",
    description: "A dispatched or running retraining older than this is marked lost and no longer holds retraining back. Default 360, GitHub's limit on a job's run time; a running one is lost earlier at its own deadline (train-timeout-minutes times its attempts)."
  },
  retrainCooldownHours: {
    name: "retrain-cooldown-hours",
    type: "number",
    min: 0,
    default: "24",
    in: ["action"],
    group: "retraining",
    description: "After a retraining finished, checks with the same reference and baseline fingerprints do not dispatch again for this many hours, unless their severity is higher or force-retrain is set. 0 turns the cooldown off."
  },
  minConfidence: {
    name: "min-confidence",
    type: "number",
    min: 0,
    max: 100,
    default: "0",
    in: ["action"],
    group: "retraining",
    description: "A check whose confidence (0-100) is below this does not dispatch retraining, and says why."
  }
};
function optionsOf(entryPoint) {
  return Object.entries(OPTIONS).filter(
    ([, spec]) => spec.in.includes(entryPoint)
  );
}

// src/options/parse-option.ts
var OptionError = class extends Error {
  name = "OptionError";
};
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function describeExpected(spec) {
  switch (spec.type) {
    case "number": {
      const bounds = [];
      if (spec.min !== void 0) bounds.push(`${spec.minExclusive ? ">" : ">="} ${spec.min}`);
      if (spec.max !== void 0) bounds.push(`<= ${spec.max}`);
      return `a decimal number${bounds.length ? ` ${bounds.join(" and ")}` : ""}`;
    }
    case "integer":
      return spec.max === void 0 ? `a whole number >= ${spec.min}` : `a whole number from ${spec.min} to ${spec.max}`;
    case "choice":
      return `one of: ${spec.values.join(", ")}${spec.ignoreCase ? " (any case)" : ""}`;
    case "boolean":
      return "true or false";
    case "list":
      return "comma-separated names";
    case "text":
      return spec.expected;
  }
}
function refuse(spec, label, shown) {
  const example = spec.default && spec.type !== "text" ? `, such as ${spec.default}` : "";
  return new OptionError(
    `Invalid ${label} '${shown}'. Expected ${describeExpected(spec)}${example}.`
  );
}
function inRange(spec, value) {
  if (!Number.isFinite(value)) return false;
  if (spec.type === "integer" && !Number.isInteger(value)) return false;
  const min = spec.min;
  if (min !== void 0) {
    const exclusive = spec.type === "number" && spec.minExclusive;
    if (exclusive ? value <= min : value < min) return false;
  }
  return spec.max === void 0 || value <= spec.max;
}
function parseOptionText(spec, raw, label) {
  return parseText(spec, raw, label);
}
function parseText(spec, raw, label) {
  const text = raw.trim();
  switch (spec.type) {
    case "number":
    case "integer": {
      const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
      if (!inRange(spec, value)) throw refuse(spec, label, raw);
      return value;
    }
    case "choice": {
      const found = spec.values.find(
        (v) => spec.ignoreCase ? v.toLowerCase() === text.toLowerCase() : v === text
      );
      if (found === void 0) throw refuse(spec, label, raw);
      return found;
    }
    case "boolean":
      if (["true", "True", "TRUE"].includes(text)) return true;
      if (["false", "False", "FALSE"].includes(text)) return false;
      throw refuse(spec, label, raw);
    case "list":
      return text.split(/[,\n]/).map((s) => s.trim()).filter((s) => s.length > 0);
    case "text":
      if (spec.pattern && !spec.pattern.test(text)) throw refuse(spec, label, raw);
      return text;
  }
}
function show(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || value === void 0) {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function checkOptionValue(spec, value, label) {
  const ok = (() => {
    switch (spec.type) {
      case "number":
      case "integer":
        return typeof value === "number" && inRange(spec, value);
      case "choice":
        return typeof value === "string" && spec.values.includes(value);
      case "boolean":
        return typeof value === "boolean";
      case "list":
        return Array.isArray(value) && value.every((v) => typeof v === "string");
      case "text":
        return typeof value === "string" && (!spec.pattern || spec.pattern.test(value));
    }
  })();
  if (!ok) {
    const expected = describeExpected(spec).replace("a decimal number", "a finite number").replace(" (any case)", "").replace("comma-separated names", "an array of column names");
    throw new OptionError(`Invalid ${label} '${show(value)}'. Expected ${expected}.`);
  }
  return value;
}

// src/options/read-options.ts
function defaultOf(field) {
  const spec = OPTIONS[field];
  if (spec.default === void 0) return void 0;
  return parseOptionText(spec, spec.default, field);
}

// src/detect/detection-config.ts
var DEFAULT_DETECTION_CONFIG = Object.freeze({
  dataDriftThreshold: defaultOf("dataDriftThreshold"),
  minEffectSize: defaultOf("minEffectSize"),
  correction: defaultOf("correction"),
  ksMethod: defaultOf("ksMethod"),
  outlierZScore: defaultOf("outlierZScore"),
  outlierThreshold: defaultOf("outlierThreshold"),
  conceptDriftThreshold: defaultOf("conceptDriftThreshold"),
  performanceThreshold: defaultOf("performanceThreshold"),
  rmseThreshold: defaultOf("rmseThreshold"),
  minSamplesForRetraining: defaultOf("minSamplesForRetraining"),
  retrainOn: defaultOf("retrainOn"),
  excludeColumns: [],
  task: defaultOf("task"),
  minMissingChange: defaultOf("minMissingChange"),
  identifierColumns: [],
  timeColumn: void 0,
  noRoleDetection: false
});
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
var LIBRARY_OPTIONS = optionsOf("library");
var LIBRARY_FIELDS = LIBRARY_OPTIONS.map(([field]) => field);
function resolveDetectionConfig(partial = {}) {
  for (const [key, value] of Object.entries(partial)) {
    if (value !== void 0 && !LIBRARY_FIELDS.includes(key)) {
      throw new Error(`Unknown option '${key}'. Expected one of: ${LIBRARY_FIELDS.join(", ")}.`);
    }
  }
  const config = { ...DEFAULT_DETECTION_CONFIG, ...stripUndefined(partial) };
  for (const [field, spec] of LIBRARY_OPTIONS) {
    const value = config[field];
    if (value === void 0 && spec.type === "text" && spec.default === void 0) continue;
    checkOptionValue(spec, value, field);
  }
  return config;
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/detect/severity.ts
var STRENGTH_POINTS = {
  none: 0,
  mild: 1,
  strong: 2,
  very_strong: 4
};
var GRADED_BY_CALLER = /* @__PURE__ */ new Set([
  "data_drift",
  "data_quality",
  "prediction_drift"
]);
var PRIORITY_SIGNALS = /* @__PURE__ */ new Set(["concept_drift", "performance_drop"]);
var SIGNAL_DRIFT_TYPE = {
  data_drift: "data_drift",
  concept_drift: "concept_drift",
  performance_drop: "performance_degradation",
  rmse_increase: "performance_degradation",
  outliers: "outlier_increase",
  data_quality: "data_quality",
  prediction_drift: "prediction_drift"
};
var DRIFT_TYPE_PRIORITY = [
  "concept_drift",
  "data_drift",
  "performance_degradation",
  "prediction_drift",
  "outlier_increase",
  "data_quality"
];
var COVERAGE_SIGNALS = /* @__PURE__ */ new Set([
  "data_drift",
  "concept_drift",
  "performance_drop",
  "rmse_increase",
  "outliers"
]);
var SEVERITY_ACTION = {
  NONE: "no action needed",
  LOW: "monitor",
  MEDIUM: "investigate",
  HIGH: "plan retraining",
  CRITICAL: "retrain now"
};
function severityForScore(score2) {
  if (score2 >= 6) return "CRITICAL";
  if (score2 >= 4) return "HIGH";
  if (score2 >= 2) return "MEDIUM";
  if (score2 >= 1) return "LOW";
  return "NONE";
}
function strengthForRatio(ratio) {
  if (!(ratio > 1)) return "none";
  if (ratio >= 4) return "very_strong";
  if (ratio >= 2) return "strong";
  return "mild";
}
var STEP_UP = {
  none: "none",
  mild: "strong",
  strong: "very_strong",
  very_strong: "very_strong"
};
var MANY_DRIFTED_FEATURES = 3;
function dataDriftStrength(drifted, maxEffect, minEffect) {
  if (drifted <= 0) return "none";
  const strength = effectStrength(maxEffect, minEffect);
  return drifted >= MANY_DRIFTED_FEATURES ? STEP_UP[strength] : strength;
}
function effectStrength(effect, minEffect) {
  const base = minEffect > 0 ? minEffect : 0.1;
  if (effect >= 4 * base) return "very_strong";
  if (effect >= 2 * base) return "strong";
  return "mild";
}
function gradeSignal(measurement) {
  let strength = "none";
  if (measurement.available && measurement.value !== null) {
    if (measurement.dataDrift) {
      const { drifted, maxEffect, minEffect } = measurement.dataDrift;
      strength = dataDriftStrength(drifted, maxEffect, minEffect);
    } else if (measurement.strength !== void 0) {
      strength = measurement.strength;
    } else {
      strength = strengthForRatio(measurement.value / measurement.threshold);
    }
  }
  const fired = strength !== "none";
  const points = STRENGTH_POINTS[strength] + (fired && PRIORITY_SIGNALS.has(measurement.name) ? 1 : 0);
  return {
    name: measurement.name,
    available: measurement.available,
    value: measurement.value,
    threshold: measurement.threshold,
    fired,
    strength,
    points,
    detail: measurement.detail
  };
}
function margin(signal) {
  if (!signal.fired || signal.value === null) return 0;
  const ratio = signal.name === "data_drift" || signal.name === "data_quality" || signal.name === "prediction_drift" ? STRENGTH_POINTS[signal.strength] : signal.value / signal.threshold;
  return Math.min(1, Math.max(0, Math.log2(ratio) / 2));
}
function confidenceOf(signals, recentRows, minSamples) {
  const fired = signals.filter((s) => s.fired);
  let evidence;
  if (fired.length > 0) {
    const best = Math.max(...fired.map(margin));
    evidence = Math.min(1, 0.5 + 0.5 * best + 0.1 * (fired.length - 1));
  } else {
    const closeness = signals.filter((s) => s.available && s.value !== null && !GRADED_BY_CALLER.has(s.name)).map((s) => Math.min(1, Math.max(0, s.value / s.threshold)));
    evidence = 0.5 + 0.5 * (1 - Math.max(0, ...closeness));
  }
  const covered = signals.filter((s) => COVERAGE_SIGNALS.has(s.name));
  const coverage = covered.length === 0 ? 1 : 0.6 + 0.4 * covered.filter((s) => s.available).length / covered.length;
  const sample = 0.5 + 0.5 * Math.min(1, recentRows / (10 * minSamples));
  return Math.round(100 * evidence * coverage * sample);
}
function dominantDriftType(signals) {
  const pointsByType = /* @__PURE__ */ new Map();
  for (const signal of signals) {
    if (!signal.fired) continue;
    const type = SIGNAL_DRIFT_TYPE[signal.name];
    pointsByType.set(type, Math.max(pointsByType.get(type) ?? 0, signal.points));
  }
  if (pointsByType.size === 0) return "none";
  let best = "none";
  let bestPoints = -1;
  for (const type of DRIFT_TYPE_PRIORITY) {
    const points = pointsByType.get(type) ?? -1;
    if (points > bestPoints) {
      best = type;
      bestPoints = points;
    }
  }
  const dataDriftFired = signals.some((s) => s.name === "data_drift" && s.fired);
  if (best === "performance_degradation" && !dataDriftFired) return "concept_drift";
  return best;
}
function gradeDrift(measurements, context) {
  const signals = measurements.map(gradeSignal);
  const score2 = signals.reduce((sum, s) => sum + s.points, 0);
  const severity = severityForScore(score2);
  const driftType = dominantDriftType(signals);
  const confidence = confidenceOf(
    signals,
    context.recentRows,
    context.config.minSamplesForRetraining
  );
  const modelScore = signals.filter((s) => s.name !== "data_quality").reduce((sum, s) => sum + s.points, 0);
  const triggered = severityRank(severityForScore(modelScore)) >= severityRank(context.config.retrainOn);
  return {
    signals,
    score: score2,
    severity,
    driftType,
    confidence,
    triggered,
    reason: reasonFor(severity, signals, driftType)
  };
}
function reasonFor(severity, signals, driftType = "none") {
  const fired = signals.filter((s) => s.fired).sort((a, b) => b.points - a.points);
  if (fired.length === 0) {
    const checked = signals.filter((s) => s.available).map((s) => s.detail);
    if (checked.length === 0) {
      return `Nothing could be checked: ${joinPhrases(signals.map((s) => s.detail))}.`;
    }
    return `No drift detected: ${joinPhrases(checked)}.`;
  }
  const shown = fired.slice(0, 3).map((s) => s.detail);
  const more = fired.length > 3 ? ` (and ${fired.length - 3} more signal${fired.length - 3 > 1 ? "s" : ""})` : "";
  const action = driftType === "data_quality" && severityRank(severity) >= severityRank("MEDIUM") ? "fix the data before retraining" : SEVERITY_ACTION[severity];
  return `${capitalize(joinPhrases(shown))}${more}; ${action}.`;
}
function joinPhrases(phrases) {
  if (phrases.length <= 1) return phrases[0] ?? "nothing could be checked";
  return `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}`;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/detect/data-quality.ts
var MIN_OUTLIER_CELLS = 5;
var GRADE_ORDER = {
  very_strong: 3,
  strong: 2,
  mild: 1,
  info: 0
};
function dataQualityFindings(input, config) {
  const findings = [];
  for (const name of input.schemaChanges.removed) {
    const why = input.vanishedNotNeeded.get(name);
    findings.push({
      kind: "column_missing",
      column: name,
      grade: why ? "info" : "very_strong",
      detail: why ? `column ${name} is missing from the recent data (${why}, not needed by the model)` : `column ${name}, a feature of the reference, is missing from the recent data`
    });
  }
  for (const change of input.schemaChanges.typeChanged) {
    findings.push(typeChangeFinding(change, input));
  }
  for (const feature of input.features) {
    const m = feature.missingShare;
    if (m?.drifted) {
      findings.push({
        kind: "missing_share",
        column: feature.name,
        grade: gradeOf(Math.abs(m.change), config.minMissingChange),
        detail: `missing values in ${feature.name}: ${percent2(m.recent)} of the recent rows (reference ${percent2(m.reference)})`,
        reference: m.reference,
        recent: m.recent,
        count: feature.recentMissing,
        pValue: m.pValue,
        adjustedPValue: m.adjustedPValue
      });
    }
    const invalid = invalidFinding(feature, config);
    if (invalid) findings.push(invalid);
  }
  findings.push(...outlierFindings(input.features, config));
  for (const name of input.schemaChanges.added) {
    findings.push({
      kind: "column_added",
      column: name,
      grade: "info",
      detail: `column ${name} is only in the recent data (not tested)`
    });
  }
  return findings.sort(
    (a, b) => GRADE_ORDER[b.grade] - GRADE_ORDER[a.grade] || a.column.localeCompare(b.column)
  );
}
function dataQualityStrength(findings) {
  let best = "none";
  for (const f of findings) {
    if (f.grade === "info") continue;
    if (best === "none" || GRADE_ORDER[f.grade] > GRADE_ORDER[best]) best = f.grade;
  }
  return best;
}
function gradeOf(excess, floor) {
  return effectStrength(excess, floor);
}
function rowsOf(f, side) {
  return side === "reference" ? f.referenceCount + f.referenceMissing + (f.referenceInvalid?.count ?? 0) : f.recentCount + f.recentMissing + (f.recentInvalid?.count ?? 0);
}
function invalidFinding(f, config) {
  if (!f.recentInvalid) return void 0;
  const refRows = rowsOf(f, "reference");
  const recRows = rowsOf(f, "recent");
  const refCount = f.referenceInvalid?.count ?? 0;
  const recCount = f.recentInvalid.count;
  const reference = refRows > 0 ? refCount / refRows : 0;
  const recent = recRows > 0 ? recCount / recRows : 0;
  const test = refRows > 0 && recRows > 0 ? twoProportionZTest(refCount, refRows, recCount, recRows) : void 0;
  const significant = test !== void 0 && test.pValue < config.dataDriftThreshold;
  const excess = recent - reference;
  const graded = significant && excess >= config.minMissingChange && excess > 0;
  const examples = f.recentInvalid.examples;
  return {
    kind: "invalid_cells",
    column: f.name,
    grade: graded ? gradeOf(excess, config.minMissingChange) : "info",
    detail: `invalid cells in ${f.name}: ${recCount} recent cell${recCount === 1 ? " is" : "s are"} not a number (${percent2(recent)}, reference ${percent2(reference)}), e.g. ${examples.map((e) => `'${e}'`).join(", ")}; the column is tested on its numbers`,
    reference,
    recent,
    count: recCount,
    examples,
    ...test && !Number.isNaN(test.pValue) ? { pValue: test.pValue } : {}
  };
}
function outlierFindings(features, config) {
  const candidates = [];
  for (const f of features) {
    if (f.skipped !== void 0 || f.outlierShare === void 0) continue;
    if (f.referenceOutlierShare === void 0 || f.approximate) continue;
    const recCount = Math.round(f.outlierShare * f.recentCount);
    const refCount = Math.round(f.referenceOutlierShare * f.referenceCount);
    const test = twoProportionZTest(refCount, f.referenceCount, recCount, f.recentCount);
    if (Number.isNaN(test.pValue)) continue;
    candidates.push({ f, p: test.pValue, refCount, recCount });
  }
  if (candidates.length === 0) return [];
  const adjusted = adjustPValues(
    candidates.map((c) => c.p),
    config.correction
  );
  const findings = [];
  candidates.forEach(({ f, p, recCount }, i) => {
    const excess = f.outlierShare - f.referenceOutlierShare;
    if (!(adjusted[i] < config.dataDriftThreshold) || !(excess >= config.outlierThreshold)) return;
    if (recCount < MIN_OUTLIER_CELLS) return;
    if (!(excess > 0)) return;
    const sentinel = f.recentOutlierValue;
    const sentinelText = sentinel && sentinel.count >= recCount / 2 ? `, ${sentinel.count} of them ${sentinel.value} (a sentinel value)` : "";
    findings.push({
      kind: "outlier_share",
      column: f.name,
      grade: gradeOf(excess, config.outlierThreshold),
      detail: `outliers in ${f.name}: ${percent2(f.outlierShare)} of recent values (|z| > ${config.outlierZScore}; reference ${percent2(f.referenceOutlierShare)})${sentinelText}`,
      reference: f.referenceOutlierShare,
      recent: f.outlierShare,
      count: recCount,
      ...sentinel ? { examples: [String(sentinel.value)] } : {},
      pValue: p,
      adjustedPValue: adjusted[i]
    });
  });
  return findings;
}
var DECIMAL_COMMA = /^[-+]?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
var WITH_UNIT = /^[-+]?(\d+([.,]\d+)?|\.\d+)\s*[^\d\s.,+-][^\d]*$/;
var NUMBER_WITH_UNIT_PREFIX = /^[$€£¥]\s*[-+]?\d/;
function isNumberText(text) {
  const t = text.trim();
  return t !== "" && Number.isFinite(Number(t));
}
function typeChangeFinding(change, input) {
  const notNeeded = input.typeChangedNotNeeded.has(change.name);
  const column = input.recentColumns.get(change.name);
  if (change.reference === "numeric" && column?.kind === "categorical") {
    const { examples, count, rows, cause } = textInColumn(column);
    const causeText = cause === "decimal_comma" ? "decimal commas" : cause === "units" ? "numbers with units" : cause === "marker" ? "a new marker" : "text";
    return {
      kind: "type_change",
      column: change.name,
      grade: notNeeded ? "info" : "very_strong",
      detail: `type change in ${change.name}: numeric in the reference, text in the recent data: ${causeText} in ${count} of ${rows} cells, e.g. ${examples.map((e) => `'${e}'`).join(", ")} (not tested)`,
      count,
      examples,
      cause
    };
  }
  return {
    kind: "type_change",
    column: change.name,
    grade: notNeeded ? "info" : "very_strong",
    detail: `type change in ${change.name}: ${change.reference} in the reference, ${change.recent} in the recent data (not tested)`,
    cause: change.recent === "numeric" ? "numbers" : "text"
  };
}
function textInColumn(column) {
  const counts = new Float64Array(column.categories.length);
  let rows = 0;
  for (const code of column.codes) {
    if (code >= 0) {
      counts[code]++;
      rows++;
    }
  }
  const text = column.categories.map((label, i) => ({ label, count: counts[i] })).filter((c) => c.count > 0 && !isNumberText(c.label)).sort((a, b) => b.count - a.count);
  const count = text.reduce((s, c) => s + c.count, 0);
  const share = (test) => text.reduce((s, c) => s + (test(c.label.trim()) ? c.count : 0), 0) / Math.max(1, count);
  const cause = share((l) => DECIMAL_COMMA.test(l)) >= 0.5 ? "decimal_comma" : share((l) => WITH_UNIT.test(l) || NUMBER_WITH_UNIT_PREFIX.test(l)) >= 0.5 ? "units" : text.length <= 3 ? "marker" : "text";
  return {
    examples: text.slice(0, 5).map((c) => c.label.length > 40 ? `${c.label.slice(0, 39)}\u2026` : c.label),
    count,
    rows,
    cause
  };
}
function percent2(share) {
  const value = share * 100;
  if (value === 0) return "0%";
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(value < 1 ? 2 : 1)}%`;
}

// src/stats/ks-durbin-matrix-cdf.ts
function kolmogorovDurbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let Hpwr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let scratch = new Float64Array(m * m);
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  const kk = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      multiplySquare(Hpwr, H, scratch, m);
      [Hpwr, scratch] = [scratch, Hpwr];
      expnt += Hexpnt;
    }
    multiplySquare(H, H, scratch, m);
    [H, scratch] = [scratch, H];
    Hexpnt *= 2;
    if (Math.abs(H[kk]) > TWO_POW_128) {
      for (let i = 0; i < m * m; i++) H[i] /= TWO_POW_128;
      Hexpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[kk];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < TWO_POW_MINUS_128) {
      p *= TWO_POW_128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p = scaleByPowerOfTwo(p, expnt);
  return Math.min(Math.max(p, 0), 1);
}
var TWO_POW_128 = 2 ** 128;
var TWO_POW_MINUS_128 = 2 ** -128;
function multiplySquare(a, b, out, m) {
  out.fill(0);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let l = 0; l < m; l++) {
      const ail = a[row + l];
      if (ail === 0) continue;
      const brow = l * m;
      for (let j = 0; j < m; j++) out[row + j] += ail * b[brow + j];
    }
  }
}
function scaleByPowerOfTwo(x, e) {
  let y = x;
  let rest = e;
  while (rest > 1e3) {
    y *= 2 ** 1e3;
    rest -= 1e3;
  }
  while (rest < -1e3) {
    y *= 2 ** -1e3;
    rest += 1e3;
  }
  return y * 2 ** rest;
}

// src/stats/ks-pelz-good-cdf.ts
function kolmogorovPelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z2 = Math.sqrt(n) * x;
  const zsquared = z2 ** 2;
  const zthree = z2 ** 3;
  const zfour = z2 ** 4;
  const zsix = z2 ** 6;
  const qlog = -PI_SQUARED / 8 / zsquared;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -zsquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zsix + 2 * zfour;
  const k2b = (2 * zfour - 5 * zsquared) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * zsquared) / 16;
  const k3d = PI_SIX * (5 - 30 * zsquared) / 64;
  const k3c = PI_FOUR * (-60 * zsquared + 212 * zfour) / 16;
  const k3b = PI_SQUARED * (135 * zfour - 96 * zsix) / 4;
  const k3a = -30 * zsix - 90 * z2 ** 8;
  let K0 = 0;
  let K1 = 0;
  let K2 = 0;
  let K3 = 0;
  const maxk = Math.ceil(16 * z2 / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const msquared = m ** 2;
    const mfour = m ** 4;
    const msix = m ** 6;
    const qpower = q ** (8 * k);
    K0 = K0 * qpower + 1;
    K1 = K1 * qpower + (k1a + k1b * msquared);
    K2 = K2 * qpower + (k2a + k2b * msquared + k2c * mfour);
    K3 = K3 * qpower + (k3a + k3b * msquared + k3c * mfour + k3d * msix);
  }
  K0 = K0 * q * SQRT_2PI / z2;
  K1 = K1 * q * SQRT_2PI / (6 * zfour);
  K2 = K2 * q * SQRT_2PI / (72 * z2 ** 7);
  K3 = K3 * q * SQRT_2PI / (6480 * z2 ** 10);
  q = Math.exp(-PI_SQUARED / 2 / zsquared);
  const sqrt3z = SQRT3 * z2;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const ksquared = k ** 2;
    const qpwer = q ** ksquared;
    const kspi = Math.PI * k;
    k2extra += ksquared * qpwer;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpwer;
  }
  K2 += k2extra * PI_SQUARED * SQRT_2PI / (-36 * zthree);
  K3 += k3extra * PI_SQUARED * SQRT_2PI / (216 * zsix);
  return K0 + K1 / n ** 0.5 + K2 / n + K3 / n ** 1.5;
}
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
var MIN_LOG = -708;

// src/stats/ks-pomeranz-cdf.ts
function kolmogorovPomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g2 = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g2 / n;
  const twoGOverN = 2 * g2 / n;
  const oneMinusTwoGOverN = (1 - 2 * g2) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gOverN / m;
    twogpower[m] = twogpower[m - 1] * twoGOverN / m;
    onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzRowBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzRowBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = k1 - V0s;
      const aLen = Math.min(ln2, npwrs - start);
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV1 = -Infinity;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - bLen + 1);
        const hi = Math.min(idx, aLen - 1);
        for (let a = lo; a <= hi; a++) s += V0[start + a] * pwrs[idx - a];
        V1[c] = s;
      }
      for (let c = 0; c < npwrs; c++) if (V1[c] > maxV1) maxV1 = V1[c];
      if (maxV1 > 0 && maxV1 < TWO_POW_MINUS_1282) {
        for (let c = 0; c < npwrs; c++) V1[c] *= TWO_POW_1282;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > TWO_POW_1282) {
      ans *= TWO_POW_MINUS_1282;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = scaleByPowerOfTwo(ans, expnt);
  return Math.min(Math.max(ans, 0), 1);
}
var TWO_POW_1282 = 2 ** 128;
var TWO_POW_MINUS_1282 = 2 ** -128;
function pomeranzRowBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

// src/stats/ks-smirnov-one-sided-sf.ts
function smirnovOneSidedSf(n, x) {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxHi, nxLo] = twoProduct(n, x);
  let nxfl = Math.floor(nxHi);
  let alpha;
  if (nxfl === nxHi) {
    if (nxLo < 0) {
      nxfl -= 1;
      alpha = 1 + nxLo;
    } else {
      alpha = nxLo;
    }
  } else {
    alpha = nxHi - nxfl + nxLo;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) n1mxfl -= 1;
  if (nxfl === 0 || nxfl === 1 && alpha === 0) {
    const cdf = x * Math.exp((n - 1) * Math.log1p(x));
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) {
    return clip01((1 - x) ** n);
  }
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }
  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  let sum = Math.exp(n * Math.log1p(-x) - Math.log(x));
  let binHi = n;
  let binLo = 0;
  let binExp = 0;
  for (let v = 1; v < nTerms; v++) {
    const [s, sErr] = twoSum(v, nxHi);
    const sLo = sErr + nxLo;
    const q = s / n;
    const [pHi, pLo] = twoProduct(q, n);
    const qLo = (s - pHi - pLo + sLo) / n;
    const logOneMinusQ = Math.log1p(-q) - qLo / (1 - q);
    const logQ = Math.log(q) + qLo / q;
    const logTerm = binExp * LN2_HI + ((n - v) * logOneMinusQ + (v - 1) * logQ) + (binExp * LN2_LO + Math.log(binHi) + binLo / binHi);
    const term = Math.exp(logTerm);
    if (Number.isFinite(term) && term !== 0) sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
    const r = (n - v) / (v + 1);
    const [rp, rpErr] = twoProduct(r, v + 1);
    const rLo = (n - v - rp - rpErr) / (v + 1);
    const [mHi, mErr] = twoProduct(binHi, r);
    const mLo = mErr + binHi * rLo + binLo * r;
    binHi = mHi + mLo;
    binLo = mLo - (binHi - mHi);
    if (binHi > RESCALE_ABOVE) {
      binHi *= RESCALE_BY;
      binLo *= RESCALE_BY;
      binExp += RESCALE_EXPONENT;
    } else if (binHi < RESCALE_BELOW) {
      binHi *= RESCALE_ABOVE;
      binLo *= RESCALE_ABOVE;
      binExp -= RESCALE_EXPONENT;
    }
  }
  return clip01(x * sum);
}
var MINLOG = -745.1332191019412;
var LN2_HI = 0.6931471803691238;
var LN2_LO = 19082149292705877e-26;
var RESCALE_EXPONENT = 512;
var RESCALE_ABOVE = 2 ** RESCALE_EXPONENT;
var RESCALE_BELOW = 2 ** -RESCALE_EXPONENT;
var RESCALE_BY = 2 ** -RESCALE_EXPONENT;
var SMIRNOV_MAX_COMPUTE_N = 1e6;
function clip01(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function twoSum(a, b) {
  const s = a + b;
  const bb = s - a;
  const e = a - (s - bb) + (b - bb);
  return [s, e];
}
var SPLITTER = 134217729;
function twoProduct(a, b) {
  const p = a * b;
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  const e = aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
  return [p, e];
}

// src/stats/kolmogorov-smirnov-two-sided-sf.ts
function kolmogorovSmirnovTwoSidedSf(d, n) {
  if (Number.isNaN(d) || !(n >= 1) || !Number.isFinite(n) || n !== Math.round(n)) return NaN;
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 1) {
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip012(1 - cdf2);
  }
  if (t >= n - 1) return clip012(2 * (1 - d) ** n);
  if (d >= 0.5) return clip012(2 * smirnovOneSidedSf(n, d));
  const nxsquared = t * d;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip012(1 - kolmogorovDurbinMatrixCdf(n, d));
    if (nxsquared <= 4) return clip012(1 - kolmogorovPomeranzCdf(n, d));
    return clip012(2 * smirnovOneSidedSf(n, d));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip012(2 * smirnovOneSidedSf(n, d));
  const cdf = n <= 1e5 && n * d ** 1.5 <= 1.4 ? kolmogorovDurbinMatrixCdf(n, d) : kolmogorovPelzGoodCdf(n, d);
  return clip012(1 - cdf);
}
function logFactorialOverPower(n) {
  const rn = 1 / n;
  const u = rn / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * u + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
var STIRLING_COEFFS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
var LOG_2PI = Math.log(2 * Math.PI);
function clip012(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

// src/stats/ks-exact-p-value.ts
function ksExactTwoSidedPValue(n1, n2, h) {
  if (h === 0) return 1;
  if (n1 === n2) return probabilityOutsideSquare(n1, h);
  return probabilityOutsideInsideMethod(n1, n2, greatestCommonDivisor(n1, n2), h);
}
function greatestCommonDivisor(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function probabilityOutsideSquare(n, h) {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}
function probabilityOutsideInsideMethod(m0, n0, g2, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = Math.floor(m / g2);
  const ng = Math.floor(n / g2);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    const shift = minj - lastminj;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + shift] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

// src/stats/ks-test.ts
var MAX_AUTO_N = 1e4;
var INT32_MAX = 2147483647;
function ksTest(a, b, options = {}) {
  const aSorted = sortedCopy(a, "a");
  const bSorted = sortedCopy(b, "b");
  return ksTestSorted(aSorted, bSorted, options);
}
function sortedCopy(values, name) {
  if (values.length === 0) {
    throw new Error(`ksTest: sample '${name}' is empty; expected at least one value.`);
  }
  const copy = Float64Array.from(values);
  for (let i = 0; i < copy.length; i++) {
    if (Number.isNaN(copy[i])) {
      throw new Error(
        `ksTest: sample '${name}' has NaN at index ${i}; expected numbers only (drop missing values first).`
      );
    }
  }
  return copy.sort();
}
function ksTestSorted(aSorted, bSorted, options = {}) {
  const n1 = aSorted.length;
  const n2 = bSorted.length;
  if (n1 === 0 || n2 === 0) {
    throw new Error(
      `ksTestSorted: sample '${n1 === 0 ? "a" : "b"}' is empty; expected at least one value.`
    );
  }
  let d = ksStatisticSorted(aSorted, bSorted);
  const g2 = greatestCommonDivisor(n1, n2);
  const n1g = n1 / g2;
  const n2g = n2 / g2;
  let method = options.method ?? "auto";
  let warning;
  if (method === "auto") {
    method = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  } else if (method === "exact" && n1g >= INT32_MAX / n2g) {
    method = "asymp";
    warning = `Exact ks_2samp calculation not possible with samples sizes ${n1} and ${n2}. Switching to 'asymp'.`;
  }
  let pValue = NaN;
  if (method === "exact") {
    const lcm = n1g * n2;
    const h = roundHalfToEven(d * lcm);
    d = h / lcm;
    pValue = ksExactTwoSidedPValue(n1, n2, h);
    if (!(pValue >= 0 && pValue <= 1)) {
      method = "asymp";
      warning = "ks_2samp: Exact calculation unsuccessful. Switching to method=asymp.";
    }
  }
  if (method === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = m * n / (m + n);
    pValue = kolmogorovSmirnovTwoSidedSf(d, roundHalfToEven(en));
  }
  pValue = pValue < 0 ? 0 : pValue > 1 ? 1 : pValue;
  return warning === void 0 ? { statistic: d, pValue, method } : { statistic: d, pValue, method, warning };
}
function ksStatisticSorted(a, b) {
  const [inner, outer] = a.length >= b.length ? [a, b] : [b, a];
  const nInner = inner.length;
  const nOuter = outer.length;
  let i = 0;
  let j = 0;
  let maxDiff = 0;
  let minDiff = 0;
  while (j < nOuter) {
    const v = outer[j];
    while (i < nInner && inner[i] < v) i++;
    const before = i / nInner - j / nOuter;
    if (before > maxDiff) maxDiff = before;
    else if (before < minDiff) minDiff = before;
    while (i < nInner && inner[i] === v) i++;
    j++;
    while (j < nOuter && outer[j] === v) j++;
    const after = i / nInner - j / nOuter;
    if (after > maxDiff) maxDiff = after;
    else if (after < minDiff) minDiff = after;
    if (i === nInner) break;
  }
  return -minDiff > maxDiff ? -minDiff : maxDiff;
}
function roundHalfToEven(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// src/stats/contingency-table.ts
function reduceContingencyTable(table2, caller) {
  if (table2.length === 0 || table2[0].length === 0) {
    throw new Error(
      `${caller}: the table must have at least one row and one column, got an empty table.`
    );
  }
  const columns = table2[0].length;
  const rowSums = new Array(table2.length).fill(0);
  const columnSums = new Array(columns).fill(0);
  for (let i = 0; i < table2.length; i++) {
    const row = table2[i];
    if (row.length !== columns) {
      throw new Error(
        `${caller}: row ${i} has ${row.length} counts, expected ${columns} as in row 0.`
      );
    }
    for (let j = 0; j < columns; j++) {
      const count = row[j];
      if (!(count >= 0) || count === Infinity) {
        throw new Error(
          `${caller}: count at row ${i}, column ${j} is ${count}, expected a finite number >= 0.`
        );
      }
      rowSums[i] += count;
      columnSums[j] += count;
    }
  }
  const rowIndices = rowSums.flatMap((sum, i) => sum > 0 ? [i] : []);
  const columnIndices = columnSums.flatMap((sum, j) => sum > 0 ? [j] : []);
  if (rowIndices.length === 0) {
    throw new Error(
      `${caller}: every count in the table is 0, expected at least one positive count.`
    );
  }
  const observed = rowIndices.map((i) => columnIndices.map((j) => table2[i][j]));
  const rowTotals = rowIndices.map((i) => rowSums[i]);
  const columnTotals = columnIndices.map((j) => columnSums[j]);
  let total = 0;
  for (const sum of rowTotals) total += sum;
  return { observed, rowIndices, columnIndices, rowTotals, columnTotals, total };
}
function pearsonChiSquare(reduced, yatesCorrection) {
  const { observed, rowTotals, columnTotals, total } = reduced;
  let statistic = 0;
  const expected = rowTotals.map(
    (rowTotal, i) => columnTotals.map((columnTotal, j) => {
      const e = rowTotal * columnTotal / total;
      let o = observed[i][j];
      if (yatesCorrection) {
        const difference = e - o;
        o += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
      }
      statistic += (o - e) * (o - e) / e;
      return e;
    })
  );
  return { statistic, expected };
}

// src/stats/chi-square-contingency.ts
function chiSquareContingency(table2) {
  const reduced = reduceContingencyTable(table2, "chiSquareContingency");
  const degreesOfFreedom = (reduced.rowTotals.length - 1) * (reduced.columnTotals.length - 1);
  const { statistic, expected: reducedExpected } = pearsonChiSquare(
    reduced,
    degreesOfFreedom === 1
  );
  const expected = table2.map((row) => new Array(row.length).fill(0));
  reduced.rowIndices.forEach((i, reducedRow) => {
    reduced.columnIndices.forEach((j, reducedColumn) => {
      expected[i][j] = reducedExpected[reducedRow][reducedColumn];
    });
  });
  if (degreesOfFreedom === 0) {
    return { statistic: 0, pValue: 1, degreesOfFreedom, expected };
  }
  return {
    statistic,
    pValue: chiSquareSurvival(statistic, degreesOfFreedom),
    degreesOfFreedom,
    expected
  };
}

// src/stats/cramers-v.ts
function cramersV(table2) {
  const reduced = reduceContingencyTable(table2, "cramersV");
  const smallerDimension = Math.min(reduced.rowTotals.length, reduced.columnTotals.length);
  if (smallerDimension < 2) return 0;
  const { statistic } = pearsonChiSquare(reduced, false);
  return Math.sqrt(statistic / reduced.total / (smallerDimension - 1));
}

// src/stats/total-variation-distance.ts
function totalVariationDistance(countsA, countsB) {
  if (countsA.length !== countsB.length) {
    throw new Error(
      `totalVariationDistance: countsA has ${countsA.length} categories and countsB has ${countsB.length}, expected the same categories in both.`
    );
  }
  const totalA = countTotal(countsA, "countsA");
  const totalB = countTotal(countsB, "countsB");
  let sum = 0;
  for (let i = 0; i < countsA.length; i++) {
    sum += Math.abs(countsA[i] / totalA - countsB[i] / totalB);
  }
  return 0.5 * sum;
}
function countTotal(counts, name) {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (!(count >= 0) || count === Infinity) {
      throw new Error(
        `totalVariationDistance: ${name}[${i}] is ${count}, expected a finite count >= 0.`
      );
    }
    total += count;
  }
  if (!(total > 0)) {
    throw new Error(
      `totalVariationDistance: ${name} sums to 0 over ${counts.length} categories, expected at least one positive count.`
    );
  }
  return total;
}

// src/stats/z-score-outlier-share.ts
function zScoreOutlierShare(referenceMean, referenceStd, recent, threshold = 3) {
  if (!Number.isFinite(referenceMean)) {
    throw new RangeError(
      `zScoreOutlierShare: referenceMean is ${referenceMean}, expected a finite number.`
    );
  }
  if (!(referenceStd >= 0) || referenceStd === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: referenceStd is ${referenceStd}, expected a finite number >= 0.`
    );
  }
  if (!(threshold >= 0) || threshold === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: threshold is ${threshold}, expected a finite number >= 0.`
    );
  }
  let count = 0;
  let observed = 0;
  for (let i = 0; i < recent.length; i++) {
    const x = recent[i];
    if (x !== x) continue;
    observed++;
    if (Math.abs(x - referenceMean) / referenceStd > threshold) count++;
  }
  return { count, share: observed === 0 ? 0 : count / observed, observed };
}

// src/stats/pool-rare-categories.ts
var MIN_EXPECTED_COUNT = 5;
function poolRareCategories(a, b, minExpected = MIN_EXPECTED_COUNT) {
  if (a.length !== b.length) {
    throw new Error(
      `poolRareCategories: the rows have ${a.length} and ${b.length} categories, expected the same categories in both.`
    );
  }
  let totalA = 0;
  let totalB = 0;
  for (let j = 0; j < a.length; j++) {
    totalA += a[j];
    totalB += b[j];
  }
  const total = totalA + totalB;
  const smallerRow = Math.min(totalA, totalB);
  const kept = [];
  const rare = [];
  for (let j = 0; j < a.length; j++) {
    const columnTotal = a[j] + b[j];
    if (columnTotal === 0) continue;
    if (columnTotal * smallerRow / total < minExpected) rare.push(j);
    else kept.push(j);
  }
  const members = kept.map((j) => [j]);
  if (rare.length > 0) {
    const rareTotal = rare.reduce((s, j) => s + a[j] + b[j], 0);
    if (rareTotal * smallerRow / total >= minExpected || members.length === 0) {
      members.push(rare);
    } else {
      let smallest = 0;
      for (let m = 1; m < members.length; m++) {
        const t = (x) => x.reduce((s, j) => s + a[j] + b[j], 0);
        if (t(members[m]) < t(members[smallest])) smallest = m;
      }
      members[smallest] = [...members[smallest], ...rare].sort((x, y) => x - y);
      members.push(...members.splice(smallest, 1));
    }
  }
  return {
    a: members.map((m) => m.reduce((s, j) => s + a[j], 0)),
    b: members.map((m) => m.reduce((s, j) => s + b[j], 0)),
    members,
    pooled: rare
  };
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI2 = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/profile/quantile-sketch.ts
var DEFAULT_RANK_ERROR = 1e-3;
function quantileSketchFromCounts(distinct, counts, maxRankError = DEFAULT_RANK_ERROR) {
  checkRankError(maxRankError);
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i];
  const step = Math.floor(2 * maxRankError * n) + 1;
  const keep = [];
  let below = 0;
  for (let i = 0; i < distinct.length; i++) {
    const atMost2 = below + counts[i];
    if (i === 0 || i === distinct.length - 1 || Math.floor(below / step) < Math.floor(atMost2 / step))
      keep.push(i);
    below = atMost2;
  }
  const k = keep.length;
  const values = new Float64Array(k);
  const atMost = new Float64Array(k);
  const lessThan = new Float64Array(k);
  let cumulative = 0;
  let next = 0;
  for (let i = 0; i < distinct.length && next < k; i++) {
    if (keep[next] === i) {
      values[next] = distinct[i];
      lessThan[next] = cumulative;
      atMost[next] = cumulative + counts[i];
      next++;
    }
    cumulative += counts[i];
  }
  return finish(values, atMost, atMost.slice(), lessThan, n);
}
function quantileSketchFromRanks(values, lessThan, atMost, count) {
  for (let i = 0; i < values.length; i++) {
    const ordered = i === 0 || values[i] > values[i - 1] && lessThan[i] >= atMost[i - 1];
    if (!ordered || !(atMost[i] > lessThan[i]) || atMost[i] > count) {
      throw new Error(
        `quantileSketchFromRanks: row ${i} (value ${values[i]}, below ${lessThan[i]}, at or below ${atMost[i]}) is not ascending or not within ${count} values.`
      );
    }
  }
  return finish(values, atMost, atMost.slice(), lessThan, count);
}
function quantileSketchFromSorted(sorted, maxRankError = DEFAULT_RANK_ERROR) {
  const { distinct, counts } = distinctCountsSorted(sorted);
  return quantileSketchFromCounts(distinct, counts, maxRankError);
}
function distinctCountsSorted(sorted, keepSignedZeros = false) {
  let k = 0;
  const differs = keepSignedZeros ? (x, y) => !Object.is(x, y) : (x, y) => x !== y;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || differs(sorted[i], sorted[i - 1])) k++;
  const distinct = new Float64Array(k);
  const counts = new Float64Array(k);
  let j = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || differs(sorted[i], sorted[i - 1])) distinct[++j] = sorted[i];
    counts[j]++;
  }
  return { distinct, counts };
}
function mergeQuantileSketches(a, b, maxRankError = DEFAULT_RANK_ERROR) {
  checkRankError(maxRankError);
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const k = mergedLength(a.values, b.values);
  const values = new Float64Array(k);
  const atMostLow = new Float64Array(k);
  const atMostHigh = new Float64Array(k);
  const lessThanHigh = new Float64Array(k);
  let i = 0;
  let j = 0;
  for (let out = 0; out < k; out++) {
    const va = i < a.values.length ? a.values[i] : Infinity;
    const vb = j < b.values.length ? b.values[j] : Infinity;
    const v = i < a.values.length && (j >= b.values.length || va <= vb) ? va : vb;
    const fromA = boundsAt(a, i, v);
    const fromB = boundsAt(b, j, v);
    values[out] = v;
    atMostLow[out] = fromA.atMostLow + fromB.atMostLow;
    atMostHigh[out] = fromA.atMostHigh + fromB.atMostHigh;
    lessThanHigh[out] = fromA.lessThanHigh + fromB.lessThanHigh;
    if (i < a.values.length && a.values[i] === v) i++;
    if (j < b.values.length && b.values[j] === v) j++;
  }
  const merged = finish(values, atMostLow, atMostHigh, lessThanHigh, a.count + b.count);
  return pruneQuantileSketch(merged, maxRankError);
}
function pruneQuantileSketch(sketch, maxRankError) {
  checkRankError(maxRankError);
  const k = sketch.values.length;
  if (k <= 2 || sketch.rankErrorBound >= maxRankError) return sketch;
  const limit = 2 * maxRankError * sketch.count;
  const keep = [0];
  for (let i = 1; i < k - 1; i++) {
    const previous = keep[keep.length - 1];
    if (sketch.lessThanHigh[i + 1] - sketch.atMostLow[previous] > limit) keep.push(i);
  }
  keep.push(k - 1);
  const pick = (array) => Float64Array.from(keep, (i) => array[i]);
  return finish(
    pick(sketch.values),
    pick(sketch.atMostLow),
    pick(sketch.atMostHigh),
    pick(sketch.lessThanHigh),
    sketch.count
  );
}
function countAtMostBounds(sketch, x) {
  const { values } = sketch;
  const k = values.length;
  if (k === 0 || x < values[0]) return { low: 0, high: 0 };
  if (x >= values[k - 1]) return { low: sketch.count, high: sketch.count };
  let lo = 0;
  let hi = k - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (values[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  if (values[lo] === x) return { low: sketch.atMostLow[lo], high: sketch.atMostHigh[lo] };
  return { low: sketch.atMostLow[lo], high: sketch.lessThanHigh[lo + 1] };
}
function estimatedCdf(sketch, x) {
  const { low, high } = countAtMostBounds(sketch, x);
  return (low + high) / 2 / sketch.count;
}
function estimatedQuantile(sketch, p) {
  const { values } = sketch;
  for (let i = 0; i < values.length; i++) {
    if ((sketch.atMostLow[i] + sketch.atMostHigh[i]) / 2 >= p * sketch.count) return values[i];
  }
  return values[values.length - 1];
}
function boundsAt(s, i, v) {
  const k = s.values.length;
  if (i < k && s.values[i] === v) {
    return {
      atMostLow: s.atMostLow[i],
      atMostHigh: s.atMostHigh[i],
      lessThanHigh: s.lessThanHigh[i]
    };
  }
  const low = i === 0 ? 0 : s.atMostLow[i - 1];
  const high = i >= k ? s.count : s.lessThanHigh[i];
  return { atMostLow: low, atMostHigh: high, lessThanHigh: high };
}
function mergedLength(a, b) {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || i < a.length && a[i] < b[j]) i++;
    else if (i >= a.length || b[j] < a[i]) j++;
    else {
      i++;
      j++;
    }
    k++;
  }
  return k;
}
function finish(values, atMostLow, atMostHigh, lessThanHigh, count) {
  let widest = 0;
  for (let i = 0; i < values.length; i++) {
    widest = Math.max(widest, atMostHigh[i] - atMostLow[i]);
    if (i + 1 < values.length) widest = Math.max(widest, lessThanHigh[i + 1] - atMostLow[i]);
  }
  const rankErrorBound = count > 0 ? widest / 2 / count : 0;
  return { values, atMostLow, atMostHigh, lessThanHigh, count, rankErrorBound };
}
function checkRankError(maxRankError) {
  if (!(maxRankError > 0 && maxRankError <= 0.5)) {
    throw new RangeError(
      `quantile sketch: rank error ${maxRankError} is out of range; expected a number in (0, 0.5], e.g. 0.001.`
    );
  }
}

// src/profile/ks-test-against-sketch.ts
function ksTestAgainstSketch(sketch, recentSorted) {
  const n1 = sketch.count;
  const n2 = recentSorted.length;
  if (n1 === 0 || n2 === 0) {
    throw new Error(
      `ksTestAgainstSketch: the ${n1 === 0 ? "reference sketch" : "recent sample"} is empty; expected at least one value.`
    );
  }
  const { values, atMostLow, atMostHigh, lessThanHigh } = sketch;
  const k = values.length;
  let j = 0;
  let d = 0;
  const consider = (refCount, recentCount) => {
    const diff = Math.abs(refCount / n1 - recentCount / n2);
    if (diff > d) d = diff;
  };
  for (let i = 0; i < k; i++) {
    const v = values[i];
    while (j < n2 && recentSorted[j] < v) j++;
    const below = i === 0 ? 0 : (atMostLow[i - 1] + lessThanHigh[i]) / 2;
    consider(below, j);
    while (j < n2 && recentSorted[j] === v) j++;
    consider((atMostLow[i] + atMostHigh[i]) / 2, j);
    if (i + 1 < k) consider((atMostLow[i] + lessThanHigh[i + 1]) / 2, j);
  }
  const exactEn = n1 * n2 / (n1 + n2);
  let en = Math.round(exactEn);
  if (en - exactEn === 0.5 && en % 2 !== 0) en -= 1;
  const pValue = kolmogorovSmirnovTwoSidedSf(d, en);
  return {
    statistic: d,
    pValue: Math.min(1, Math.max(0, pValue)),
    method: "asymp",
    rankErrorBound: sketch.rankErrorBound
  };
}

// src/detect/sketch-feature-test.ts
var HISTOGRAM_BINS = 12;
function compareNumericAgainstSketch(ref, rec, config) {
  const sketch = ref.sketch;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: "numeric",
    test: "ks",
    effectSizeName: "ks_d",
    referenceCount: sketch.count,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    approximate: { rankErrorBound: sketch.rankErrorBound }
  };
  if (sketch.count === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${sketch.count === 0 ? "reference" : "recent"} data`
    };
  }
  const ks = ksTestAgainstSketch(sketch, b);
  const { mean, standardDeviation: std } = ref;
  const z2 = config.outlierZScore;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    ...Number.isFinite(mean) && Number.isFinite(std) ? {
      outlierShare: zScoreOutlierShare(mean, std, b, z2).share,
      referenceOutlierShare: sketchOutlierShare(sketch, mean, std, z2)
    } : {},
    distribution: sketchDistribution(sketch, b)
  };
}
function sketchOutlierShare(sketch, mean, std, z2) {
  if (std === 0) return 0;
  const below = estimatedCdf(sketch, mean - z2 * std);
  const above = 1 - estimatedCdf(sketch, mean + z2 * std);
  return Math.min(1, Math.max(0, below + above));
}
function sketchDistribution(sketch, b) {
  const lo = estimatedQuantile(sketch, 0.01);
  const hi = estimatedQuantile(sketch, 0.99);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) {
    return { labels: [formatBinLabel(lo)], reference: [1], recent: [1] };
  }
  const width = (hi - lo) / HISTOGRAM_BINS;
  const labels = [];
  const reference = [];
  const recent = [];
  let prevA = 0;
  let prevB = 0;
  for (let bin = 0; bin < HISTOGRAM_BINS; bin++) {
    const last = bin === HISTOGRAM_BINS - 1;
    const upper = lo + (bin + 1) * width;
    const endA = last ? 1 : estimatedCdf(sketch, upper);
    const endB = last ? b.length : upperBound(b, upper);
    labels.push(formatBinLabel(lo + (bin + 0.5) * width));
    reference.push(endA - prevA);
    recent.push((endB - prevB) / b.length);
    prevA = endA;
    prevB = endB;
  }
  return { labels, reference, recent };
}
function upperBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function formatBinLabel(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}

// src/detect/feature-tests.ts
var HISTOGRAM_BINS2 = 12;
var MAX_CHART_CATEGORIES = 10;
var KS_TEST = {
  id: "ks",
  label: "Kolmogorov-Smirnov",
  symbol: "KS",
  appliesTo: "numeric",
  effectSize: { id: "ks_d", label: "KS statistic D", symbol: "KS D", range: [0, 1] },
  compare: compareNumeric
};
var CHI_SQUARE_TEST = {
  id: "chi2",
  label: "chi-square",
  symbol: "\u03C7\xB2",
  appliesTo: "categorical",
  effectSize: {
    id: "total_variation_distance",
    label: "total variation distance",
    symbol: "TVD",
    range: [0, 1]
  },
  compare: compareCategorical
};
var FEATURE_TESTS = [KS_TEST, CHI_SQUARE_TEST];
function featureTestFor(kind) {
  const found = FEATURE_TESTS.find((t) => t.appliesTo === kind);
  if (!found) throw new Error(`No feature test applies to ${kind} columns.`);
  return found;
}
function describeFeatureTest(id) {
  return FEATURE_TESTS.find((t) => t.id === id);
}
function effectSizeSymbol(effectSizeId) {
  return FEATURE_TESTS.find((t) => t.effectSize.id === effectSizeId)?.effectSize.symbol ?? effectSizeId;
}
function compareProfiles(reference, recent, config) {
  if (reference.kind !== recent.kind) {
    throw new Error(
      `Column '${reference.name}' is ${reference.kind} in the reference and ${recent.kind} in the recent data. Expected one kind on both sides.`
    );
  }
  const result = featureTestFor(reference.kind).compare(reference, recent, config);
  const setAside = detectColumnRole(reference, recent, {
    identifierColumns: config.identifierColumns,
    timeColumn: config.timeColumn,
    detectRoles: !config.noRoleDetection
  });
  return setAside ? { ...result, setAside } : result;
}
function compareNumeric(ref, rec, config) {
  if (ref.sketch) return compareNumericAgainstSketch({ ...ref, sketch: ref.sketch }, rec, config);
  const a = ref.sorted;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: "numeric",
    test: KS_TEST.id,
    effectSizeName: KS_TEST.effectSize.id,
    referenceCount: a.length,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    ...ref.invalid ? { referenceInvalid: ref.invalid } : {},
    ...rec.invalid ? { recentInvalid: rec.invalid } : {}
  };
  if (a.length === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${a.length === 0 ? "reference" : "recent"} data`
    };
  }
  const ks = ksTestSorted(a, b, { method: config.ksMethod });
  if (Number.isNaN(ks.pValue)) {
    return {
      ...common,
      statistic: ks.statistic,
      pValue: Number.NaN,
      method: ks.method,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: "the asymptotic KS p-value is undefined with one value per sample (use the exact method)"
    };
  }
  const mean = ref.mean;
  const std = ref.standardDeviation;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    // An infinite reference value leaves no finite mean to measure z-scores against.
    ...Number.isFinite(mean) && Number.isFinite(std) ? {
      outlierShare: zScoreOutlierShare(mean, std, b, config.outlierZScore).share,
      referenceOutlierShare: zScoreOutlierShare(mean, std, a, config.outlierZScore).share,
      ...commonOutlier(b, mean, std, config.outlierZScore)
    } : {},
    distribution: numericDistribution(a, b)
  };
}
function commonOutlier(sorted, mean, std, threshold) {
  let best;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (!(Math.abs(v - mean) / std > threshold)) {
      run = 0;
      continue;
    }
    run = i > 0 && sorted[i - 1] === v ? run + 1 : 1;
    if (run > 1 && (!best || run > best.count)) best = { value: v, count: run };
  }
  return best ? { recentOutlierValue: best } : {};
}
function upperBound2(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function numericDistribution(a, b) {
  const lo = quantileSorted(a, 0.01);
  const hi = quantileSorted(a, 0.99);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) {
    return { labels: [formatBinLabel2(lo)], reference: [1], recent: [1] };
  }
  const width = (hi - lo) / HISTOGRAM_BINS2;
  const labels = [];
  const reference = [];
  const recent = [];
  let prevA = 0;
  let prevB = 0;
  for (let bin = 0; bin < HISTOGRAM_BINS2; bin++) {
    const last = bin === HISTOGRAM_BINS2 - 1;
    const upper = lo + (bin + 1) * width;
    const endA = last ? a.length : upperBound2(a, upper);
    const endB = last ? b.length : upperBound2(b, upper);
    labels.push(formatBinLabel2(lo + (bin + 0.5) * width));
    reference.push((endA - prevA) / a.length);
    recent.push((endB - prevB) / b.length);
    prevA = endA;
    prevB = endB;
  }
  return { labels, reference, recent };
}
function compareCategorical(ref, rec) {
  const refCounts = new Map(ref.categories.map((label, i) => [label, ref.counts[i]]));
  const recCounts = new Map(rec.categories.map((label, i) => [label, rec.counts[i]]));
  const labels = [.../* @__PURE__ */ new Set([...refCounts.keys(), ...recCounts.keys()])];
  const a = labels.map((l) => refCounts.get(l) ?? 0);
  const b = labels.map((l) => recCounts.get(l) ?? 0);
  const referenceCount = a.reduce((s, x) => s + x, 0);
  const recentCount = b.reduce((s, x) => s + x, 0);
  const common = {
    name: ref.name,
    type: "categorical",
    test: CHI_SQUARE_TEST.id,
    effectSizeName: CHI_SQUARE_TEST.effectSize.id,
    referenceCount,
    recentCount,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    newCategories: labels.filter((l) => !refCounts.has(l)),
    vanishedCategories: labels.filter((l) => !recCounts.has(l))
  };
  if (referenceCount === 0 || recentCount === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${referenceCount === 0 ? "reference" : "recent"} data`
    };
  }
  const pooled = poolRareCategories(a, b);
  const chi = chiSquareContingency([pooled.a, pooled.b]);
  return {
    ...common,
    statistic: chi.statistic,
    pValue: chi.pValue,
    effectSize: totalVariationDistance(pooled.a, pooled.b),
    cramersV: pooled.a.length > 1 ? cramersV([pooled.a, pooled.b]) : 0,
    ...pooled.pooled.length > 0 ? { pooledCategories: pooled.pooled.length } : {},
    distribution: categoricalDistribution(labels, a, b, referenceCount, recentCount)
  };
}
function categoricalDistribution(labels, a, b, totalA, totalB) {
  const order = labels.map((_, i) => i).sort((i, j) => a[i] / totalA + b[i] / totalB - (a[j] / totalA + b[j] / totalB));
  order.reverse();
  const shown = order.slice(0, MAX_CHART_CATEGORIES);
  const rest = order.slice(MAX_CHART_CATEGORIES);
  const distribution = {
    labels: shown.map((i) => labels[i]),
    reference: shown.map((i) => a[i] / totalA),
    recent: shown.map((i) => b[i] / totalB)
  };
  if (rest.length > 0) {
    distribution.labels.push(`(${rest.length} other)`);
    distribution.reference.push(rest.reduce((s, i) => s + a[i], 0) / totalA);
    distribution.recent.push(rest.reduce((s, i) => s + b[i], 0) / totalB);
  }
  return distribution;
}
function formatBinLabel2(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}

// src/detect/prediction-drift.ts
var MAX_AUTO_CLASSES = 20;
function predictionValuesOfColumn(column, source) {
  if (column.kind === "numeric") return { values: column.values, source };
  const values = new Float64Array(column.codes.length);
  for (let i = 0; i < values.length; i++)
    values[i] = column.codes[i] < 0 ? Number.NaN : column.codes[i];
  return { values, labels: column.categories, source };
}
function comparePredictions(sides, task, config) {
  if (!sides) {
    return { available: false, note: "no predictions given" };
  }
  if (!sides.reference) {
    return {
      available: false,
      note: "no reference predictions: give reference-predictions, or a prediction column the reference data has too"
    };
  }
  const { recent, reference } = sides;
  const classes = recent.labels !== void 0 || reference.labels !== void 0 || task === "classification" || task === "auto" && looksLikeClasses(recent.values, reference.values);
  const result = classes ? CHI_SQUARE_TEST.compare(classProfile(reference), classProfile(recent), config) : KS_TEST.compare(numberProfile(reference), numberProfile(recent), config);
  if (result.skipped !== void 0) {
    return {
      available: false,
      note: `predictions not compared: ${result.skipped}`,
      referenceSource: reference.source
    };
  }
  const drifted = result.pValue < config.dataDriftThreshold && result.effectSize >= config.minEffectSize;
  return {
    available: true,
    test: result.test,
    statistic: result.statistic,
    pValue: result.pValue,
    effectSize: result.effectSize,
    effectSizeName: result.effectSizeName,
    drifted,
    referenceCount: result.referenceCount,
    recentCount: result.recentCount,
    referenceSource: reference.source,
    distribution: result.distribution
  };
}
function looksLikeClasses(a, b) {
  const distinct = /* @__PURE__ */ new Set();
  for (const values of [a, b]) {
    for (const v of values) {
      if (v !== v) continue;
      if (!Number.isInteger(v)) return false;
      distinct.add(v);
      if (distinct.size > MAX_AUTO_CLASSES) return false;
    }
  }
  return distinct.size > 0;
}
function numberProfile(side) {
  let missing = 0;
  for (const v of side.values) if (v !== v) missing++;
  return profileNumericColumn({
    kind: "numeric",
    name: "predictions",
    values: side.values,
    missing
  });
}
function classProfile(side) {
  const byLabel = /* @__PURE__ */ new Map();
  let missing = 0;
  for (const v of side.values) {
    if (v !== v) {
      missing++;
      continue;
    }
    const label = side.labels ? side.labels[v] : String(v);
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  }
  const counts = Float64Array.from(byLabel.values());
  return {
    kind: "categorical",
    name: "predictions",
    rowCount: side.values.length,
    missing,
    count: counts.reduce((s, c) => s + c, 0),
    categories: [...byLabel.keys()],
    counts
  };
}

// src/detect/examine-column-pair.ts
function examineColumnPair(reference, recent, config, workspace) {
  return compareProfiles(
    profileColumn(reference, workspace?.reference),
    profileColumn(recent, workspace?.recent),
    config
  );
}

// src/stats/paired-samples.ts
function assertPairedSamples(actual, predicted, caller, finite) {
  if (actual.length !== predicted.length || actual.length === 0) {
    throw new Error(
      `${caller}: actual has ${actual.length} values and predicted has ${predicted.length}, expected the same non-zero length.`
    );
  }
  if (!finite) return;
  for (const [name, values] of [
    ["actual", actual],
    ["predicted", predicted]
  ]) {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new Error(`${caller}: ${name}[${i}] is ${String(value)}, expected a finite number.`);
      }
    }
  }
}

// src/stats/r-squared.ts
function rSquared(actual, predicted) {
  assertPairedSamples(actual, predicted, "rSquared", true);
  const n = actual.length;
  if (n < 2) return NaN;
  const actualSum = new NeumaierSum();
  for (let i = 0; i < n; i++) actualSum.add(actual[i]);
  const actualMean = actualSum.value / n;
  const residual = new NeumaierSum();
  const total = new NeumaierSum();
  for (let i = 0; i < n; i++) {
    const error = actual[i] - predicted[i];
    const deviation = actual[i] - actualMean;
    residual.add(error * error);
    total.add(deviation * deviation);
  }
  const numerator = residual.value;
  const denominator = total.value;
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}

// src/stats/root-mean-squared-error.ts
function rootMeanSquaredError(actual, predicted) {
  assertPairedSamples(actual, predicted, "rootMeanSquaredError", true);
  const squares = new NeumaierSum();
  for (let i = 0; i < actual.length; i++) {
    const error = actual[i] - predicted[i];
    squares.add(error * error);
  }
  return Math.sqrt(squares.value / actual.length);
}

// src/stats/mean-absolute-error.ts
function meanAbsoluteError(actual, predicted) {
  assertPairedSamples(actual, predicted, "meanAbsoluteError", true);
  const sum = new NeumaierSum();
  for (let i = 0; i < actual.length; i++) sum.add(Math.abs(actual[i] - predicted[i]));
  return sum.value / actual.length;
}

// src/stats/accuracy.ts
function accuracy(actual, predicted) {
  assertPairedSamples(actual, predicted, "accuracy", false);
  let correct = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] === predicted[i]) correct++;
  return correct / actual.length;
}

// src/detect/score-model.ts
function resolveTask(outputs, baseline, config) {
  if (!outputs) return "none";
  if (config.task !== "auto") return config.task;
  if (outputs.labels) return "classification";
  const regressionBaseline = baseline.r2 !== void 0 || baseline.rmse !== void 0 || baseline.mae !== void 0;
  return baseline.accuracy !== void 0 && !regressionBaseline ? "classification" : "regression";
}
function scoreModel(outputs, baseline, config) {
  const task = resolveTask(outputs, baseline, config);
  if (!outputs || task === "none") return { task: "none", current: {}, baseline, count: 0 };
  assertNoInfinity(outputs.predictions, "predictions");
  assertNoInfinity(outputs.actuals, "actuals");
  const { predictions, actuals } = dropMissingPairs(outputs.predictions, outputs.actuals);
  if (predictions.length === 0) return { task, current: {}, baseline, count: 0 };
  const current = task === "classification" ? { accuracy: accuracy(actuals, predictions) } : {
    r2: rSquared(actuals, predictions),
    rmse: rootMeanSquaredError(actuals, predictions),
    mae: meanAbsoluteError(actuals, predictions)
  };
  return { task, current, baseline, count: predictions.length };
}
function assertNoInfinity(values, role) {
  for (let i = 0; i < values.length; i++) {
    if (values[i] === Infinity || values[i] === -Infinity) {
      throw new InputError(
        `Recent ${role}: row ${i + 1} is ${values[i]}; expected a finite number or a missing value.`
      );
    }
  }
}
function dropMissingPairs(predictions, actuals) {
  let keep = 0;
  for (let i = 0; i < predictions.length; i++) {
    if (predictions[i] === predictions[i] && actuals[i] === actuals[i]) keep++;
  }
  if (keep === predictions.length) return { predictions, actuals };
  const p = new Float64Array(keep);
  const a = new Float64Array(keep);
  let j = 0;
  for (let i = 0; i < predictions.length; i++) {
    if (predictions[i] === predictions[i] && actuals[i] === actuals[i]) {
      p[j] = predictions[i];
      a[j] = actuals[i];
      j++;
    }
  }
  return { predictions: p, actuals: a };
}

// src/detect/analyze-drift.ts
function analyzeDrift(input, partialConfig = {}, precomputed = /* @__PURE__ */ new Map()) {
  const config = resolveDetectionConfig(partialConfig);
  const { reference, recent } = input;
  checkDeclaredColumns(input, config);
  const { pairs, schemaChanges } = pairFeatures(input, config);
  const examined = pairs.map(
    ([ref, rec]) => precomputed.get(ref.name) ?? examineColumnPair(ref, rec, config)
  );
  const setAside = [];
  const raw = [];
  for (const { setAside: role, ...feature } of examined) {
    if (role) setAside.push(role);
    else raw.push(feature);
  }
  const tested = raw.filter((f) => f.skipped === void 0);
  const missingTests = new Map(
    raw.flatMap((f) => {
      const t = missingShareTest(f);
      return t ? [[f.name, t]] : [];
    })
  );
  const family = [
    ...tested.map((f) => f.pValue),
    ...[...missingTests.values()].map((t) => t.pValue)
  ];
  const adjusted = adjustPValues(family, config.correction);
  const adjustedByName = new Map(tested.map((f, i) => [f.name, adjusted[i]]));
  const adjustedMissing = new Map(
    [...missingTests.keys()].map((name, i) => [name, adjusted[tested.length + i]])
  );
  const features = raw.map((f) => {
    const adjustedPValue = adjustedByName.get(f.name) ?? Number.NaN;
    const drifted2 = f.skipped === void 0 && adjustedPValue < config.dataDriftThreshold && f.effectSize >= config.minEffectSize;
    const missing = missingTests.get(f.name);
    const missingShare = missing ? {
      ...missing,
      adjustedPValue: adjustedMissing.get(f.name),
      drifted: adjustedMissing.get(f.name) < config.dataDriftThreshold && Math.abs(missing.change) >= config.minMissingChange
    } : void 0;
    return { ...f, adjustedPValue, drifted: drifted2, ...missingShare ? { missingShare } : {} };
  }).sort((a, b) => b.effectSize - a.effectSize || a.name.localeCompare(b.name));
  const drifted = features.filter((f) => f.drifted);
  let outliers = 0;
  let outlierBase = 0;
  let referenceOutlierShareSum = 0;
  let numericTested = 0;
  for (const f of features) {
    if (f.outlierShare === void 0 || f.skipped !== void 0) continue;
    outliers += f.outlierShare * f.recentCount;
    outlierBase += f.recentCount;
    referenceOutlierShareSum += f.referenceOutlierShare ?? 0;
    numericTested += 1;
  }
  const outlierShare = outlierBase > 0 ? outliers / outlierBase : null;
  const referenceOutlierShare = numericTested > 0 ? referenceOutlierShareSum / numericTested : 0;
  const dataQuality = dataQualityFindings(
    {
      features,
      schemaChanges,
      recentColumns: new Map(recent.columns.map((c) => [c.name, c])),
      ...notNeededColumns(input, schemaChanges, config)
    },
    config
  );
  const metrics = scoreModel(input.modelOutputs, input.baseline ?? {}, config);
  const sides = predictionSides(input);
  const predictionDrift = comparePredictions(
    sides,
    metrics.task !== "none" ? metrics.task : config.task,
    config
  );
  const measurements = [
    dataDriftMeasurement(features, drifted, config),
    ...modelMeasurements(metrics, config, metrics.task === "none" && sides !== void 0),
    {
      name: "outliers",
      available: outlierShare !== null,
      value: outlierShare,
      threshold: config.outlierThreshold,
      detail: outlierShare === null ? "no numeric feature to check for outliers" : `${percent3(outlierShare)} of recent values are outliers (|z| > ${config.outlierZScore}; reference ${percent3(referenceOutlierShare)})`
    },
    dataQualityMeasurement(
      dataQuality,
      pairs.length + schemaChanges.removed.length + schemaChanges.typeChanged.length
    ),
    predictionDriftMeasurement(predictionDrift, config)
  ];
  const grade = gradeDrift(measurements, { recentRows: recent.rowCount, config });
  const base = {
    referenceRows: reference.rowCount,
    recentRows: recent.rowCount,
    featuresTested: tested.length,
    featuresDrifted: drifted.length,
    features,
    signals: grade.signals,
    metrics,
    schemaChanges,
    outlierShare,
    setAside,
    dataQuality,
    predictionDrift,
    config,
    score: grade.score
  };
  const decision = recent.rowCount < config.minSamplesForRetraining ? {
    status: "insufficient_data",
    triggered: false,
    severity: "NONE",
    driftType: "none",
    confidence: 0,
    reason: `Insufficient data: ${recent.rowCount} recent row${recent.rowCount === 1 ? "" : "s"}, at least ${config.minSamplesForRetraining} are needed before a retraining decision (reference has ${reference.rowCount}).`
  } : {
    status: "ok",
    triggered: grade.triggered,
    severity: grade.severity,
    driftType: grade.driftType,
    confidence: grade.confidence,
    reason: grade.reason
  };
  return { ...decision, ...base };
}
function missingShareTest(f) {
  if (f.referenceMissing + f.recentMissing === 0) return void 0;
  const refRows = f.referenceCount + f.referenceMissing + (f.referenceInvalid?.count ?? 0);
  const recRows = f.recentCount + f.recentMissing + (f.recentInvalid?.count ?? 0);
  if (refRows === 0 || recRows === 0) return void 0;
  const test = twoProportionZTest(f.referenceMissing, refRows, f.recentMissing, recRows);
  if (Number.isNaN(test.pValue)) return void 0;
  return {
    reference: f.referenceMissing / refRows,
    recent: f.recentMissing / recRows,
    change: -test.difference,
    statistic: test.statistic,
    pValue: test.pValue
  };
}
function checkDeclaredColumns(input, config) {
  const names = /* @__PURE__ */ new Set([
    ...input.reference.columns.map((c) => c.name),
    ...input.recent.columns.map((c) => c.name)
  ]);
  const declared = [
    ...config.identifierColumns.map((name) => ["identifier-columns", name]),
    ...config.timeColumn !== void 0 ? [["time-column", config.timeColumn]] : []
  ];
  for (const [option, name] of declared) {
    if (!names.has(name)) {
      throw new InputError(
        `The ${option} option names column '${name}', which is in neither ${input.reference.source} nor ${input.recent.source}. Expected one of: ${[...names].map((n) => `'${n}'`).join(", ")}.`
      );
    }
  }
}
function notNeededColumns(input, schemaChanges, config) {
  const options = {
    identifierColumns: config.identifierColumns,
    timeColumn: config.timeColumn,
    detectRoles: !config.noRoleDetection
  };
  const roleOf = (column) => {
    if (!column) return void 0;
    const profile = profileColumn(column);
    const role = detectColumnRole(profile, profile, options);
    if (role) return role.reason;
    if (profile.rowCount === 0 && options.detectRoles) {
      if (isIdentifierName(column.name)) return `identifier: name '${column.name}'`;
      if (isTimeName(column.name)) return `time: name '${column.name}'`;
    }
    return void 0;
  };
  const vanishedNotNeeded = /* @__PURE__ */ new Map();
  for (const name of schemaChanges.removed) {
    const why = roleOf(findColumn(input.reference, name));
    if (why) vanishedNotNeeded.set(name, why);
  }
  const typeChangedNotNeeded = /* @__PURE__ */ new Set();
  for (const { name } of schemaChanges.typeChanged) {
    if (roleOf(findColumn(input.reference, name))) typeChangedNotNeeded.add(name);
  }
  return { vanishedNotNeeded, typeChangedNotNeeded };
}
function predictionSides(input) {
  const column = input.predictionColumn;
  const recentColumn = column !== void 0 ? findColumn(input.recent, column) : void 0;
  const referenceColumn = column !== void 0 ? findColumn(input.reference, column) : void 0;
  const recentSide = input.predictions?.recent ?? (recentColumn ? predictionValuesOfColumn(recentColumn, `${input.recent.source} column '${column}'`) : input.modelOutputs ? {
    values: input.modelOutputs.predictions,
    ...input.modelOutputs.labels ? { labels: input.modelOutputs.labels } : {},
    source: "recent predictions"
  } : void 0);
  if (!recentSide) return void 0;
  const referenceSide = input.predictions?.reference ?? (referenceColumn && columnLength(referenceColumn) > 0 ? predictionValuesOfColumn(referenceColumn, `${input.reference.source} column '${column}'`) : void 0);
  return { recent: recentSide, ...referenceSide ? { reference: referenceSide } : {} };
}
function columnLength(column) {
  return column.kind === "numeric" ? column.values.length : column.codes.length;
}
function dataQualityMeasurement(findings, columns) {
  const graded = findings.filter((f) => f.grade !== "info");
  const strength = dataQualityStrength(findings);
  const columnsWithFindings = new Set(graded.map((f) => f.column)).size;
  const detail = columns === 0 ? "no column to check" : graded.length === 0 ? findings.length === 0 ? "no data-quality finding" : `no data-quality incident (${findings.length} note${findings.length === 1 ? "" : "s"})` : `${graded[0].detail}${graded.length > 1 ? ` (and ${graded.length - 1} more data-quality finding${graded.length > 2 ? "s" : ""})` : ""}`;
  return {
    name: "data_quality",
    available: columns > 0,
    value: columns > 0 ? columnsWithFindings / columns : null,
    threshold: 0,
    detail,
    strength
  };
}
function predictionDriftMeasurement(drift, config) {
  if (!drift.available) {
    return {
      name: "prediction_drift",
      available: false,
      value: null,
      threshold: config.minEffectSize,
      detail: `prediction drift not checked (${drift.note ?? "no predictions"})`,
      strength: "none"
    };
  }
  const symbol = effectSizeSymbol(drift.effectSizeName);
  const effect = drift.effectSize;
  return {
    name: "prediction_drift",
    available: true,
    value: effect,
    threshold: config.minEffectSize,
    detail: drift.drifted ? `the model's predictions drifted from its reference predictions (${symbol} = ${effect.toFixed(2)}, p = ${formatNumber(drift.pValue)})` : `predictions unchanged against the reference predictions (${symbol} = ${effect.toFixed(2)})`,
    strength: drift.drifted ? effectStrength(effect, config.minEffectSize) : "none"
  };
}
function pairFeatures(input, config) {
  const excluded = /* @__PURE__ */ new Set([
    ...config.excludeColumns,
    ...input.predictionColumn ? [input.predictionColumn] : [],
    ...input.targetColumn ? [input.targetColumn] : []
  ]);
  const schemaChanges = compareSchemas(input.reference, input.recent, excluded);
  const untested = new Set(schemaChanges.typeChanged.map((c) => c.name));
  const pairs = [];
  for (const column of input.reference.columns) {
    if (excluded.has(column.name) || untested.has(column.name)) continue;
    const other = findColumn(input.recent, column.name);
    if (other) pairs.push([column, other]);
  }
  return { pairs, schemaChanges };
}
function compareSchemas(reference, recent, excluded) {
  const recentByName = new Map(recent.columns.map((c) => [c.name, c]));
  const referenceNames = new Set(reference.columns.map((c) => c.name));
  const typeChanged = [];
  for (const column of reference.columns) {
    const other = recentByName.get(column.name);
    if (other && other.kind !== column.kind && !excluded.has(column.name)) {
      typeChanged.push({ name: column.name, reference: column.kind, recent: other.kind });
    }
  }
  return {
    added: recent.columns.filter((c) => !referenceNames.has(c.name) && !excluded.has(c.name)).map((c) => c.name),
    removed: reference.columns.filter((c) => !recentByName.has(c.name) && !excluded.has(c.name)).map((c) => c.name),
    typeChanged
  };
}
function dataDriftMeasurement(features, drifted, config) {
  const tested = features.filter((f) => f.skipped === void 0).length;
  const share = tested > 0 ? drifted.length / tested : 0;
  const top = drifted[0];
  const detail = tested === 0 ? "no feature could be tested" : drifted.length === 0 ? `0 of ${tested} features drifted` : `${drifted.length} of ${tested} feature${tested === 1 ? "" : "s"} drifted (largest: ${top.name}, ${effectSizeSymbol(top.effectSizeName)} = ${top.effectSize.toFixed(2)})`;
  return {
    name: "data_drift",
    available: tested > 0,
    value: tested > 0 ? share : null,
    threshold: config.dataDriftThreshold,
    detail,
    dataDrift: {
      drifted: drifted.length,
      share,
      maxEffect: top?.effectSize ?? 0,
      minEffect: config.minEffectSize
    }
  };
}
function relativeChange(value, baseline) {
  if (value === void 0 || baseline === void 0) return null;
  if (Number.isNaN(value) || Number.isNaN(baseline)) return null;
  if (baseline === 0) return value === 0 ? 0 : Math.sign(value) * Number.MAX_VALUE;
  return (value - baseline) / Math.abs(baseline);
}
function modelMeasurements(metrics, config, predictionsOnly = false) {
  const { current, baseline, task } = metrics;
  const why = task === "none" ? predictionsOnly ? "no actuals given" : "no predictions and actuals given" : metrics.count === 0 ? "no prediction with its actual value" : "no baseline metric to compare with";
  let errorName = "error";
  let errorIncrease = null;
  if (task === "classification" && current.accuracy !== void 0 && baseline.accuracy !== void 0) {
    errorName = "error rate";
    errorIncrease = relativeChange(1 - current.accuracy, 1 - baseline.accuracy);
  } else if (task === "regression" && current.mae !== void 0 && baseline.mae !== void 0) {
    errorName = "MAE";
    errorIncrease = relativeChange(current.mae, baseline.mae);
  } else if (task === "regression" && current.rmse !== void 0 && baseline.rmse !== void 0) {
    errorName = "RMSE";
    errorIncrease = relativeChange(current.rmse, baseline.rmse);
  }
  const qualityName = task === "classification" ? "accuracy" : "R\xB2";
  const qualityNow = task === "classification" ? current.accuracy : current.r2;
  const qualityBase = task === "classification" ? baseline.accuracy : baseline.r2;
  const change = relativeChange(qualityNow, qualityBase);
  const qualityDrop = change === null ? null : -change;
  const rmseIncrease = task === "regression" ? relativeChange(current.rmse, baseline.rmse) : null;
  return [
    {
      name: "concept_drift",
      available: errorIncrease !== null,
      value: errorIncrease,
      threshold: config.conceptDriftThreshold,
      detail: errorIncrease === null ? `error increase not checked (${why})` : `${errorName} ${errorIncrease >= 0 ? "rose" : "fell"} ${percent3(Math.abs(errorIncrease))} against baseline (threshold ${percent3(config.conceptDriftThreshold)})`
    },
    {
      name: "performance_drop",
      available: qualityDrop !== null,
      value: qualityDrop,
      threshold: config.performanceThreshold,
      detail: qualityDrop === null ? `${qualityName} drop not checked (${qualityNow !== void 0 && Number.isNaN(qualityNow) ? `${qualityName} is undefined for fewer than two predictions` : why})` : `${qualityName} ${qualityDrop >= 0 ? "dropped" : "rose"} ${percent3(Math.abs(qualityDrop))} from ${formatNumber(qualityBase)} to ${formatNumber(qualityNow)} (threshold ${percent3(config.performanceThreshold)})`
    },
    {
      name: "rmse_increase",
      available: rmseIncrease !== null,
      value: rmseIncrease,
      threshold: config.rmseThreshold,
      detail: rmseIncrease === null ? `RMSE increase not checked (${task === "classification" ? "classification model" : why})` : `RMSE ${rmseIncrease >= 0 ? "rose" : "fell"} ${percent3(Math.abs(rmseIncrease))} from ${formatNumber(baseline.rmse)} to ${formatNumber(current.rmse)} (threshold ${percent3(config.rmseThreshold)})`
    }
  ];
}
function percent3(share) {
  if (share >= 1e6) return "over 100000000%";
  const value = share * 100;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}%`;
}
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}

// src/data/parse-baseline-metrics.ts
var ALLOWED_KEYS = ["r2", "rmse", "mae", "accuracy"];
var RULES = {
  r2: { ok: (x) => x <= 1, expected: "a finite number at most 1" },
  rmse: { ok: (x) => x >= 0, expected: "a finite number >= 0" },
  mae: { ok: (x) => x >= 0, expected: "a finite number >= 0" },
  accuracy: { ok: (x) => x >= 0 && x <= 1, expected: "a number between 0 and 1" }
};
function checkBaselineMetrics(data, source = "baseline metrics") {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError(
      `${source}: ${show2(data)} is not a JSON object; expected a JSON object such as {"r2": 0.87, "rmse": 4.2}.`
    );
  }
  const metrics = {};
  for (const [key, value] of Object.entries(data)) {
    if (!ALLOWED_KEYS.includes(key)) {
      throw new InputError(
        `${source}: unknown metric "${key}"; expected only ${ALLOWED_KEYS.join(", ")}.`
      );
    }
    const name = key;
    const rule = RULES[name];
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new InputError(
        `${source}: "${name}" is out of range (not a finite number: it is beyond \xB11.8e308, the largest double); expected ${rule.expected}.`
      );
    }
    if (typeof value !== "number" || !rule.ok(value)) {
      throw new InputError(`${source}: "${name}" is ${show2(value)}; expected ${rule.expected}.`);
    }
    metrics[name] = value;
  }
  return metrics;
}
function show2(value) {
  if (typeof value === "number") return String(value);
  return JSON.stringify(value) ?? String(value);
}

// src/data/table-from-values.ts
var MISSING_TEXT = /* @__PURE__ */ new Set(["", "NA", "NaN", "null", "None"]);
function toTable(value, source) {
  if (isTable(value)) return value;
  if (Array.isArray(value)) return tableFromRecords(value, source);
  return tableFromColumns(value, source);
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Array.isArray(value.columns) && typeof value.rowCount === "number";
}
function tableFromRecords(records, source) {
  const names = [];
  const seen = /* @__PURE__ */ new Set();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        names.push(key);
      }
    }
  }
  const columns = names.map(
    (name) => columnFrom(name, records.length, (i) => records[i][name], source)
  );
  return { source, rowCount: records.length, columns };
}
function tableFromColumns(columns, source) {
  const entries = Object.entries(columns);
  const rowCount = entries.length > 0 ? entries[0][1].length : 0;
  for (const [name, values] of entries) {
    if (values.length !== rowCount) {
      throw new InputError(
        `${source}: column '${name}' has ${values.length} values, expected ${rowCount} like column '${entries[0][0]}'.`
      );
    }
  }
  return {
    source,
    rowCount,
    columns: entries.map(([name, values]) => columnFrom(name, rowCount, (i) => values[i], source))
  };
}
function isMissing(value) {
  return value === null || value === void 0 || typeof value === "number" && Number.isNaN(value) || typeof value === "string" && MISSING_TEXT.has(value.trim());
}
function asNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : void 0;
  }
  return void 0;
}
function columnFrom(name, rowCount, get, source) {
  let missing = 0;
  let numeric = true;
  for (let i = 0; i < rowCount; i++) {
    const v = get(i);
    if (isMissing(v)) missing++;
    else if (asNumber(v) === void 0) numeric = false;
  }
  if (numeric) {
    const values = new Float64Array(rowCount);
    for (let i = 0; i < rowCount; i++) {
      const v = get(i);
      values[i] = isMissing(v) ? Number.NaN : asNumber(v);
    }
    return { kind: "numeric", name, values, missing };
  }
  const codes = new Int32Array(rowCount);
  const categories = [];
  const index = /* @__PURE__ */ new Map();
  for (let i = 0; i < rowCount; i++) {
    const v = get(i);
    if (isMissing(v)) {
      codes[i] = -1;
      continue;
    }
    if (typeof v === "object") {
      throw new InputError(
        `${source}: row ${i + 1}, column '${name}' holds ${JSON.stringify(v)}; expected a number, a string or a missing value.`
      );
    }
    const label = String(v);
    let code = index.get(label);
    if (code === void 0) {
      code = categories.length;
      categories.push(label);
      index.set(label, code);
    }
    codes[i] = code;
  }
  return { kind: "categorical", name, codes, categories, missing };
}

// src/detect/analyze-drift-in-parallel.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var MIN_VALUES_FOR_THREADS = 2e5;
async function analyzeDriftInParallel(input, partialConfig = {}, options = {}) {
  const config = resolveDetectionConfig(partialConfig);
  const { pairs } = pairFeatures(input, config);
  const numeric = pairs.filter(
    (pair) => pair[0].kind === "numeric" && pair[1].kind === "numeric"
  );
  const values = numeric.reduce((sum, [a, b]) => sum + a.values.length + b.values.length, 0);
  const threads = Math.min(options.threads ?? Math.min(availableParallelism(), 4), numeric.length);
  if (threads < 2 || values < MIN_VALUES_FOR_THREADS) return analyzeDrift(input, config);
  const results = await runInWorkers(numeric, config, threads);
  return analyzeDrift(input, config, results);
}
function forWorker(column) {
  if (column.values.buffer instanceof SharedArrayBuffer) return { column, transfer: [] };
  const values = column.values.slice();
  return { column: { ...column, values }, transfer: [values.buffer] };
}
function workerUrl() {
  return new URL(
    import.meta.url.endsWith(".ts") ? "./feature-worker.ts" : "./feature-worker.js",
    import.meta.url
  );
}
async function runInWorkers(pairs, config, threads) {
  const results = /* @__PURE__ */ new Map();
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl()));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          const send = () => {
            if (next >= pairs.length) return resolve();
            const index = next++;
            const reference = forWorker(pairs[index][0]);
            const recent = forWorker(pairs[index][1]);
            const job = {
              index,
              reference: reference.column,
              recent: recent.column,
              config
            };
            worker.postMessage(job, [...reference.transfer, ...recent.transfer]);
          };
          worker.on(
            "message",
            (message) => {
              if (message.error !== void 0) {
                reject(
                  new Error(
                    `Testing feature '${pairs[message.index][0].name}' failed: ${message.error}`
                  )
                );
                return;
              }
              results.set(pairs[message.index][0].name, message.result);
              send();
            }
          );
          worker.on("error", reject);
          send();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

// src/stats/chan-combined-moments.ts
function chanCombinedMoments(a, b) {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  const mean = a.mean + delta * b.count / count;
  const m2 = a.count * a.standardDeviation ** 2 + b.count * b.standardDeviation ** 2 + delta * delta * a.count / count * b.count;
  return { count, mean, standardDeviation: Math.sqrt(m2 / count) };
}

// src/profile/merge-column-profiles.ts
var MAX_INVALID_EXAMPLES = 5;
function mergeColumnProfiles(first, second) {
  if (first.name !== second.name || first.kind !== second.kind) {
    throw new Error(
      `Cannot merge the profile of ${first.kind} column '${first.name}' with that of ${second.kind} column '${second.name}'. Expected two parts of the same column.`
    );
  }
  return first.kind === "numeric" ? mergeNumeric(first, second) : mergeCategorical(first, second);
}
function mergeNumeric(a, b) {
  if (a.sketch || b.sketch) return mergeSketched(a, b);
  const sorted = mergeSorted(a.sorted, b.sorted);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  }
  const invalidCount = (a.invalid?.count ?? 0) + (b.invalid?.count ?? 0);
  const examples = [.../* @__PURE__ */ new Set([...a.invalid?.examples ?? [], ...b.invalid?.examples ?? []])];
  return {
    kind: "numeric",
    name: a.name,
    rowCount: a.rowCount + b.rowCount,
    missing: a.missing + b.missing,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct,
    integerValued: a.integerValued && b.integerValued,
    order: mergedOrder(a, b),
    ...invalidCount > 0 ? { invalid: { count: invalidCount, examples: examples.slice(0, MAX_INVALID_EXAMPLES) } } : {}
  };
}
function mergeSketched(a, b) {
  const asSketch = (p) => p.sketch ?? quantileSketchFromSorted(p.sorted, 0.5 / (p.count + 1));
  const bound = Math.max(a.sketch?.rankErrorBound ?? 0, b.sketch?.rankErrorBound ?? 0);
  const sketch = mergeQuantileSketches(asSketch(a), asSketch(b), Math.max(bound, Number.MIN_VALUE));
  const moments = chanCombinedMoments(a, b);
  const invalidCount = (a.invalid?.count ?? 0) + (b.invalid?.count ?? 0);
  const examples = [.../* @__PURE__ */ new Set([...a.invalid?.examples ?? [], ...b.invalid?.examples ?? []])];
  return {
    kind: "numeric",
    name: a.name,
    rowCount: a.rowCount + b.rowCount,
    missing: a.missing + b.missing,
    count: a.count + b.count,
    sorted: new Float64Array(0),
    sketch,
    mean: moments.mean,
    standardDeviation: moments.standardDeviation,
    distinct: a.distinct + b.distinct,
    integerValued: a.integerValued && b.integerValued,
    order: "none",
    ...invalidCount > 0 ? { invalid: { count: invalidCount, examples: examples.slice(0, MAX_INVALID_EXAMPLES) } } : {}
  };
}
function mergedOrder(a, b) {
  if (a.count === 0) return b.order;
  if (b.count === 0) return a.order;
  const constant = (p) => p.sorted[0] === p.sorted[p.count - 1];
  const rising = (p) => p.order === "increasing";
  const falling = (p) => p.order === "decreasing" || constant(p);
  if (rising(a) && rising(b) && a.sorted[a.count - 1] <= b.sorted[0]) return "increasing";
  if (falling(a) && falling(b) && a.sorted[0] >= b.sorted[b.count - 1]) return "decreasing";
  return "none";
}
function mergeSorted(a, b) {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    const takeB = y < x || y === 0 && x === 0 && Object.is(y, -0) && !Object.is(x, -0);
    out[k++] = takeB ? b[j++] : a[i++];
  }
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
function mergeCategorical(a, b) {
  const byLabel = /* @__PURE__ */ new Map();
  a.categories.forEach((label, i) => byLabel.set(label, a.counts[i]));
  b.categories.forEach((label, i) => byLabel.set(label, (byLabel.get(label) ?? 0) + b.counts[i]));
  return {
    kind: "categorical",
    name: a.name,
    rowCount: a.rowCount + b.rowCount,
    missing: a.missing + b.missing,
    count: a.count + b.count,
    categories: [...byLabel.keys()],
    counts: Float64Array.from(byLabel.values())
  };
}

// src/profile/saved-profile.ts
function profileTable(table2, options) {
  const mode = options.mode ?? "exact";
  const maxRankError = options.maxRankError ?? DEFAULT_RANK_ERROR;
  return {
    mode,
    ...mode === "compact" ? { maxRankError } : {},
    toolVersion: options.toolVersion,
    source: {
      name: table2.source,
      contentHash: options.contentHash ?? null,
      rowCount: table2.rowCount
    },
    columns: table2.columns.map((column) => {
      const profile = profileColumn(column);
      return mode === "compact" && profile.kind === "numeric" ? compactNumericProfile(profile, maxRankError) : profile;
    })
  };
}
function exactDistinctLimit(maxRankError) {
  return Math.ceil(1 / maxRankError);
}
function compactNumericProfile(profile, maxRankError) {
  if (profile.sketch || profile.distinct <= exactDistinctLimit(maxRankError)) return profile;
  const { distinct, counts } = distinctCountsSorted(profile.sorted);
  return {
    ...profile,
    sorted: new Float64Array(0),
    sketch: quantileSketchFromCounts(distinct, counts, maxRankError)
  };
}

// src/detect/analyze-drift-against-profile.ts
function analyzeDriftAgainstProfile(input, partialConfig = {}) {
  const config = resolveDetectionConfig(partialConfig);
  const profiles = new Map(input.reference.columns.map((p) => [p.name, p]));
  const tableInput = { ...input, reference: schemaTable(input.reference) };
  const precomputed = /* @__PURE__ */ new Map();
  for (const [ref, rec] of pairFeatures(tableInput, config).pairs) {
    const reference = profiles.get(ref.name);
    if (reference)
      precomputed.set(ref.name, compareProfiles(reference, profileColumn(rec), config));
  }
  const referencePredictions = predictionsFromProfile(input);
  const recent = input.predictions?.recent ?? recentPredictions(input);
  return analyzeDrift(
    referencePredictions && recent ? { ...tableInput, predictions: { recent, reference: referencePredictions } } : tableInput,
    config,
    precomputed
  );
}
function predictionsFromProfile(input) {
  const name = input.predictionColumn;
  if (name === void 0 || input.predictions?.reference) return void 0;
  const profile = input.reference.columns.find((p) => p.name === name);
  const source = `${input.reference.source.name} column '${name}' (saved profile)`;
  if (!profile || profile.kind === "numeric" && (profile.sketch || profile.count === 0)) {
    return void 0;
  }
  if (profile.kind === "numeric") return { values: profile.sorted, source };
  const values = new Float64Array(profile.count);
  let at = 0;
  profile.counts.forEach((count, code) => {
    values.fill(code, at, at + count);
    at += count;
  });
  return { values, labels: profile.categories, source };
}
function recentPredictions(input) {
  const name = input.predictionColumn;
  const column = name !== void 0 ? findColumn(input.recent, name) : void 0;
  if (column) return predictionValuesOfColumn(column, `${input.recent.source} column '${name}'`);
  if (!input.modelOutputs) return void 0;
  return {
    values: input.modelOutputs.predictions,
    ...input.modelOutputs.labels ? { labels: input.modelOutputs.labels } : {},
    source: "recent predictions"
  };
}
function schemaTable(profile) {
  const columns = profile.columns.map(
    (p) => p.kind === "numeric" ? {
      kind: "numeric",
      name: p.name,
      values: new Float64Array(0),
      missing: p.missing
    } : {
      kind: "categorical",
      name: p.name,
      codes: new Int32Array(0),
      categories: [],
      missing: p.missing
    }
  );
  return { source: profile.source.name, rowCount: profile.source.rowCount, columns };
}

// src/engines/profile-codec.ts
import { gunzipSync, gzipSync } from "node:zlib";
var PROFILE_FORMAT_VERSION = 1;
var MAGIC = "drift-sentinel profile\n";
var MAGIC_BYTES = Buffer.from(MAGIC, "latin1");
var LITTLE_ENDIAN2 = new Uint8Array(Float64Array.of(1).buffer)[7] === 63;
function encodeProfile(profile) {
  checkEndianness("writing");
  const chunks = [];
  let offset = 0;
  const ref = (array) => {
    chunks.push(array);
    const r = { offset, length: array.length };
    offset += array.byteLength;
    return r;
  };
  const columns = profile.columns.map((column) => {
    if (column.kind === "categorical") return { ...column, counts: [...column.counts] };
    const { sorted, sketch, mean, standardDeviation, ...rest } = column;
    const runs = distinctCountsSorted(sorted, true);
    return {
      ...rest,
      // JSON has no NaN: a column without values says null.
      mean: Number.isNaN(mean) ? null : mean,
      standardDeviation: Number.isNaN(standardDeviation) ? null : standardDeviation,
      values: { distinct: ref(runs.distinct), counts: ref(runs.counts) },
      ...sketch ? {
        sketch: {
          count: sketch.count,
          rankErrorBound: sketch.rankErrorBound,
          values: ref(sketch.values),
          atMostLow: ref(sketch.atMostLow),
          atMostHigh: ref(sketch.atMostHigh),
          lessThanHigh: ref(sketch.lessThanHigh)
        }
      } : {}
    };
  });
  const header = Buffer.from(
    JSON.stringify({
      format: "drift-sentinel-profile",
      formatVersion: PROFILE_FORMAT_VERSION,
      ...profile,
      columns
    }),
    "utf8"
  );
  const headerEnd = MAGIC_BYTES.length + 4 + header.length;
  const padding = (8 - headerEnd % 8) % 8;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const parts = [MAGIC_BYTES, length, header, Buffer.alloc(padding)];
  for (const chunk of chunks) {
    parts.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return gzipSync(Buffer.concat(parts));
}
function decodeProfile(bytes, path) {
  checkEndianness("reading");
  let raw;
  try {
    raw = gunzipSync(bytes);
  } catch (error) {
    throw new InputError(
      `${path}: not a drift-sentinel profile (gzip: ${error.message}); expected a file written by 'drift-sentinel profile'.`
    );
  }
  if (!raw.subarray(0, MAGIC_BYTES.length).equals(MAGIC_BYTES)) {
    throw new InputError(
      `${path}: not a drift-sentinel profile (starts with ${JSON.stringify(raw.subarray(0, 16).toString("latin1"))}); expected a file written by 'drift-sentinel profile'.`
    );
  }
  const headerLength = raw.readUInt32LE(MAGIC_BYTES.length);
  const headerStart = MAGIC_BYTES.length + 4;
  let header;
  try {
    header = JSON.parse(raw.subarray(headerStart, headerStart + headerLength).toString("utf8"));
  } catch (error) {
    throw new InputError(`${path}: damaged profile header (${error.message}).`);
  }
  const version = header.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new InputError(
      `${path}: profile has formatVersion ${JSON.stringify(version)}; expected an integer from 1 to ${PROFILE_FORMAT_VERSION}.`
    );
  }
  if (version > PROFILE_FORMAT_VERSION) {
    throw new InputError(
      `${path}: profile format version ${version} was written by a newer drift-sentinel (${String(header.toolVersion)}); this one reads up to version ${PROFILE_FORMAT_VERSION}. Upgrade drift-sentinel, or write the profile again with this version.`
    );
  }
  const headerEnd = headerStart + headerLength;
  const binaryStart = headerEnd + (8 - headerEnd % 8) % 8;
  const array = (r, what) => {
    const start = binaryStart + r.offset;
    const end = start + r.length * 8;
    if (!(r.offset >= 0 && r.length >= 0 && end <= raw.length)) {
      throw new InputError(
        `${path}: damaged profile: ${what} points past the end of the file (${end} > ${raw.length} bytes).`
      );
    }
    const out = new Float64Array(r.length);
    new Uint8Array(out.buffer).set(raw.subarray(start, end));
    return out;
  };
  const columns = header.columns.map((c) => {
    if (c.kind === "categorical") {
      return {
        ...c,
        counts: Float64Array.from(c.counts)
      };
    }
    const { values, sketch, mean, standardDeviation, ...rest } = c;
    const where = `column '${rest.name}'`;
    const distinct = array(values.distinct, `${where} values`);
    const counts = array(values.counts, `${where} counts`);
    const sorted = new Float64Array(counts.reduce((sum, x) => sum + x, 0));
    let at = 0;
    for (let i = 0; i < distinct.length; i++) {
      sorted.fill(distinct[i], at, at + counts[i]);
      at += counts[i];
    }
    return {
      ...rest,
      mean: mean ?? Number.NaN,
      standardDeviation: standardDeviation ?? Number.NaN,
      sorted,
      ...sketch ? {
        sketch: {
          count: sketch.count,
          rankErrorBound: sketch.rankErrorBound,
          values: array(sketch.values, `${where} sketch`),
          atMostLow: array(sketch.atMostLow, `${where} sketch`),
          atMostHigh: array(sketch.atMostHigh, `${where} sketch`),
          lessThanHigh: array(sketch.lessThanHigh, `${where} sketch`)
        }
      } : {}
    };
  });
  const { format: _format, formatVersion: _version, ...profile } = header;
  return { ...profile, columns };
}
function checkEndianness(what) {
  if (!LITTLE_ENDIAN2) {
    throw new Error(`${what} profiles needs a little-endian machine; this one is big-endian.`);
  }
}

// src/engines/sql-dialects.ts
var DOUBLE_QUOTED = (name) => `"${name.replaceAll('"', '""')}"`;
var BACKTICKED = (name) => `\`${name.replaceAll("\\", "\\\\").replaceAll("`", "\\`")}\``;
var RULES2 = {
  duckdb: {
    quote: DOUBLE_QUOTED,
    double: "DOUBLE",
    text: "VARCHAR",
    isNaN: (e) => `isnan(${e})`
  },
  postgres: {
    quote: DOUBLE_QUOTED,
    double: "DOUBLE PRECISION",
    text: "TEXT",
    isNaN: (e) => `${e} = 'NaN'::DOUBLE PRECISION`
  },
  bigquery: {
    quote: BACKTICKED,
    double: "FLOAT64",
    text: "STRING",
    isNaN: (e) => `IS_NAN(${e})`
  },
  snowflake: {
    quote: DOUBLE_QUOTED,
    double: "DOUBLE",
    text: "VARCHAR",
    isNaN: (e) => `${e} = 'NaN'::DOUBLE`
  },
  databricks: {
    quote: BACKTICKED,
    double: "DOUBLE",
    text: "STRING",
    isNaN: (e) => `isnan(${e})`
  }
};
var TABLE_NAME = /^[A-Za-z_][\w$-]*(\.[A-Za-z_][\w$-]*)*$/;
function fromClause(dialect, source) {
  if (source.kind === "relation") {
    if (dialect !== "duckdb") {
      throw new Error(`fromClause: a file relation is DuckDB only; got dialect ${dialect}.`);
    }
    return `${source.relation} AS src`;
  }
  if (source.kind === "query") return `(${source.query.trim().replace(/;\s*$/, "")}) AS src`;
  if (!TABLE_NAME.test(source.table)) {
    throw new Error(
      `table '${source.table}' is not a plain table name; expected dotted names of letters, digits, '_', '-' or '$' (use a query for anything else).`
    );
  }
  return source.table.split(".").map((part) => RULES2[dialect].quote(part)).join(".").concat(" AS src");
}
function numericValue(rules, column) {
  const cast = `CAST(${rules.quote(column)} AS ${rules.double})`;
  return `CASE WHEN ${rules.isNaN(cast)} THEN NULL ELSE ${cast} END`;
}
function countsSql(dialect, source, columns) {
  const rules = RULES2[dialect];
  const counts = columns.map(
    (column, i) => `COUNT(${column.kind === "numeric" ? numericValue(rules, column.name) : rules.quote(column.name)}) AS c${i}`
  );
  return `SELECT COUNT(*) AS row_count${counts.map((c) => `, ${c}`).join("")} FROM ${fromClause(dialect, source)}`;
}
function distinctValuesSql(dialect, source, column) {
  const rules = RULES2[dialect];
  return [
    `WITH base AS (SELECT ${numericValue(rules, column)} AS v FROM ${fromClause(dialect, source)})`,
    "SELECT v, COUNT(*) AS c FROM base WHERE v IS NOT NULL GROUP BY v ORDER BY v"
  ].join("\n");
}
function sketchSql(dialect, source, column, step, exactDistinctLimit2) {
  if (!(Number.isInteger(step) && step >= 1)) {
    throw new Error(`sketchSql: step ${step} is not a positive integer.`);
  }
  const rules = RULES2[dialect];
  const d = rules.double;
  return [
    `WITH base AS (SELECT ${numericValue(rules, column)} AS v FROM ${fromClause(dialect, source)}),`,
    "distinct_values AS (SELECT v, COUNT(*) AS c FROM base WHERE v IS NOT NULL GROUP BY v),",
    "ranked AS (SELECT v, c,",
    "  SUM(c) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS le,",
    "  SUM(c) OVER () AS n, COUNT(*) OVER () AS nd FROM distinct_values)",
    "SELECT v, le - c AS lt, le, nd FROM ranked",
    `WHERE nd <= ${exactDistinctLimit2} OR le = c OR le = n OR FLOOR(CAST(le - c AS ${d}) / ${step}) < FLOOR(CAST(le AS ${d}) / ${step})`,
    "ORDER BY v"
  ].join("\n");
}
function momentsSql(dialect, source, column) {
  const rules = RULES2[dialect];
  return [
    `WITH base AS (SELECT ${numericValue(rules, column)} AS v FROM ${fromClause(dialect, source)}),`,
    "m AS (SELECT AVG(v) AS mean FROM base)",
    "SELECT m.mean AS mean, SQRT(AVG((v - m.mean) * (v - m.mean))) AS std,",
    "  MIN(CASE WHEN v = FLOOR(v) AND v < 1e308 AND v > -1e308 THEN 1 ELSE 0 END) AS integer_valued",
    "FROM base CROSS JOIN m WHERE v IS NOT NULL GROUP BY m.mean"
  ].join("\n");
}
function categoryCountsSql(dialect, source, column) {
  const rules = RULES2[dialect];
  return [
    `WITH base AS (SELECT CAST(${rules.quote(column)} AS ${rules.text}) AS v FROM ${fromClause(dialect, source)})`,
    "SELECT v, COUNT(*) AS c FROM base WHERE v IS NOT NULL GROUP BY v ORDER BY c DESC, v"
  ].join("\n");
}

// src/engines/sql-engine.ts
function toNumber(value) {
  if (value === null || value === void 0) return Number.NaN;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number(String(value));
}

// src/engines/profile-with-engine.ts
async function profileWithEngine(engine, source, options) {
  const mode = options.mode ?? "exact";
  const maxRankError = options.maxRankError ?? DEFAULT_RANK_ERROR;
  const excluded = new Set(options.excludeColumns ?? []);
  const columns = (await engine.describe(source)).filter((c) => !excluded.has(c.name));
  const [countsRow] = await engine.query(countsSql(engine.dialect, source, columns));
  const rowCount = toNumber(countsRow[0]);
  const profiles = [];
  for (const [i, column] of columns.entries()) {
    const count = toNumber(countsRow[i + 1]);
    const base = { name: column.name, rowCount, missing: rowCount - count };
    if (column.kind === "categorical") {
      const rows2 = await engine.query(categoryCountsSql(engine.dialect, source, column.name));
      profiles.push({
        kind: "categorical",
        ...base,
        count,
        categories: rows2.map((row) => String(row[0])),
        counts: Float64Array.from(rows2, (row) => toNumber(row[1]))
      });
      continue;
    }
    if (mode === "exact" || count === 0) {
      const rows2 = await engine.query(distinctValuesSql(engine.dialect, source, column.name));
      const values2 = Float64Array.from(rows2, (row) => toNumber(row[0]));
      const counts = Float64Array.from(rows2, (row) => toNumber(row[1]));
      profiles.push(exactNumericProfile(base, values2, counts));
      continue;
    }
    const step = Math.floor(2 * maxRankError * count) + 1;
    const limit = exactDistinctLimit(maxRankError);
    const rows = await engine.query(sketchSql(engine.dialect, source, column.name, step, limit));
    const values = Float64Array.from(rows, (row) => toNumber(row[0]));
    const lessThan = Float64Array.from(rows, (row) => toNumber(row[1]));
    const atMost = Float64Array.from(rows, (row) => toNumber(row[2]));
    const distinct = toNumber(rows[0][3]);
    if (distinct <= limit) {
      const counts = atMost.map((le, j) => le - lessThan[j]);
      profiles.push(exactNumericProfile(base, values, counts));
      continue;
    }
    const [moments] = await engine.query(momentsSql(engine.dialect, source, column.name));
    profiles.push({
      kind: "numeric",
      ...base,
      count,
      sorted: new Float64Array(0),
      sketch: quantileSketchFromRanks(values, lessThan, atMost, count),
      mean: toNumber(moments[0]),
      standardDeviation: toNumber(moments[1]),
      distinct,
      integerValued: toNumber(moments[2]) === 1,
      order: "none"
    });
  }
  return {
    mode,
    ...mode === "compact" ? { maxRankError } : {},
    toolVersion: options.toolVersion,
    source: { name: options.label, contentHash: null, rowCount },
    columns: profiles
  };
}
function exactNumericProfile(base, values, counts) {
  let count = 0;
  for (const c of counts) count += c;
  const sorted = new Float64Array(count);
  let at = 0;
  for (let j = 0; j < values.length; j++) {
    sorted.fill(values[j], at, at + counts[j]);
    at += counts[j];
  }
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  return {
    kind: "numeric",
    ...base,
    count,
    sorted,
    mean,
    standardDeviation,
    distinct: values.length,
    integerValued: values.every((v) => Number.isInteger(v)),
    order: "none"
  };
}

// src/engines/duckdb.ts
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
var PACKAGE = "@duckdb/node-api";
async function loadDuckDb(cwd = process.cwd()) {
  try {
    return await import(PACKAGE);
  } catch (error) {
    if (error.code !== "ERR_MODULE_NOT_FOUND") throw error;
  }
  try {
    const resolved = createRequire(join(cwd, "package.json")).resolve(PACKAGE);
    return await import(pathToFileURL(resolved).href);
  } catch {
    throw new InputError(
      `The duckdb engine needs the optional package ${PACKAGE}, which is not installed (looked in drift-sentinel's node_modules and in ${cwd}). Install it with 'npm install ${PACKAGE}' (in a workflow: a step before drift-sentinel), or use another engine.`
    );
  }
}
var NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;
var NESTED_TYPE = /(\[\]|^STRUCT|^MAP|^UNION|^LIST|\[\d+\]$)/;
async function openDuckDb(options = {}) {
  const duckdb = await loadDuckDb();
  const config = { preserve_insertion_order: "false" };
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  if (options.threads) config.threads = String(options.threads);
  if (options.tempDirectory) config.temp_directory = options.tempDirectory;
  const instance = await duckdb.DuckDBInstance.create(":memory:", config);
  const connection = await instance.connect();
  const query = async (sql) => {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRows();
  };
  return {
    dialect: "duckdb",
    query,
    async describe(source) {
      const rows = await query(`DESCRIBE SELECT * FROM ${fromClause("duckdb", source)}`);
      return rows.map(([name, type]) => {
        const typeName = String(type);
        if (NESTED_TYPE.test(typeName)) {
          throw new InputError(
            `${describeSource(source)}: column '${String(name)}' has the nested type ${typeName}; expected numbers, text, booleans or dates (select a scalar field of it in a query).`
          );
        }
        return {
          name: String(name),
          kind: NUMERIC_TYPE.test(typeName) ? "numeric" : "categorical"
        };
      });
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
var CSV_MISSING = ["", "NA", "NaN", "nan", "null", "NULL", "None"];
function duckDbFileSource(path) {
  const isDirectory = existsSync(path) && statSync(path).isDirectory();
  const pattern = isDirectory ? join(path, "**", "*.parquet") : path;
  const literal = `'${pattern.replaceAll("'", "''")}'`;
  const csv = /\.(csv|tsv|txt)(\.gz)?$/i.test(pattern);
  const relation = csv ? `read_csv(${literal}, header = true, sample_size = -1, nullstr = [${CSV_MISSING.map((m) => `'${m}'`).join(", ")}])` : `read_parquet(${literal})`;
  return { kind: "relation", relation };
}
function describeSource(source) {
  return source.kind === "table" ? source.table : source.kind === "query" ? "the query" : source.relation;
}

// node_modules/pg/esm/index.mjs
var import_lib = __toESM(require_lib2(), 1);
var Client = import_lib.default.Client;
var Pool = import_lib.default.Pool;
var Connection = import_lib.default.Connection;
var types = import_lib.default.types;
var Query = import_lib.default.Query;
var DatabaseError = import_lib.default.DatabaseError;
var escapeIdentifier = import_lib.default.escapeIdentifier;
var escapeLiteral = import_lib.default.escapeLiteral;
var Result = import_lib.default.Result;
var TypeOverrides = import_lib.default.TypeOverrides;
var defaults = import_lib.default.defaults;
var esm_default = import_lib.default;

// src/engines/postgres.ts
var DEFAULT_POSTGRES_URL_VARIABLE = "DRIFT_SENTINEL_POSTGRES_URL";
var NUMERIC_OIDS = /* @__PURE__ */ new Set([21, 23, 20, 26, 700, 701, 1700]);
async function openPostgres(options = {}) {
  const env = options.env ?? process.env;
  const variable = options.urlVariable ?? DEFAULT_POSTGRES_URL_VARIABLE;
  const connectionString = env[variable] || void 0;
  const client = new esm_default.Client(connectionString ? { connectionString } : {});
  try {
    await client.connect();
  } catch (error) {
    throw new InputError(
      `Cannot connect to PostgreSQL (${connectionString ? `connection string from ${variable}` : `${variable} is not set, so libpq's PGHOST/PGUSER/... variables`}): ${error.message}.`
    );
  }
  const query = async (sql) => {
    try {
      const result = await client.query({ text: sql, rowMode: "array" });
      return result.rows;
    } catch (error) {
      throw new InputError(
        `PostgreSQL refused a profiling query: ${error.message}.
${sql}`
      );
    }
  };
  return {
    dialect: "postgres",
    query,
    async describe(source) {
      let result;
      try {
        result = await client.query({
          text: `SELECT * FROM ${fromClause("postgres", source)} LIMIT 0`,
          rowMode: "array"
        });
      } catch (error) {
        throw new InputError(
          `PostgreSQL cannot read ${source.kind === "table" ? `table ${source.table}` : "the query"}: ${error.message}.`
        );
      }
      return result.fields.map((field) => ({
        name: field.name,
        kind: NUMERIC_OIDS.has(field.dataTypeID) ? "numeric" : "categorical"
      }));
    },
    async close() {
      await client.end();
    }
  };
}

// src/report/escape.ts
var MAX_NAME_LENGTH = 64;
var MAX_VALUE_LENGTH = 40;
var MAX_CHART_LABEL_LENGTH = 24;
var MAX_SENTENCE_LENGTH = 400;
var MAX_LISTED_CATEGORIES = 5;
var ZWSP = "\u200B";
var countFormat = new Intl.NumberFormat("en-US");
function truncate(text, max) {
  const { kept, cut } = cutText(text, max);
  return cut ? `${kept}\u2026 (${countFormat.format(text.length)} characters)` : kept;
}
function cutText(text, max) {
  if (text.length <= max) return { kept: text, cut: false };
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return { kept: text.slice(0, end), cut: true };
}
function lengthNote(text) {
  return `\u2026 (${countFormat.format(text.length)} characters)`;
}
function visibleControls(text) {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => {
      const code = ch.charCodeAt(0);
      if (code < 32) return String.fromCharCode(9216 + code);
      if (code === 127) return "\u2421";
      return "\uFFFD";
    }
  );
}
function markdownText(text, max = MAX_SENTENCE_LENGTH) {
  const { kept, cut } = cutText(text, max);
  const escaped = visibleControls(kept).replace(/[\\`*_[\]<>&~|$!]/g, "\\$&").replace(/[@#]/g, `$&${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`);
  return cut ? `${escaped}${lengthNote(text)}` : escaped;
}
function markdownCode(name, options = {}) {
  if (name.length === 0) return "_(empty name)_";
  const max = options.max ?? MAX_NAME_LENGTH;
  if (options.inTable && name.slice(0, max).includes("|")) return markdownText(name, max);
  const { kept, cut } = cutText(name, max);
  const content = visibleControls(kept).replace(/<!--/g, `<!${ZWSP}--`);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = /^`|`$/.test(content) || content.startsWith(" ") && content.endsWith(" ") && content.trim() ? " " : "";
  const span = `${fence}${pad}${content}${pad}${fence}`;
  return cut ? `${span}${lengthNote(name)}` : span;
}
function markdownCodeList(values, options = {}) {
  return capList(
    values,
    options.max ?? MAX_LISTED_CATEGORIES,
    (value) => markdownCode(value, { inTable: options.inTable, max: MAX_VALUE_LENGTH })
  );
}
function capList(items, max, render) {
  const shown = items.slice(0, max).map(render);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${countFormat.format(rest)} more` : shown.join(", ");
}
function mermaidLabel(text, max = MAX_CHART_LABEL_LENGTH) {
  const { kept, cut } = cutText(text, max);
  const label = visibleControls(kept).replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/\\/g, "\u2216").replace(/#(?=[\w]+;)/g, "\uFF03").replace(/%(?=%)/g, `%${ZWSP}`);
  return cut ? `${label}\u2026` : label;
}
function terminalText(text, max = MAX_NAME_LENGTH) {
  const { kept, cut } = cutText(text, max);
  const safe = visibleControls(kept).replace(/:(?=:)/g, `:${ZWSP}`);
  return cut ? `${safe}${lengthNote(text)}` : safe;
}

// src/report/format.ts
function formatPercent(share) {
  if (share === null || share === void 0 || !Number.isFinite(share)) return "n/a";
  const value = share * 100;
  if (Math.abs(value) >= 1e6) return `${value.toExponential(1)}%`;
  return `${Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(1)}%`;
}
function formatPValue(p) {
  if (Number.isNaN(p)) return "n/a";
  if (p === 0) return "0";
  if (p < 1e-3) return p.toExponential(2);
  return Number(p.toPrecision(3)).toString();
}
function formatNumber2(value) {
  if (value === null || value === void 0 || Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}
function approximationNote(features) {
  const approximate = features.filter((f) => f.approximate);
  if (approximate.length === 0) return void 0;
  const bound = Math.max(...approximate.map((f) => f.approximate.rankErrorBound));
  return `\u2248 approximate: the KS results of ${approximate.map((f) => f.name).join(", ")} were computed against a compact reference profile's quantile sketch; each statistic is within \xB1${formatNumber2(bound)} of the exact value, and p-values are those of the estimate.`;
}

// src/report/labels.ts
var SEVERITY_ICON = {
  NONE: "\u{1F7E2}",
  LOW: "\u{1F7E1}",
  MEDIUM: "\u{1F7E0}",
  HIGH: "\u{1F534}",
  CRITICAL: "\u{1F6A8}"
};
var SIGNAL_LABEL = {
  data_drift: "Data drift (KS / chi-square per feature)",
  concept_drift: "Concept drift (error increase)",
  performance_drop: "Performance drop (R\xB2 or accuracy)",
  rmse_increase: "RMSE increase",
  outliers: "Outliers (z-score)",
  data_quality: "Data quality (columns, types, missing values, outliers per feature)",
  prediction_drift: "Prediction drift (model outputs vs reference predictions)"
};
function strengthLabel(strength) {
  return strength.replace("_", " ");
}
function testLabel(feature) {
  return describeFeatureTest(feature.test)?.symbol ?? feature.test;
}
function effectLabel(feature) {
  return effectSizeSymbol(feature.effectSizeName);
}

// src/report/render-markdown.ts
var MAX_SUMMARY_BYTES = 1024 * 1024;
var MAX_COMMENT_CHARACTERS = 65536;
var COMMENT_RESERVE = 1024;
function renderMarkdown(report, options = {}) {
  const fits = options.target === "comment" ? (text) => text.length <= MAX_COMMENT_CHARACTERS - COMMENT_RESERVE : (text) => Buffer.byteLength(text, "utf8") <= MAX_SUMMARY_BYTES;
  const rows = report.features.map(featureRow);
  const full = assemble(report, options, rows, rows.length);
  if (fits(full)) return full;
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(assemble(report, options, rows, mid))) low = mid;
    else high = mid - 1;
  }
  const cut = assemble(report, options, rows, low);
  if (fits(cut)) return cut;
  return assemble(report, { ...options, footer: void 0 }, rows, 0);
}
function assemble(report, options, rows, rowsShown) {
  const h = "#".repeat(options.headingLevel ?? 2);
  const lines = [];
  lines.push(`${h} ${SEVERITY_ICON[report.severity]} drift-sentinel: ${report.severity}`);
  lines.push("");
  lines.push(`**${markdownText(report.reason)}**`);
  lines.push("");
  lines.push(
    `| Severity | Drift type | Confidence | Retraining triggered |
|---|---|---|---|
| ${report.severity} | ${report.driftType} | ${report.confidence}/100 | ${report.triggered ? `yes (at ${report.config.retrainOn} or above)` : `no (triggers at ${report.config.retrainOn})`} |`
  );
  lines.push("");
  if (options.nextStep) {
    lines.push(`**Next:** ${options.nextStep}`);
    lines.push("");
  }
  lines.push(
    `Reference: ${report.referenceRows} rows \xB7 recent: ${report.recentRows} rows \xB7 ${report.featuresTested} features tested, ${report.featuresDrifted} drifted.`
  );
  lines.push("");
  lines.push(`${h}# Signals`);
  lines.push("");
  lines.push("| Signal | Value | Threshold | Fired | Strength | Detail |");
  lines.push("|---|---|---|---|---|---|");
  for (const s of report.signals) {
    lines.push(
      `| ${SIGNAL_LABEL[s.name]} | ${s.available ? formatPercent(s.value) : "n/a"} | ${s.name === "data_drift" ? `p < ${report.config.dataDriftThreshold} (adjusted) and effect \u2265 ${report.config.minEffectSize}` : formatPercent(s.threshold)} | ${s.fired ? "\u26A0\uFE0F yes" : "no"} | ${strengthLabel(s.strength)} | ${markdownText(s.detail)} |`
    );
  }
  lines.push("");
  if (report.metrics.task !== "none") {
    lines.push(`${h}# Model metrics (${report.metrics.task}, ${report.metrics.count} scored rows)`);
    lines.push("");
    lines.push("| Metric | Baseline | Recent |");
    lines.push("|---|---|---|");
    for (const key of ["r2", "rmse", "mae", "accuracy"]) {
      const now = report.metrics.current[key];
      const before = report.metrics.baseline[key];
      if (now === void 0 && before === void 0) continue;
      lines.push(
        `| ${key === "r2" ? "R\xB2" : key.toUpperCase()} | ${formatNumber2(before)} | ${formatNumber2(now)} |`
      );
    }
    lines.push("");
  }
  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length > 0) {
    lines.push(`${h}# Schema changes`);
    lines.push("");
    if (schema.added.length)
      lines.push(`- Added in recent data: ${markdownCodeList(schema.added, { max: 20 })}`);
    if (schema.removed.length)
      lines.push(`- Missing from recent data: ${markdownCodeList(schema.removed, { max: 20 })}`);
    for (const c of schema.typeChanged.slice(0, 20)) {
      lines.push(
        `- ${markdownCode(c.name)} changed type: ${markdownText(c.reference)} \u2192 ${markdownText(c.recent)} (not tested)`
      );
    }
    if (schema.typeChanged.length > 20)
      lines.push(`- \u2026 and ${schema.typeChanged.length - 20} more columns that changed type`);
    lines.push("");
  }
  lines.push(...findingsMarkdown(report, h));
  lines.push(`${h}# Features`);
  lines.push("");
  const tableRows = Math.min(options.tableRows ?? 25, rowsShown);
  lines.push(FEATURE_TABLE_HEAD, ...rows.slice(0, tableRows));
  if (rowsShown > tableRows) {
    lines.push("");
    lines.push(`<details><summary>${rowsShown - tableRows} more features</summary>`);
    lines.push("");
    lines.push(FEATURE_TABLE_HEAD, ...rows.slice(tableRows, rowsShown));
    lines.push("");
    lines.push("</details>");
  }
  if (rowsShown < rows.length) {
    lines.push("");
    lines.push(
      `_${rows.length - rowsShown} more features are not listed here, to fit GitHub's size limit${options.target === "comment" ? " for comments; the job summary lists more" : ""}; the JSON report (\`--format json\`) has them all._`
    );
  }
  lines.push("");
  const note = approximationNote(report.features);
  if (note) {
    lines.push(markdownText(note));
    lines.push("");
  }
  const chartCount = options.charts ?? 3;
  const charted = report.features.filter((f) => f.skipped === void 0 && f.distribution.labels.length > 1).slice(0, chartCount);
  if (chartCount > 0 && charted.length > 0) {
    lines.push(`${h}# Distributions of the most shifted features`);
    lines.push("");
    lines.push("Bars: reference \xB7 line: recent (share of non-missing values per bin).");
    lines.push("");
    for (const f of charted) lines.push(...distributionChart(f), "");
  }
  if (options.footer) lines.push(options.footer, "");
  return lines.join("\n");
}
var FEATURE_TABLE_HEAD = "| Feature | Type | Test | Statistic | p | Adjusted p | Effect | Drifted | Missing (ref / recent) |\n|---|---|---|---|---|---|---|---|---|";
function featureRow(f) {
  const notes = [];
  if (f.newCategories?.length)
    notes.push(`new: ${markdownCodeList(f.newCategories, { inTable: true })}`);
  if (f.vanishedCategories?.length)
    notes.push(`gone: ${markdownCodeList(f.vanishedCategories, { inTable: true })}`);
  if (f.skipped) notes.push(`skipped: ${markdownText(f.skipped)}`);
  return `| ${markdownCode(f.name, { inTable: true })}${notes.length ? ` <sub>${notes.join("; ")}</sub>` : ""} | ${f.type} | ${testLabel(f)} | ${f.approximate ? "\u2248" : ""}${formatNumber2(f.statistic)} | ${formatPValue(f.pValue)} | ${formatPValue(f.adjustedPValue)} | ${formatNumber2(f.effectSize)} ${effectLabel(f)} | ${f.drifted ? "\u26A0\uFE0F yes" : "no"} | ${f.referenceMissing} / ${f.recentMissing} |`;
}
function distributionChart(f) {
  const { labels, reference, recent } = f.distribution;
  const max = Math.max(...reference, ...recent);
  const top = Math.min(1, Math.ceil(max * 20) / 20 || 0.05);
  const values = (xs) => xs.map((x) => Number(x.toFixed(4))).join(", ");
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidLabel(f.name, 40)} (${effectLabel(f)} = ${formatNumber2(f.effectSize)})"`,
    `    x-axis [${labels.map((label) => `"${mermaidLabel(label)}"`).join(", ")}]`,
    `    y-axis "share" 0 --> ${top}`,
    `    bar [${values(reference)}]`,
    `    line [${values(recent)}]`,
    "```"
  ];
}
function findingsMarkdown(report, h) {
  const lines = [];
  if (report.dataQuality.length > 0) {
    lines.push(`${h}# Data quality`, "");
    for (const f of report.dataQuality.slice(0, 20))
      lines.push(`- **${f.grade.replace("_", " ")}**: ${markdownText(f.detail)}`);
    if (report.dataQuality.length > 20)
      lines.push(`- \u2026 and ${report.dataQuality.length - 20} more findings`);
    lines.push("");
  }
  if (report.setAside.length > 0) {
    lines.push(`${h}# Not tested: identifier and time columns`, "");
    for (const c of report.setAside.slice(0, 20)) {
      const range = (r) => r ? `${markdownText(r.first)} to ${markdownText(r.last)}` : "n/a";
      const time = c.timeRange ? ` (reference ${range(c.timeRange.reference)}; recent ${range(c.timeRange.recent)})` : "";
      lines.push(`- ${markdownCode(c.name)}: ${markdownText(c.reason)}${time}`);
    }
    if (report.setAside.length > 20) lines.push(`- \u2026 and ${report.setAside.length - 20} more`);
    lines.push("");
  }
  return lines;
}

// src/report/render-text.ts
function renderText(report, options = {}) {
  const out = [];
  out.push(
    `drift-sentinel: ${report.severity}${report.triggered ? " (retraining triggered)" : ""}`
  );
  out.push(terminalText(report.reason, MAX_SENTENCE_LENGTH));
  out.push(
    `drift type ${report.driftType} \xB7 confidence ${report.confidence}/100 \xB7 reference ${report.referenceRows} rows \xB7 recent ${report.recentRows} rows`
  );
  out.push("");
  out.push("Signals");
  out.push(
    table(
      ["signal", "value", "threshold", "fired", "strength"],
      report.signals.map((s) => [
        s.name,
        s.available ? formatPercent(s.value) : "n/a",
        s.name === "data_drift" ? `p<${report.config.dataDriftThreshold}` : formatPercent(s.threshold),
        s.fired ? "YES" : "no",
        s.strength
      ])
    )
  );
  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length > 0) {
    out.push("");
    out.push("Schema changes");
    if (schema.added.length) out.push(`  added:   ${nameList(schema.added)}`);
    if (schema.removed.length) out.push(`  removed: ${nameList(schema.removed)}`);
    for (const c of schema.typeChanged)
      out.push(
        `  ${terminalText(c.name)}: ${terminalText(c.reference)} -> ${terminalText(c.recent)}`
      );
  }
  out.push(...findingsText(report));
  out.push("");
  out.push(`Features (${report.featuresDrifted} of ${report.featuresTested} drifted)`);
  const limit = options.maxFeatures ?? 50;
  out.push(
    table(
      ["feature", "type", "statistic", "p", "adj. p", "effect", "drifted"],
      report.features.slice(0, limit).map((f) => [
        terminalText(f.name),
        f.type,
        `${f.approximate ? "\u2248" : ""}${formatNumber2(f.statistic)}`,
        formatPValue(f.pValue),
        formatPValue(f.adjustedPValue),
        formatNumber2(f.effectSize),
        f.skipped ? `skipped: ${terminalText(f.skipped, MAX_SENTENCE_LENGTH)}` : f.drifted ? "YES" : "no"
      ])
    )
  );
  if (report.features.length > limit)
    out.push(`  ... ${report.features.length - limit} more (use --format json)`);
  const note = approximationNote(report.features);
  if (note) out.push(`  ${terminalText(note, 1e4)}`);
  return out.join("\n") + "\n";
}
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => "  " + cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
function nameList(names) {
  return capList(names, MAX_LISTED_CATEGORIES * 4, (name) => terminalText(name));
}
function findingsText(report) {
  const out = [];
  if (report.dataQuality.length > 0) {
    out.push("", "Data quality");
    for (const f of report.dataQuality.slice(0, 20))
      out.push(`  [${f.grade}] ${terminalText(f.detail, MAX_SENTENCE_LENGTH)}`);
    if (report.dataQuality.length > 20) out.push(`  ... ${report.dataQuality.length - 20} more`);
  }
  if (report.setAside.length > 0) {
    out.push("", "Not tested (identifier and time columns)");
    for (const c of report.setAside.slice(0, 20)) {
      const range = c.timeRange ? ` \xB7 reference ${rangeText(c.timeRange.reference)} \xB7 recent ${rangeText(c.timeRange.recent)}` : "";
      out.push(`  ${terminalText(c.name)}: ${terminalText(c.reason, MAX_SENTENCE_LENGTH)}${range}`);
    }
    if (report.setAside.length > 20) out.push(`  ... ${report.setAside.length - 20} more`);
  }
  return out;
}
function rangeText(range) {
  return range ? `${terminalText(range.first)} to ${terminalText(range.last)}` : "n/a";
}

// src/report/render-json.ts
var MAX_JSON_CATEGORIES = 1e3;
var MAX_JSON_VALUE_LENGTH = 1e3;
function renderJson(report) {
  const capped = { ...report, features: report.features.map(capCategories) };
  return JSON.stringify(
    capped,
    (_key, value) => typeof value === "number" && !Number.isFinite(value) ? null : value,
    2
  ) + "\n";
}
function capCategories(feature) {
  const { newCategories, vanishedCategories, distribution } = feature;
  const labels = distribution.labels.some((v) => v.length > MAX_JSON_VALUE_LENGTH) ? {
    distribution: {
      ...distribution,
      labels: distribution.labels.map((v) => truncate(v, MAX_JSON_VALUE_LENGTH))
    }
  } : {};
  const tooMany = (list) => list !== void 0 && (list.length > MAX_JSON_CATEGORIES || list.some((v) => v.length > MAX_JSON_VALUE_LENGTH));
  if (!tooMany(newCategories) && !tooMany(vanishedCategories)) return { ...feature, ...labels };
  const cap = (list) => list.slice(0, MAX_JSON_CATEGORIES).map((v) => truncate(v, MAX_JSON_VALUE_LENGTH));
  return {
    ...feature,
    ...labels,
    ...newCategories && {
      newCategories: cap(newCategories),
      newCategoryCount: newCategories.length
    },
    ...vanishedCategories && {
      vanishedCategories: cap(vanishedCategories),
      vanishedCategoryCount: vanishedCategories.length
    }
  };
}

// src/index.ts
var AutomaticRetrainingOrchestrator = class {
  /** The complete, validated configuration (defaults filled in). */
  config;
  constructor(options = {}) {
    this.config = resolveDetectionConfig(options);
  }
  /**
   * Checks recent data and model outputs against the reference and the baseline.
   * Tables are arrays of records, objects of columns, or loaded Tables; predictions
   * and actuals are aligned with the recent rows (pass both or neither).
   */
  shouldRetrain(reference, recent, predictions, actuals, baselineMetrics = {}) {
    const baseline = checkBaselineMetrics(baselineMetrics, "baselineMetrics");
    const recentTable = toTable(recent, "recent");
    const hasPredictions = predictions !== null && predictions !== void 0;
    const hasActuals = actuals !== null && actuals !== void 0;
    if (hasPredictions !== hasActuals) {
      throw new InputError(
        `shouldRetrain: ${hasPredictions ? "predictions" : "actuals"} given without ${hasPredictions ? "actuals" : "predictions"}; pass both or neither.`
      );
    }
    let modelOutputs;
    if (hasPredictions && hasActuals) {
      if (predictions.length !== actuals.length || predictions.length !== recentTable.rowCount) {
        throw new InputError(
          `shouldRetrain: ${predictions.length} predictions, ${actuals.length} actuals and ${recentTable.rowCount} recent rows; expected the same count for all three.`
        );
      }
      modelOutputs = {
        predictions: Float64Array.from(predictions),
        actuals: Float64Array.from(actuals)
      };
    }
    return analyzeDrift(
      {
        reference: toTable(reference, "reference"),
        recent: recentTable,
        modelOutputs,
        baseline
      },
      this.config
    );
  }
};
export {
  AutomaticRetrainingOrchestrator,
  DEFAULT_DETECTION_CONFIG,
  FEATURE_TESTS,
  InputError,
  PROFILE_FORMAT_VERSION,
  SEVERITIES,
  accuracy,
  adjustPValues,
  analyzeDrift,
  analyzeDriftAgainstProfile,
  analyzeDriftInParallel,
  benjaminiHochberg,
  bonferroni,
  chanCombinedMoments,
  chiSquareContingency,
  compareProfiles,
  cramersV,
  decodeProfile,
  describeFeatureTest,
  duckDbFileSource,
  effectSizeSymbol,
  encodeProfile,
  featureTestFor,
  ksTest,
  ksTestAgainstSketch,
  ksTestSorted,
  meanAbsoluteError,
  mergeColumnProfiles,
  mergeQuantileSketches,
  openDuckDb,
  openPostgres,
  profileColumn,
  profileTable,
  profileWithEngine,
  quantileSketchFromSorted,
  rSquared,
  renderJson,
  renderMarkdown,
  renderText,
  resolveDetectionConfig,
  rootMeanSquaredError,
  severityRank,
  tableFromColumns,
  tableFromRecords,
  toTable,
  totalVariationDistance
};
