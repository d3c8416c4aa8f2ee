#!/usr/bin/env node
/**
 * Runs the `run:` steps of the CI workflow users copy (.github/workflows/lkj.yml) here, in order, the way GitHub
 * runs them (bash -e), and checks what the other steps promise: the artifact paths match files, and the GitLab file
 * (.gitlab-ci.yml) has the same commands and artifacts. So the workflow cannot rot unnoticed.
 * Actions (`uses:`) other than upload-artifact are GitHub's own (checkout, setup-node, cache) and are skipped.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { parse } from 'yaml';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const github = parse(readFileSync(join(root, '.github/workflows/lkj.yml'), 'utf8'));
const gitlab = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8'));
const steps = Object.values(github.jobs)[0].steps;
const problems = [];

const runs = steps.filter((s) => s.run).map((s) => s.run.trim());
const gitlabJob = Object.values(gitlab).find((v) => v && typeof v === 'object' && v.script);
if (JSON.stringify(gitlabJob.script) !== JSON.stringify(runs)) {
  problems.push(`.gitlab-ci.yml script ${JSON.stringify(gitlabJob.script)} differs from the workflow's run steps ${JSON.stringify(runs)}`);
}

let failed = false;
for (const step of steps) {
  const name = step.name ?? step.uses ?? step.run;
  if (step.run) {
    if (failed && step.if !== 'always()') continue;
    console.error(`\n== workflow step: ${name}\n$ ${step.run.trim()}`);
    const r = spawnSync('bash', ['-e', '-c', step.run], { cwd: root, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
    if (r.status !== 0) {
      failed = true;
      problems.push(`step "${name}" exited ${r.status}`);
    }
  } else if (step.uses?.startsWith('actions/upload-artifact')) {
    const paths = step.with.path.trim().split('\n').map((p) => p.trim());
    const gitlabPaths = gitlabJob.artifacts.paths;
    if (JSON.stringify(gitlabPaths) !== JSON.stringify(paths)) problems.push(`GitLab artifacts ${gitlabPaths} differ from ${paths}`);
    for (const p of paths) {
      const found = fg.sync(p.endsWith('/') ? `${p}**` : p, { cwd: root, dot: true });
      console.error(`== artifact ${p}: ${found.length} file(s)`);
      // output/perubahan/ exists from the second draft on; the others after every build.
      if (!found.length && p !== 'output/perubahan/') problems.push(`artifact path ${p} matched no file`);
    }
  } else {
    console.error(`== skipped here (GitHub action): ${name}`);
  }
}

if (problems.length) {
  console.error(`\nWorkflow check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.error('\nWorkflow steps ran and the artifacts are there.');
