import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);
import {
  loadDriftInputs
} from "./chunks/chunk-524MHNR4.js";
import {
  KS_METHODS,
  P_VALUE_CORRECTIONS,
  TASKS,
  analyzeDrift,
  parseSeverity,
  renderJson,
  renderMarkdown,
  resolveDetectionConfig,
  severityRank
} from "./chunks/chunk-W5IKLKNE.js";
import {
  context,
  getInput,
  getOctokit,
  info,
  require_light,
  retry,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-SLNPPNIQ.js";
import "./chunks/chunk-TDXX4IHC.js";
import {
  __toESM
} from "./chunks/chunk-GZRH5NJH.js";

// src/action/main.ts
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info2) {
      const [state2, request, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// src/github/octokit.ts
var MAX_RATE_LIMIT_WAIT_SECONDS = 120;
function createGitHubClient(settings) {
  const retries = settings.retries ?? 3;
  const log = settings.log ?? (() => {
  });
  return getOctokit(
    settings.token,
    {
      ...settings.baseUrl ? { baseUrl: settings.baseUrl } : {},
      retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter, options, _o, retryCount) => {
          log(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        },
        onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
          log(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        }
      }
    },
    retry,
    throttling
  );
}
function httpStatus(error) {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = error.status;
    return typeof status === "number" ? status : void 0;
  }
  return void 0;
}

// src/github/dispatch-workflow.ts
var MAX_INPUT_LENGTH = 1e3;
async function dispatchWorkflow(octokit, request) {
  const inputs = Object.fromEntries(
    Object.entries(request.inputs).map(([k, v]) => [k, v.length > MAX_INPUT_LENGTH ? `${v.slice(0, MAX_INPUT_LENGTH - 1)}\u2026` : v])
  );
  try {
    const response = await octokit.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", {
      owner: request.owner,
      repo: request.repo,
      workflow_id: /^\d+$/.test(request.workflow) ? Number(request.workflow) : request.workflow,
      ref: request.ref,
      inputs,
      return_run_details: true
    });
    const data = response.status === 200 ? response.data : void 0;
    return { runId: data?.workflow_run_id, runUrl: data?.html_url };
  } catch (error) {
    throw new Error(explainDispatchFailure(error, request), { cause: error });
  }
}
function explainDispatchFailure(error, request) {
  const status = httpStatus(error);
  const detail = error.message;
  const where = `workflow '${request.workflow}' in ${request.owner}/${request.repo} at ref '${request.ref}'`;
  if (status === 403) {
    return `Could not dispatch ${where}: HTTP 403 (${detail}). The token lacks the 'actions: write' permission; add 'permissions: { actions: write }' to the job that runs drift-sentinel.`;
  }
  if (status === 404) {
    return `Could not dispatch ${where}: HTTP 404 (${detail}). Check the input 'retrain-workflow': the file must exist under .github/workflows/ on that ref and declare 'on: workflow_dispatch' (or the token cannot see the repository).`;
  }
  if (status === 422) {
    return `Could not dispatch ${where}: HTTP 422 (${detail}). The retraining workflow must declare the workflow_dispatch inputs ${Object.keys(request.inputs).join(", ")}, and the ref must exist.`;
  }
  return `Could not dispatch ${where}: ${status ? `HTTP ${status} ` : ""}(${detail}), after retries.`;
}

// src/github/sticky-comment.ts
function stickyMarker(key) {
  return `<!-- drift-sentinel:${key} -->`;
}
var READ_ONLY_STATUSES = /* @__PURE__ */ new Set([403, 404]);
var MAX_COMMENT_LENGTH = 65536;
var TRUNCATION_NOTE = "\n\n> [!NOTE]\n> This comment was cut to fit GitHub's 65,536-character limit on comments; the full report is in the job summary of the workflow run.\n";
function fitCommentBody(body, maxLength = MAX_COMMENT_LENGTH) {
  if (body.length <= maxLength) return body;
  const budget = maxLength - TRUNCATION_NOTE.length - 64;
  const cut = body.slice(0, body.lastIndexOf("\n", budget) + 1 || budget);
  const closers = [];
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) closers.push("```");
  const openDetails = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < Math.min(openDetails, 4); i++) closers.push("</details>");
  return `${cut}
${closers.join("\n\n")}${TRUNCATION_NOTE}`;
}
async function upsertStickyComment(octokit, target, body) {
  const marker = stickyMarker(target.key);
  const fullBody = fitCommentBody(`${marker}
${body}`);
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100
    });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (existing) {
      const { data: data2 } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: fullBody
      });
      return { status: "updated", id: data2.id, url: data2.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: fullBody
    });
    return { status: "created", id: data.id, url: data.html_url };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== void 0 && READ_ONLY_STATUSES.has(status)) {
      return {
        status: "forbidden",
        message: `Could not comment on pull request #${target.issueNumber} (HTTP ${status}: ${error.message}). The token is read-only, as on pull requests from forks; the report is in the job summary. To comment, grant 'pull-requests: write'.`
      };
    }
    throw error;
  }
}

