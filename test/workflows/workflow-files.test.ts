/**
 * The workflow files users copy (examples/workflows/) and the project's own
 * (.github/workflows/) checked against the official schemas (SchemaStore's, as bundled
 * by @action-validator/core) and against action.yml, so a renamed input or a typo in a
 * workflow fails here instead of on a user's runner.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateAction, validateWorkflow } from '@action-validator/core';
import type { ValidationError, ValidationState } from '@action-validator/core';
import * as yaml from 'js-yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ACTION_REF = 'drift-sentinel/drift-sentinel@v1';
const RETRAIN_DISPATCH_INPUTS = ['event-id', 'severity', 'drift-type', 'reason'];

type Permissions = string | Record<string, string>;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  if?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  'runs-on'?: unknown;
  permissions?: Permissions;
  steps?: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Permissions;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  jobs: Record<string, Job>;
}

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

interface WorkflowFile {
  /** Path relative to the repository root. */
  path: string;
  source: string;
  workflow: Workflow;
}

function readYaml<T>(relativePath: string): { source: string; parsed: T } {
  const source = readFileSync(join(root, relativePath), 'utf8');
  // js-yaml rejects duplicate keys, which the validator's parser accepts silently.
  return { source, parsed: yaml.load(source, { filename: relativePath }) as T };
}

function workflowFiles(dir: string): WorkflowFile[] {
  return readdirSync(join(root, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const path = `${dir}/${name}`;
      const { source, parsed } = readYaml<Workflow>(path);
      return { path, source, workflow: parsed };
    });
}

/**
 * Runs the validator and returns its errors as readable lines. A `one_of` error only
 * says "OneOf conditions are not met"; the reasons are in its nested states, so they
 * are flattened into the message. The validator prints a warning with console.warn for
 * every `paths` glob (its Node build cannot check globs); those are captured and
 * returned instead of cluttering the test output.
 */
function validate(
  kind: 'action' | 'workflow',
  source: string,
): { errors: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: unknown) => void warnings.push(String(message));
  let state: ValidationState;
  try {
    state = kind === 'action' ? validateAction(source) : validateWorkflow(source);
  } finally {
    console.warn = warn;
  }
  assert.equal(state.actionType, kind);
  return { errors: state.errors.flatMap((error) => describeError(error, '')), warnings };
}

function describeError(error: ValidationError, indent: string): string[] {
  // A parse error carries an empty path and its position in `location`.
  const where =
    'location' in error && error.location
      ? `line ${error.location.line}`
      : 'path' in error
        ? error.path || '/'
        : '';
  const line = `${indent}${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''} [${error.code}]`;
  const nested = 'states' in error && error.states ? error.states : [];
  return [
    line,
    ...nested.flatMap((state, i) => [
      `${indent}  alternative ${i + 1}:`,
      ...state.errors.flatMap((e) => describeError(e, `${indent}    `)),
    ]),
  ];
}

/** Steps that run drift-sentinel: the published action, or `./` in this repository. */
function driftSentinelSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter((step) => step.uses === ACTION_REF || step.uses === './'),
  );
}

/** `with:` keys of drift-sentinel steps that action.yml does not declare, as `key (step)`. */
function undeclaredInputs(workflow: Workflow, declared: ReadonlySet<string>): string[] {
  return driftSentinelSteps(workflow).flatMap((step) =>
    Object.keys(step.with ?? {})
      .filter((key) => !declared.has(key))
      .map((key) => `${key} (step '${step.id ?? step.name ?? step.uses}')`),
  );
}

