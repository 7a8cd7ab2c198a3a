/**
 * action.yml, the README and `--help` list the options of the option table; these tests
 * fail when one of them falls behind (run `npm run options:docs` for the first two).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { CHECK_HELP } from '../../src/cli/help.ts';
import { EVENTS_HELP } from '../../src/cli/events-command.ts';
import { RETRAIN_HELP } from '../../src/cli/retrain-command.ts';
import { OPTIONS, optionsOf } from '../../src/options/option-table.ts';
import type { OptionSpec } from '../../src/options/option-table.ts';
import {
  README_END,
  README_START,
  actionYmlDefault,
  actionYmlDescription,
  renderReadmeOptions,
} from '../../scripts/option-docs.ts';

interface ActionYmlInput {
  description?: string;
  default?: string;
  required?: boolean;
}

const actionYml = load(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, ActionYmlInput>;
};
const stale = 'Run `npm run options:docs` to write the option table into it.';

test('action.yml has exactly the action inputs of the option table, in table order', () => {
  assert.deepEqual(
    Object.keys(actionYml.inputs),
    optionsOf('action').map(([, spec]) => spec.name),
    stale,
  );
});

test("action.yml's descriptions, defaults and required flags are the option table's", () => {
  for (const [, spec] of optionsOf('action')) {
    const input = actionYml.inputs[spec.name];
    assert.equal(input.description, actionYmlDescription(spec), `${spec.name}: ${stale}`);
    const fallback = actionYmlDefault(spec);
    assert.equal(input.default, fallback === '' ? undefined : fallback, `${spec.name}: ${stale}`);
    // The runner would refuse to start without a required input, before the action can
    // say which mode needs it; the action checks them itself.
    assert.equal(input.required, undefined, spec.name);
  }
});

test("the README's option reference is the one rendered from the table", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf(README_START),
    readme.indexOf(README_END) + README_END.length,
  );
  assert.equal(section, renderReadmeOptions(), stale);
  for (const [field, spec] of Object.entries(OPTIONS) as [string, OptionSpec][]) {
    assert.ok(
      section.includes(`\`${spec.in.includes('action') ? spec.name : `--${spec.name}`}\``),
      field,
    );
    if (spec.in.includes('library')) assert.ok(section.includes(`\`${field}\``), field);
  }
});

test("each command's --help lists every flag of the table that the command takes, with its default", () => {
  const helps = { check: CHECK_HELP, retrain: RETRAIN_HELP, events: EVENTS_HELP };
  for (const [command, help] of Object.entries(helps) as [keyof typeof helps, string][]) {
    for (const [, spec] of optionsOf(command)) {
      assert.match(help, new RegExp(`^  --${spec.name}\\b`, 'm'), `${command} --${spec.name}`);
      // Wrapping may break a line inside the parenthesis.
      const flat = help.replace(/\s+/g, ' ');
      if (spec.default)
        assert.ok(flat.includes(`(default ${spec.default})`), `${command} ${spec.name}`);
    }
  }
  assert.doesNotMatch(CHECK_HELP, /--train-command/);
});

test('help lines stay within 100 columns and end without trailing spaces', () => {
  for (const help of [CHECK_HELP, RETRAIN_HELP, EVENTS_HELP]) {
    for (const line of help.split('\n')) {
      assert.ok(line.length <= 100, line);
      assert.ok(!line.endsWith(' '), JSON.stringify(line));
    }
  }
});