// src/action/input-helper.ts
var MODES = ["detect", "retrain"];
var COMMENT_MODES = ["auto", "always", "never"];
function parseActionInputs(get) {
  const text = (name) => get(name).trim();
  const mode = choice(get, "mode", MODES, "detect");
  const sources = {
    referenceData: text("reference-data"),
    recentData: text("recent-data"),
    recentPredictions: text("recent-predictions") || void 0,
    recentActuals: text("recent-actuals") || void 0,
    predictionColumn: text("prediction-column") || void 0,
    targetColumn: text("target-column") || void 0,
    baselineMetrics: text("baseline-metrics") || void 0,
    categorical: list(text("categorical")),
    numeric: list(text("numeric"))
  };
  if (mode === "detect") {
    for (const name of ["reference-data", "recent-data"]) {
      if (!text(name))
        throw new Error(`Input required and not supplied: ${name}. Expected a path to a CSV file.`);
    }
  }
  if (sources.recentPredictions && sources.predictionColumn) {
    throw new Error(
      "Inputs 'recent-predictions' and 'prediction-column' were both given. Expected one of them."
    );
  }
  if (sources.recentActuals && sources.targetColumn) {
    throw new Error(
      "Inputs 'recent-actuals' and 'target-column' were both given. Expected one of them."
    );
  }
  const config = detectionConfig({
    dataDriftThreshold: number(get, "data-drift-threshold"),
    minEffectSize: number(get, "min-effect-size"),
    correction: choice(get, "correction", P_VALUE_CORRECTIONS, void 0),
    ksMethod: choice(get, "ks-method", KS_METHODS, void 0),
    outlierThreshold: number(get, "outlier-threshold"),
    outlierZScore: number(get, "outlier-z-score"),
    conceptDriftThreshold: number(get, "concept-drift-threshold"),
    performanceThreshold: number(get, "performance-threshold"),
    rmseThreshold: number(get, "rmse-threshold"),
    minSamplesForRetraining: integer(get, "min-samples", 1),
    excludeColumns: list(text("exclude-columns")),
    retrainOn: text("retrain-on") ? severity(text("retrain-on"), "retrain-on") : void 0,
    task: choice(get, "task", TASKS, void 0)
  });
  const failOnText = text("fail-on");
  return {
    mode,
    sources,
    config,
    retrainWorkflow: text("retrain-workflow"),
    retrainRef: text("retrain-ref"),
    forceRetrain: boolean(get, "force-retrain"),
    comment: choice(get, "comment", COMMENT_MODES, "auto"),
    commentKey: commentKey(text("comment-key") || "default"),
    failOn: !failOnText || failOnText.toLowerCase() === "none" ? void 0 : severity(failOnText, "fail-on"),
    githubToken: text("github-token"),
    eventLogArtifact: artifactName(text("event-log-artifact") || "drift-sentinel-events"),
    retentionDays: integer(get, "retention-days", 1, 90) ?? 90,
    eventLogSnapshots: integer(get, "event-log-snapshots", 1, 20) ?? 5,
    costPerMinute: number(get, "cost-per-minute", 0) ?? 0,
    eventId: text("event-id"),
    trainCommand: text("train-command"),
    trainTimeoutMinutes: number(get, "train-timeout-minutes", Number.MIN_VALUE) ?? 60,
    metricsFile: text("metrics-file"),
    maxRegression: number(get, "max-regression", 0) ?? 0
  };
}
var INPUT_OF_CONFIG_FIELD = {
  dataDriftThreshold: "data-drift-threshold",
  minEffectSize: "min-effect-size",
  outlierThreshold: "outlier-threshold",
  outlierZScore: "outlier-z-score",
  conceptDriftThreshold: "concept-drift-threshold",
  performanceThreshold: "performance-threshold",
  rmseThreshold: "rmse-threshold",
  minSamplesForRetraining: "min-samples"
};
function detectionConfig(partial) {
  try {
    return resolveDetectionConfig(partial);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const field = /^Invalid (\w+) /.exec(message)?.[1];
    const input = field === void 0 ? void 0 : INPUT_OF_CONFIG_FIELD[field];
    if (input === void 0) throw error;
    throw new Error(`Invalid input ${input}${message.slice(`Invalid ${field}`.length)}`, {
      cause: error
    });
  }
}
function list(value) {
  if (!value) return void 0;
  return value.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}