/** `steps.<id>.outputs.<name>` references to a drift-sentinel step whose output action.yml does not declare. */
function undeclaredOutputs(
  workflow: Workflow,
  source: string,
  declared: ReadonlySet<string>,
): string[] {
  const ids = new Set(driftSentinelSteps(workflow).flatMap((step) => (step.id ? [step.id] : [])));
  return [...source.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
    .filter(([, id, name]) => ids.has(id) && !declared.has(name))
    .map(([reference]) => reference);
}

const action = readYaml<ActionMetadata>('action.yml');
const actionInputs = new Set(Object.keys(action.parsed.inputs));
const actionOutputs = new Set(Object.keys(action.parsed.outputs));
const examples = workflowFiles('examples/workflows');
const projectWorkflows = workflowFiles('.github/workflows');
const example = (name: string): Workflow => {
  const file = examples.find((f) => f.path.endsWith(`/${name}`));
  assert.ok(file, `examples/workflows/${name} exists`);
  return file.workflow;
};

describe('action.yml', () => {
  test('action.yml runs on node24 and is otherwise valid against the official action schema', () => {
    assert.equal(action.parsed.runs.using, 'node24');
    // The schema bundled in @action-validator/core 0.6.0 only lists node12/16/20 for
    // runs.using; node24 exists since runner 2.327.1. Validate everything else.
    const pattern = /^(\s+using:\s*)node24\s*$/m;
    assert.match(action.source, pattern);
    const { errors } = validate('action', action.source.replace(pattern, '$1node20'));
    assert.deepEqual(errors, []);
  });

  test('the bundled action schema still rejects node24 only at runs.using (drop the workaround above when this fails)', () => {
    const { errors } = validate('action', action.source);
    assert.ok(
      errors.length > 0,
      'the validator now accepts node24: validate action.yml unmodified',
    );
    assert.equal(errors[0], '/runs: OneOf conditions are not met [one_of]');
    assert.equal(errors[2], '    /runs/using: Enum conditions are not met [enum]');
  });

  test('an action.yml input without a description fails the action schema', () => {
    const broken =
      'name: x\ndescription: y\ninputs:\n  token:\n    default: abc\nruns:\n  using: node20\n  main: index.js\n';
    const { errors } = validate('action', broken);
    assert.ok(
      errors.some((e) => e.startsWith('/inputs/token/description:')),
      errors.join('\n'),
    );
  });
});

describe('workflow files', () => {
  test('the expected workflow files are all present', () => {
    assert.deepEqual(
      examples.map((f) => f.path),
      [
        'examples/workflows/drift-check-warehouse.yml',
        'examples/workflows/drift-check.yml',
        'examples/workflows/drift-pr.yml',
        'examples/workflows/profile-reference.yml',
        'examples/workflows/retrain.yml',
      ],
    );
    for (const name of ['ci.yml', 'check-dist.yml']) {
      assert.ok(
        projectWorkflows.some((f) => f.path === `.github/workflows/${name}`),
        `.github/workflows/${name}`,
      );
    }
  });

  for (const file of [...examples, ...projectWorkflows]) {
    test(`${file.path} is valid against the official workflow schema`, () => {
      const { errors, warnings } = validate('workflow', file.source);
      assert.deepEqual(errors, [], `${file.path}:\n${errors.join('\n')}`);
      // Only the "globs are not checked" notice is expected; anything else is news.
      for (const warning of warnings)
        assert.match(warning, /^WARNING: Glob validation is not yet supported\./);
    });
  }

  test('a workflow with a misspelled permission level fails the workflow schema at its job', () => {
    const broken = [
      'on: push',
      'jobs:',
      '  check:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      actions: writ',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '',
    ].join('\n');
    const { errors } = validate('workflow', broken);
    assert.equal(errors[0], '/jobs/check: OneOf conditions are not met [one_of]');
  });

  test('a workflow whose step has both run and uses fails the workflow schema', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        uses: actions/checkout@v5\n';
    assert.notDeepEqual(validate('workflow', broken).errors, []);
  });

  test('a workflow with an invalid cron expression fails the workflow schema', () => {
    const broken =
      "on:\n  schedule:\n    - cron: 'every six hours'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
    assert.equal(
      validate('workflow', broken).errors[0],
      '/on: OneOf conditions are not met [one_of]',
    );
  });

  test('a workflow that is not valid YAML fails with a parse error and its line', () => {
    const { errors } = validate('workflow', 'on: [push\njobs: {}\n');
    assert.match(errors[0], /^line 2: Parse Error \(.*\) \[parse_error\]$/);
  });

  test('every job of every workflow declares its own permissions', () => {
    for (const { path, workflow } of [...examples, ...projectWorkflows]) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        assert.equal(
          typeof job.permissions,
          'object',
          `${path}: job '${name}' declares permissions`,
        );
      }
    }
  });
});

describe('example workflows against action.yml', () => {
  test('every with: key given to drift-sentinel in a workflow is an input of action.yml', () => {
    for (const { path, workflow } of [...examples, ...projectWorkflows]) {
      assert.deepEqual(undeclaredInputs(workflow, actionInputs), [], path);
    }
    const used = new Set(examples.flatMap((f) => driftSentinelSteps(f.workflow)));
    // profile-reference.yml runs the CLI, not the action.
    assert.equal(used.size, 4, 'each example but profile-reference.yml runs drift-sentinel once');
  });

  test('a with: key that action.yml does not declare is reported', () => {
    const workflow = yaml.load(
      `on: push\njobs:\n  a:\n    steps:\n      - id: drift\n        uses: ${ACTION_REF}\n        with:\n          recent-data: a.csv\n          retrain-workfow: retrain.yml\n`,
    ) as Workflow;
    assert.deepEqual(undeclaredInputs(workflow, actionInputs), ["retrain-workfow (step 'drift')"]);
  });

  test('every output read from a drift-sentinel step is an output of action.yml', () => {
    for (const { path, source, workflow } of [...examples, ...projectWorkflows]) {
      assert.deepEqual(undeclaredOutputs(workflow, source, actionOutputs), [], path);
    }
    const source = 'steps.drift.outputs.severity steps.drift.outputs.sevrity steps.other.outputs.x';
    const workflow = { on: {}, jobs: { a: { steps: [{ id: 'drift', uses: './' }] } } };
    assert.deepEqual(undeclaredOutputs(workflow, source, actionOutputs), [
      'steps.drift.outputs.sevrity',
    ]);
  });

  test('drift-check.yml runs every six hours and on demand with a boolean force input', () => {
    const workflow = example('drift-check.yml');
    assert.deepEqual(workflow.on.schedule, [{ cron: '0 */6 * * *' }]);
    assert.deepEqual(workflow.on.workflow_dispatch, {
      inputs: {
        force: {
          description: 'Dispatch retraining even if no drift is found',
          type: 'boolean',
          default: false,
        },
      },
    });
    const [step] = driftSentinelSteps(workflow);
    assert.equal(step.with?.mode, 'detect');
    assert.equal(step.with?.['force-retrain'], '${{ inputs.force || false }}');
    for (const input of [
      'reference-data',
      'recent-data',
      'recent-predictions',
      'recent-actuals',
      'baseline-metrics',
    ]) {
      assert.ok(step.with?.[input], `drift-check.yml sets ${input}`);
    }
  });

  test('drift-check.yml dispatches the example retrain workflow, which declares exactly the dispatched inputs', () => {
    const [step] = driftSentinelSteps(example('drift-check.yml'));
    assert.equal(step.with?.['retrain-workflow'], 'retrain.yml');
    const dispatch = example('retrain.yml').on.workflow_dispatch as {
      inputs: Record<string, { type: string; required: boolean }>;
    };
    assert.deepEqual(Object.keys(dispatch.inputs).sort(), [...RETRAIN_DISPATCH_INPUTS].sort());
    for (const [name, input] of Object.entries(dispatch.inputs)) {
      // Not required, so a person can start a retraining by hand.
      assert.deepEqual(
        [input.type, input.required],
        ['string', false],
        `retrain.yml input ${name}`,
      );
    }
  });

  test('retrain.yml retrains for the dispatched event and promotes only a model that passed validation', () => {
    const workflow = example('retrain.yml');
    const [step] = driftSentinelSteps(workflow);
    assert.equal(step.id, 'retrain');
    assert.equal(step.with?.mode, 'retrain');
    assert.equal(step.with?.['event-id'], '${{ inputs.event-id }}');
    assert.ok(step.with?.['train-command'], 'retrain.yml sets train-command');
    // Without the recent rows' outcomes the training set's recent rows have no target.
    assert.ok(
      step.with?.['recent-actuals'] || step.with?.['target-column'],
      'retrain.yml gives recent-actuals or target-column',
    );
    const check = driftSentinelSteps(example('drift-check.yml'))[0];
    for (const name of ['reference-data', 'recent-data', 'recent-actuals'] as const) {
      if (step.with?.[name] !== undefined) {
        assert.equal(step.with[name], check.with?.[name], `retrain.yml ${name} as the check's`);
      }
    }
    const steps = workflow.jobs.retrain.steps ?? [];
    const after = steps.slice(steps.indexOf(step) + 1);
    assert.ok(after.length > 0);
    for (const s of after) assert.equal(s.if, "steps.retrain.outputs.promote == 'true'");
    // Issue 9: the promote job commits new-reference-data and new-baseline-metrics, and
    // only it can write to the repository.
    const promote = workflow.jobs.promote as unknown as { needs?: string; if?: string };
    assert.equal(promote.needs, 'retrain');
    assert.equal(promote.if, "needs.retrain.outputs.promote == 'true'");
    const text = JSON.stringify(workflow);
    for (const output of ['new-reference-data', 'new-baseline-metrics']) {
      assert.ok(text.includes(`steps.retrain.outputs.${output}`), `retrain.yml uses ${output}`);
    }
  });

  test('example jobs ask only for the permissions their use needs', () => {
    const permissions = (name: string) =>
      Object.values(example(name).jobs).map((job) => job.permissions);
    assert.deepEqual(permissions('drift-check.yml'), [{ contents: 'read', actions: 'write' }]);
    assert.deepEqual(permissions('drift-pr.yml'), [
      { contents: 'read', actions: 'read', 'pull-requests': 'write' },
    ]);
    assert.deepEqual(permissions('retrain.yml'), [
      { contents: 'read', actions: 'read' },
      { contents: 'write', 'pull-requests': 'write' },
    ]);
  });

  test('the check and the retraining never cancel a running event-log writer', () => {
    for (const name of ['drift-check.yml', 'retrain.yml']) {
      const { concurrency } = example(name);
      assert.ok(concurrency?.group, `${name} declares a concurrency group`);
      assert.equal(concurrency['cancel-in-progress'], false, name);
    }
    assert.equal(example('drift-check.yml').concurrency?.group, 'drift-sentinel-event-log');
  });

  test('the self-test runs the action from the checkout on example data files that exist', () => {
    const ci = projectWorkflows.find((f) => f.path === '.github/workflows/ci.yml');
    assert.ok(ci);
    const [step] = driftSentinelSteps(ci.workflow);
    assert.equal(step?.uses, './');
    assert.equal(step.with?.comment, 'never');
    assert.equal(
      step.with?.['retrain-workflow'],
      undefined,
      'no retrain-workflow, so dispatched must be false',
    );
    for (const input of [
      'reference-data',
      'recent-data',
      'recent-predictions',
      'recent-actuals',
      'baseline-metrics',
    ]) {
      const path = String(step.with?.[input]);
      assert.ok(existsSync(join(root, path)), `${input}: ${path} exists`);
    }
    assert.ok(existsSync(join(root, '.node-version')), '.node-version exists for setup-node');
  });
});