function number(get, name, min) {
  const raw = get(name).trim();
  if (!raw) return void 0;
  const value = Number(raw);
  if (!Number.isFinite(value) || min !== void 0 && value < min) {
    throw new Error(
      `Invalid input ${name} '${raw}'. Expected a number${min !== void 0 ? ` >= ${min === Number.MIN_VALUE ? "0 (exclusive)" : min}` : ""}.`
    );
  }
  return value;
}
function integer(get, name, min, max) {
  const raw = get(name).trim();
  if (!raw) return void 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || max !== void 0 && value > max) {
    throw new Error(
      `Invalid input ${name} '${raw}'. Expected a whole number ${max !== void 0 ? `from ${min} to ${max}` : `>= ${min}`}.`
    );
  }
  return value;
}
function boolean(get, name) {
  const raw = get(name).trim();
  if (!raw) return false;
  if (["true", "True", "TRUE"].includes(raw)) return true;
  if (["false", "False", "FALSE"].includes(raw)) return false;
  throw new Error(`Invalid input ${name} '${raw}'. Expected true or false.`);
}
function choice(get, name, allowed, fallback) {
  const raw = get(name).trim();
  if (!raw) return fallback;
  if (!allowed.includes(raw)) {
    throw new Error(`Invalid input ${name} '${raw}'. Expected one of: ${allowed.join(", ")}.`);
  }
  return raw;
}
function severity(value, name) {
  const refuse = () => new Error(
    `Invalid input ${name} '${value}'. Expected one of: ${name === "fail-on" ? "none, " : ""}LOW, MEDIUM, HIGH, CRITICAL.`
  );
  let parsed;
  try {
    parsed = parseSeverity(value, `input ${name}`);
  } catch {
    throw refuse();
  }
  if (parsed === "NONE") throw refuse();
  return parsed;
}
function commentKey(value) {
  if (!/^[A-Za-z0-9._-]+$/.test(value)) {
    throw new Error(
      `Invalid input comment-key '${value}'. Expected letters, digits, '.', '_' or '-' only.`
    );
  }
  return value;
}
function artifactName(value) {
  if (/["<>:|*?\r\n\\/]/.test(value)) {
    throw new Error(
      `Invalid input event-log-artifact '${value}'. Expected a name without any of " : < > | * ? \\ / or newlines.`
    );
  }
  return value;
}

// src/action/run-context.ts
var DISPATCH_EVENTS = /* @__PURE__ */ new Set([
  "schedule",
  "workflow_dispatch",
  "push",
  "repository_dispatch"
]);
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function runContext(ctx) {
  const payload = ctx.payload;
  const isPullRequest = PULL_REQUEST_EVENTS.has(ctx.eventName) && payload.pull_request !== void 0;
  const headRepo = payload.pull_request?.head?.repo?.full_name;
  const { owner, repo } = ctx.repo;
  return {
    eventName: ctx.eventName,
    owner,
    repo,
    sha: ctx.sha,
    runId: ctx.runId,
    runUrl: `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}`,
    isPullRequest,
    pullRequestNumber: payload.pull_request?.number,
    isFork: isPullRequest && headRepo !== void 0 && headRepo !== `${owner}/${repo}`,
    canDispatch: DISPATCH_EVENTS.has(ctx.eventName),
    defaultBranch: payload.repository?.default_branch,
    repositoryId: payload.repository?.id
  };
}

// src/action/main.ts
async function run() {
  try {
    const settings = parseActionInputs((name) => getInput(name));
    const octokit = createGitHubClient({ token: settings.githubToken, log: info });
    const ctx = runContext(context);
    if (settings.mode === "retrain") {
      const { runRetrain } = await import("./chunks/run-retrain-RPDFYTEF.js");
      await runRetrain(settings, ctx, octokit);
    } else {
      await runDetect(settings, ctx, octokit);
    }
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
}
function decideDispatch(report, settings, ctx) {
  const wanted = report.triggered || settings.forceRetrain;
  if (!wanted) {
    return { dispatch: false, why: `No retraining: severity ${report.severity} is below retrain-on ${settings.config.retrainOn}.` };
  }
  const because = settings.forceRetrain && !report.triggered ? "retraining was forced" : `severity ${report.severity} reached retrain-on ${settings.config.retrainOn}`;
  if (ctx.isPullRequest) {
    return {
      dispatch: false,
      why: `${capitalize(because)}, but pull-request runs never dispatch retraining (their data is not merged yet); it will run after merge or on the next schedule.`
    };
  }
  if (!ctx.canDispatch) {
    return { dispatch: false, why: `${capitalize(because)}, but '${ctx.eventName}' events do not dispatch retraining.` };
  }
  if (!settings.retrainWorkflow) {
    return { dispatch: false, why: `${capitalize(because)}, but no 'retrain-workflow' input is set: nothing to dispatch.` };
  }
  return { dispatch: true, why: `${capitalize(because)}: dispatching ${settings.retrainWorkflow}.` };
}
async function runDetect(settings, ctx, octokit) {
  const input = await loadDriftInputs(settings.sources);
  const report = analyzeDrift(input, settings.config);
  info(`drift-sentinel: ${report.severity} (confidence ${report.confidence}/100). ${report.reason}`);
  const decision = decideDispatch(report, settings, ctx);
  const eventId = randomUUID();
  let dispatched;
  if (decision.dispatch) {
    const ref = settings.retrainRef || await defaultBranch(octokit, ctx);
    dispatched = await dispatchWorkflow(octokit, {
      owner: ctx.owner,
      repo: ctx.repo,
      workflow: settings.retrainWorkflow,
      ref,
      inputs: {
        "event-id": eventId,
        severity: report.severity,
        "drift-type": settings.forceRetrain && !report.triggered ? "manual" : report.driftType,
        reason: report.reason
      }
    });
    info(`Dispatched ${settings.retrainWorkflow} on ${ref}${dispatched.runUrl ? `: ${dispatched.runUrl}` : ""}.`);
  } else {
    info(decision.why);
  }
  const nextStep = decision.dispatch ? `Retraining dispatched (${settings.retrainWorkflow}, event ${eventId})${dispatched?.runUrl ? `: [run](${dispatched.runUrl})` : "; the run will appear in the Actions tab."}` : decision.why;
  const reportPath = join(process.env.RUNNER_TEMP || process.cwd(), `drift-sentinel-report-${ctx.runId}.json`);
  await writeFile(reportPath, renderJson(report));
  const drifted = report.features.filter((f) => f.drifted).map((f) => f.name);
  setOutput("severity", report.severity);
  setOutput("triggered", String(report.triggered));
  setOutput("drift-type", report.driftType);
  setOutput("confidence", String(report.confidence));
  setOutput("reason", report.reason);
  setOutput("drifted-features", JSON.stringify(drifted));
  setOutput("report", reportPath);
  setOutput("dispatched", String(decision.dispatch));
  setOutput("event-id", decision.dispatch ? eventId : "");
  setOutput("retrain-run-url", dispatched?.runUrl ?? "");
  const warnings = [];
  if (ctx.isPullRequest && shouldComment(settings, report)) {
    const result = await upsertStickyComment(
      octokit,
      { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pullRequestNumber, key: settings.commentKey },
      renderMarkdown(report, { nextStep, headingLevel: 3 })
    );
    if (result.status === "forbidden") {
      warning(result.message, { title: "drift-sentinel could not comment" });
      warnings.push(result.message);
    } else {
      info(`Pull-request comment ${result.status}: ${result.url}`);
    }
  }
  if (drifted.length > 0) {
    warning(`Data drift in ${drifted.length} feature${drifted.length > 1 ? "s" : ""}: ${drifted.join(", ")}.`, {
      title: `drift-sentinel: ${report.severity}`
    });
  }
  const footer = warnings.length ? warnings.map((w) => `> [!WARNING]
> ${w}`).join("\n\n") : void 0;
  await summary.addRaw(renderMarkdown(report, { nextStep, footer }), true).write();
  if (settings.failOn && severityRank(report.severity) >= severityRank(settings.failOn)) {
    setFailed(`drift-sentinel: severity ${report.severity} reached fail-on ${settings.failOn}. ${report.reason}`);
  }
}
function shouldComment(settings, report) {
  if (settings.comment === "never") return false;
  if (settings.comment === "always") return true;
  return report.severity !== "NONE" || report.schemaChanges.added.length + report.schemaChanges.removed.length > 0;
}
async function defaultBranch(octokit, ctx) {
  if (ctx.defaultBranch) return ctx.defaultBranch;
  const { data } = await octokit.rest.repos.get({ owner: ctx.owner, repo: ctx.repo });
  return data.default_branch;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/action/index.ts
await run();
